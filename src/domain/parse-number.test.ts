import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

describe('parseNumber', () => {
  it.each([
    [34, [], 34],
    ['34亩', ['亩'], 34],
    ['1,234.5', [], 1234.5],
    ['12,345,678', [], 12345678],
    [' 12.5 ', [], 12.5],
    ['３４．５', [], 34.5],
    ['-2.5', [], -2.5],
    ['3.5 万元/亩', ['万元/亩'], 3.5],
    ['88 TCE', ['tce'], 88],
  ] as const)('reads %j as %d', (value, units, expected) => {
    expect(parseNumber(value, units)).toBe(expected);
  });

  it.each([null, undefined, '', '  ', '-', '/', '无'])('reads %j as empty (null)', (value) => {
    expect(parseNumber(value)).toBeNull();
  });

  it.each([
    ['约三十亩', ['亩']],
    ['34平方米', ['亩']],
    ['34亩', []],
    ['1.2.3', []],
    [true, []],
    [Number.NaN, []],
    [Infinity, []],
    [{}, []],
  ] as const)('reads %j as not a number (NaN)', (value, units) => {
    expect(parseNumber(value, units)).toBeNaN();
  });
});
