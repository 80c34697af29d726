import { describe, expect, it } from 'vitest';
import { nameColumnEm } from './ranking-columns';

describe('nameColumnEm', () => {
  it('fits the longest township name, one em per character plus room for the cell padding', () => {
    expect(nameColumnEm(['银港镇', '云湖街道', '桑港镇'])).toBeCloseTo(5);
  });

  it('stays readable for short names and bounded for very long ones', () => {
    expect(nameColumnEm(['甲'])).toBeCloseTo(4);
    expect(nameColumnEm(['某某县经济技术开发区管理委员会'])).toBeCloseTo(11);
    expect(nameColumnEm([])).toBeCloseTo(4);
  });
});
