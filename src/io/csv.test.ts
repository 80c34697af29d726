import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('史桥村')).toBe('史桥村');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvCell('化工, 纺织')).toBe('"化工, 纺织"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell(' 前有空格')).toBe('" 前有空格"');
  });

  it('keeps Excel from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+86 123')).toBe("'+86 123");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    const text = toCsv([
      ['序号', '企业名称'],
      [1, '甲厂'],
    ]);
    expect(text).toBe('\uFEFF序号,企业名称\r\n1,甲厂\r\n');
  });

  it('keeps a line break inside a quoted cell as it is', () => {
    expect(toCsv([['a\r\nb', 'c']])).toBe('\uFEFF"a\r\nb",c\r\n');
  });
});
