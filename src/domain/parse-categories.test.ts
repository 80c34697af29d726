import { describe, expect, it } from 'vitest';
import { parseCategories } from './parse-categories';

describe('parseCategories', () => {
  it('keeps a list, trimmed, blanks and repeats dropped', () => {
    expect(parseCategories([' 低散乱 ', '', '厂中厂', '低散乱', null])).toEqual(['低散乱', '厂中厂']);
  });

  it.each(['低散乱、四无企业', '低散乱,四无企业', '低散乱，四无企业', '低散乱;四无企业', '低散乱；四无企业', '低散乱 四无企业', ' 低散乱 、 四无企业 '])(
    'splits %j',
    (value) => {
      expect(parseCategories(value)).toEqual(['低散乱', '四无企业']);
    },
  );

  it('gives an empty list for nothing', () => {
    expect(parseCategories(null)).toEqual([]);
    expect(parseCategories('')).toEqual([]);
    expect(parseCategories({})).toEqual([]);
  });
});
