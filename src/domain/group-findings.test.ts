import { describe, expect, it } from 'vitest';
import type { Finding } from './findings';
import { groupFindings, orderFindings } from './group-findings';
import { deepFreeze } from './test-fixtures/deep-freeze';

function finding(featureIndex: number | null, severity: Finding['severity'], code: string): Finding {
  return { featureIndex, featureId: null, severity, code, messageZh: '', messageEn: '' };
}

const FINDINGS = deepFreeze([
  finding(null, 'warning', 'file-not-feature-collection'),
  finding(0, 'warning', 'ring-winding-fixed'),
  finding(1, 'warning', 'ring-winding-fixed'),
  finding(1, 'warning', 'coordinate-outside-china'),
  finding(2, 'error', 'hole-outside-shell'),
  finding(3, 'warning', 'ring-winding-fixed'),
  finding(4, 'error', 'ring-self-intersection'),
  finding(5, 'error', 'hole-outside-shell'),
]);

describe('groupFindings', () => {
  it('counts each kind, rejections first, then the largest groups', () => {
    expect(groupFindings(FINDINGS)).toEqual([
      { severity: 'error', code: 'hole-outside-shell', count: 2 },
      { severity: 'error', code: 'ring-self-intersection', count: 1 },
      { severity: 'warning', code: 'ring-winding-fixed', count: 3 },
      { severity: 'warning', code: 'coordinate-outside-china', count: 1 },
      { severity: 'warning', code: 'file-not-feature-collection', count: 1 },
    ]);
  });
});

describe('orderFindings', () => {
  it('lists rejections first, each severity in file order', () => {
    expect(orderFindings(FINDINGS, { severity: null, code: null })).toEqual([4, 6, 7, 0, 1, 2, 3, 5]);
  });

  it('filters by severity and by kind', () => {
    expect(orderFindings(FINDINGS, { severity: 'warning', code: null })).toEqual([0, 1, 2, 3, 5]);
    expect(orderFindings(FINDINGS, { severity: null, code: 'ring-winding-fixed' })).toEqual([1, 2, 5]);
    expect(orderFindings(FINDINGS, { severity: 'error', code: 'ring-winding-fixed' })).toEqual([]);
  });
});
