import { describe, expect, it } from 'vitest';
import { rowsInSight } from './rows-in-sight';

describe('rowsInSight', () => {
  it('takes the rows a partly scrolled area shows, with overscan either side', () => {
    // Rows 30 px high starting 100 px below the area's top; 300 px shown: rows 0–6 are in sight.
    expect(rowsInSight(100, 300, 30, 45, 2)).toEqual({ first: 0, last: 9, rowHeight: 30 });
    // Scrolled 600 px past the first row: rows 20–29 are in sight.
    expect(rowsInSight(-600, 300, 30, 45, 2)).toEqual({ first: 18, last: 32, rowHeight: 30 });
  });

  it('stops at both ends of the list', () => {
    expect(rowsInSight(-1300, 300, 30, 45, 4)).toEqual({ first: 39, last: 45, rowHeight: 30 });
    expect(rowsInSight(0, 10_000, 30, 45, 4)).toEqual({ first: 0, last: 45, rowHeight: 30 });
  });

  it('takes no rows when the list is out of sight', () => {
    expect(rowsInSight(900, 300, 30, 45, 4)).toEqual({ first: 0, last: 0, rowHeight: 30 });
    expect(rowsInSight(-5000, 300, 30, 45, 4)).toEqual({ first: 45, last: 45, rowHeight: 30 });
  });

  it('takes every row while the row height is not known', () => {
    expect(rowsInSight(-600, 300, 0, 45, 4)).toEqual({ first: 0, last: 45, rowHeight: 0 });
    expect(rowsInSight(-600, 300, Number.NaN, 45, 4)).toEqual({ first: 0, last: 45, rowHeight: 0 });
  });
});
