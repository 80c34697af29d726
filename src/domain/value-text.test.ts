import { describe, expect, it } from 'vitest';
import { jsonText, valueText } from './value-text';

describe('valueText', () => {
  it('writes values as JSON does', () => {
    const value = { a: [1, '二', null, true, { b: -0.5 }], 'c"d': {} };
    expect(valueText(value)).toBe(JSON.stringify(value));
  });

  it('names numbers too large for a double instead of writing null', () => {
    expect(valueText(JSON.parse('[1e400, -1e400]'))).toBe('[Infinity,-Infinity]');
  });

  it('stops at the limit, however deep the value', () => {
    let nested: unknown = 1;
    for (let depth = 0; depth < 100_000; depth++) nested = [nested];
    expect(valueText(nested, 41)).toBe('['.repeat(41));
    expect(valueText(nested).length).toBe(200_001);
  });
});

describe('jsonText', () => {
  it('writes what JSON.stringify writes, also where that overflows', () => {
    const value = { a: [1, '二', null, { b: JSON.parse('1e400') as number }] };
    expect(jsonText(value)).toBe(JSON.stringify(value));
    let nested: unknown = { 底: 1 };
    for (let depth = 0; depth < 10_000; depth++) nested = [nested];
    expect(() => JSON.stringify(nested)).toThrow(RangeError);
    expect(jsonText(nested)).toBe(`${'['.repeat(10_000)}{"底":1}${']'.repeat(10_000)}`);
  });
});
