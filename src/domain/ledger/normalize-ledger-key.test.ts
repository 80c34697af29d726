import { describe, expect, it } from 'vitest';
import { normalizeLedgerKey } from './normalize-ledger-key';

describe('normalizeLedgerKey', () => {
  it.each([
    ['001', '1'],
    [1, '1'],
    ['１', '1'],
    ['００２', '2'],
    [' 3 ', '3'],
    ['1.23E+05', '123000'],
    [123000, '123000'],
    ['12.0', '12'],
    ['dk-001', 'DK-001'],
    ['ＤＫ－００１', 'DK-001'],
    ['0', '0'],
    [null, ''],
  ])('%j → %j', (value, key) => {
    expect(normalizeLedgerKey(value)).toBe(key);
  });
});
