import { describe, expect, it } from 'vitest';
import type { Finding } from '../domain/findings';
import { deepFreeze } from '../domain/test-fixtures/deep-freeze';
import { findingsCsv } from './export-findings-csv';

const FINDINGS: readonly Finding[] = deepFreeze([
  { featureIndex: null, featureId: null, severity: 'warning', code: 'file-bare-geometry', messageZh: '文件是单个 Polygon 几何图形。', messageEn: 'the file is a bare Polygon.' },
  { featureIndex: 4, featureId: '=SQ,5', severity: 'error', code: 'hole-outside-shell', messageZh: '第 5 个要素：第 1 个内环在外环之外；该地块未载入。', messageEn: 'Feature 5: hole 1 lies outside; the plot was rejected.' },
]);

describe('findingsCsv', () => {
  it('writes one row per finding in the given order, with a BOM, CRLF and Excel-safe cells', () => {
    expect(findingsCsv(FINDINGS, [1, 0])).toBe(
      '\uFEFF要素序号,地块编号,结果,类别,代码,说明\r\n' +
        `5,"'=SQ,5",未载入,内环在外环之外,hole-outside-shell,第 5 个要素：第 1 个内环在外环之外；该地块未载入。\r\n` +
        ',,已载入（提示）,文件是单个几何图形，已作为地块读取,file-bare-geometry,文件是单个 Polygon 几何图形。\r\n',
    );
  });

  it('speaks English when asked', () => {
    expect(findingsCsv(FINDINGS, [1], 'en').split('\r\n')[1]).toBe(`5,"'=SQ,5",rejected,hole outside its outer ring,hole-outside-shell,Feature 5: hole 1 lies outside; the plot was rejected.`);
  });
});
