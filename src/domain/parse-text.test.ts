import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text';

describe('parseText', () => {
  it('keeps text as written, trimmed, markup included', () => {
    expect(parseText('  <b>宏发</b> ')).toBe('<b>宏发</b>');
    expect(parseText('&amp;')).toBe('&amp;');
  });

  it('writes out numbers and lists, and gives empty text for nothing', () => {
    expect(parseText(12.5)).toBe('12.5');
    expect(parseText(['俞振华', ' ', '褚利群'])).toBe('俞振华、褚利群');
    expect(parseText(null)).toBe('');
    expect(parseText(undefined)).toBe('');
  });
});

describe('parseText on deeply nested values', () => {
  it('writes a list nested 10,000 deep as JSON text without overflowing the stack', () => {
    let nested: unknown = ['底'];
    for (let depth = 0; depth < 10_000; depth++) nested = [nested];
    const text = parseText([nested]);
    expect(text.startsWith('[[[[')).toBe(true);
    expect(text.endsWith(`["底"${']'.repeat(10_001)}`)).toBe(true);
    expect(text.length).toBe(2 * 10_001 + 3);
  });

  it('writes an object nested 10,000 deep as JSON text', () => {
    let nested: unknown = { 层: 0 };
    for (let depth = 0; depth < 10_000; depth++) nested = { 下: nested };
    const text = parseText(nested);
    expect(text.startsWith('{"下":{"下":')).toBe(true);
    expect(text.endsWith(`{"层":0${'}'.repeat(10_001)}`)).toBe(true);
  });
});
