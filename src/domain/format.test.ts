import { describe, expect, it } from 'vitest';
import {
  formatCompletion,
  formatCount,
  formatGroupValue,
  formatHectares,
  formatKilometres,
  formatMetres,
  formatMu,
  formatPercent,
  formatSquareMetres,
} from './format';

describe('format', () => {
  it('shows mu with two decimals and no thousands separators', () => {
    expect(formatMu(402.2)).toBe('402.20');
    expect(formatMu(1234.5)).toBe('1234.50');
    expect(formatMu(3163)).toBe('3163.00');
    expect(formatMu(0)).toBe('0.00');
    expect(formatMu(161.17499999999998)).toBe('161.17');
  });

  it('groups a count by thousands the same way in both languages', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(83402)).toBe('83,402');
    expect(formatCount(1240582)).toBe('1,240,582');
    expect(formatCount(-12345)).toBe('-12,345');
    expect(formatCount(12345.5)).toBe('12,345.5');
    expect(formatCount(Number.NaN)).toBe('—');
    for (const count of [7, 1234, 99999, 123456789]) expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
  });

  it('never shows a negative zero', () => {
    expect(formatMu(-1e-12)).toBe('0.00');
    expect(formatPercent(-1e-12)).toBe('0.0%');
    expect(formatMu(-2.5)).toBe('-2.50');
  });

  it('shows a ratio as a percentage with one decimal', () => {
    expect(formatPercent(402.2 / 250.125)).toBe('160.8%');
    expect(formatPercent(1.265)).toBe('126.5%');
    expect(formatPercent(0)).toBe('0.0%');
  });

  it('says there is no target instead of 0 % or ∞', () => {
    expect(formatCompletion(null, 'zh')).toBe('无目标');
    expect(formatCompletion(null, 'en')).toBe('no target');
    expect(formatCompletion(1.463, 'zh')).toBe('146.3%');
    expect(formatPercent(Infinity)).toBe('—');
    expect(formatMu(Number.NaN)).toBe('—');
  });

  it('shows measured square metres and metres with one decimal', () => {
    expect(formatSquareMetres(666.6666)).toBe('666.7');
    expect(formatMetres(12.04)).toBe('12.0');
  });

  it('labels an empty group value as not filled in', () => {
    expect(formatGroupValue('', 'zh')).toBe('未填写');
    expect(formatGroupValue('', 'en')).toBe('not filled in');
    expect(formatGroupValue('史桥村', 'zh')).toBe('史桥村');
  });

  it('shows hectares and kilometres for the measure tool', () => {
    expect(formatHectares(26813.3)).toBe('2.6813');
    expect(formatKilometres(1234.5678)).toBe('1.235');
    expect(formatKilometres(-0.0001)).toBe('0.000');
  });
});
