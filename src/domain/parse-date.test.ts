import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['2019-12-10', '2019-12-10'],
    ['2019/12/10', '2019-12-10'],
    ['2019.12.10', '2019-12-10'],
    ['2019年12月10日', '2019-12-10'],
    ['2019年3月5日', '2019-03-05'],
    ['2019-3-5', '2019-03-05'],
    [' 2019-12-10 ', '2019-12-10'],
    ['2019-12-10T08:00:00+08:00', '2019-12-10'],
    ['2019-12-10 08:00', '2019-12-10'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %j as %s', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });

  it.each([null, undefined, '', '   '])('reads %j as empty (null)', (value) => {
    expect(parseDate(value)).toBeNull();
  });

  it.each(['2019-02-30', '2023-02-29', '1900-02-29', '2019-13-01', '2019-04-31', '2019-12', '去年', '2019年底', 43809, '20191210'])(
    'reads %j as not a date (undefined)',
    (value) => {
      expect(parseDate(value)).toBeUndefined();
    },
  );
});
