import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../tests/fixtures/import-generator/gbk';
import { encodingFromCpg, encodingFromLanguageDriver, probeEncoding, resolveDbfEncoding } from './encoding';

describe('encodingFromCpg', () => {
  it.each([
    ['936', 'gbk'],
    ['CP936', 'gbk'],
    ['ANSI 936', 'gbk'],
    ['windows-936', 'gbk'],
    ['GBK', 'gbk'],
    ['GB2312\r\n', 'gbk'],
    ['GB18030', 'gb18030'],
    ['65001', 'utf-8'],
    ['UTF-8', 'utf-8'],
    ['950', 'big5'],
    ['Big5', 'big5'],
  ])('maps the .cpg label %j to %s', (label, encoding) => {
    expect(encodingFromCpg(label)).toBe(encoding);
  });

  it('says nothing for a label that names no encoding', () => {
    expect(encodingFromCpg('System')).toBeNull();
  });
});

describe('encodingFromLanguageDriver', () => {
  const dbfWithDriver = (driver: number) => {
    const bytes = new Uint8Array(64);
    bytes[29] = driver;
    return bytes;
  };
  it('reads 0x4D and 0x7A as GBK and ignores 0x57 and 0x00', () => {
    expect(encodingFromLanguageDriver(dbfWithDriver(0x4d))).toBe('gbk');
    expect(encodingFromLanguageDriver(dbfWithDriver(0x7a))).toBe('gbk');
    expect(encodingFromLanguageDriver(dbfWithDriver(0x57))).toBeNull();
    expect(encodingFromLanguageDriver(dbfWithDriver(0x00))).toBeNull();
  });
});

describe('probeEncoding', () => {
  it('finds UTF-8 and falls back to GBK', () => {
    expect(probeEncoding(new TextEncoder().encode('史桥镇')).encoding).toBe('utf-8');
    expect(probeEncoding(encodeGbk('史桥镇宏发织造')).encoding).toBe('gbk');
  });

  it('lets the .cpg win over the language-driver byte', () => {
    const dbf = new Uint8Array(64);
    dbf[29] = 0x4d;
    expect(resolveDbfEncoding(dbf, 'UTF-8')).toMatchObject({ encoding: 'utf-8', source: 'cpg' });
    expect(resolveDbfEncoding(dbf, 'System')).toMatchObject({ encoding: 'gbk', source: 'ldid', evidence: '0x4D' });
  });
});
