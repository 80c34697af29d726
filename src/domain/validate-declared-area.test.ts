import { describe, expect, it } from 'vitest';
import { declaredAreaIssue } from './validate-declared-area';

describe('declaredAreaIssue', () => {
  it('accepts a difference up to 5 % of the measured area', () => {
    expect(declaredAreaIssue(105, 100)).toBeNull();
    expect(declaredAreaIssue(95, 100)).toBeNull();
    expect(declaredAreaIssue(null, 100)).toBeNull();
  });

  it('warns beyond 5 %, both areas and the difference to two decimals', () => {
    expect(declaredAreaIssue(105.01, 100)).toMatchObject({ severity: 'warning', code: 'declared-area-mismatch' });
    const issue = declaredAreaIssue(34, 30.123);
    expect(issue?.zh).toBe('台账面积 34.00 亩与图上量算面积 30.12 亩相差 +12.87%（超过 5%）');
    expect(declaredAreaIssue(20, 30)?.en).toBe('its declared area 20.00 mu differs from the measured 30.00 mu by -33.33% (more than 5 %)');
  });
});
