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
