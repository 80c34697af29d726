import { describe, expect, it } from 'vitest';
import { parseStage } from './parse-stage';

describe('parseStage', () => {
  it.each([
    ['listed', ['待启动', '未启动', 'listed', 'LISTED', 'Not started']],
    ['negotiating', ['洽谈中', '洽谈', '走访', '评估', 'negotiating', ' Negotiating ']],
    ['signed', ['已签约', '签约', '腾退签约', 'signed', 'Signed']],
    ['demolished', ['已拆除', '拆除', 'demolished']],
    ['reclaimed', ['已复垦', '复垦', '复绿', '复垦复绿', 'reclaimed']],
    ['accepted', ['已验收', '验收', 'accepted', 'ACCEPTED']],
    ['upgraded', ['整治提升', '提升', '改造提升', 'upgraded', 'Upgraded in place']],
  ] as const)('reads every synonym of %s', (stage, synonyms) => {
    for (const synonym of synonyms) expect(parseStage(synonym)).toBe(stage);
  });

  it.each(['已完成', '', 'sign', 3, null])('does not guess at %j', (value) => {
    expect(parseStage(value)).toBeNull();
  });
});
