import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate } from './day-number';
import { previousWeekEnd, weekEndsBetween } from './week-ends';

const SUNDAY = 0;
const FRIDAY = 5;

describe('weeks', () => {
  it('ends last week on the week-end day before the date', () => {
    expect(isoDate(previousWeekEnd(dayNumber('2026-11-15'), SUNDAY))).toBe('2026-11-08');
    expect(isoDate(previousWeekEnd(dayNumber('2026-11-18'), SUNDAY))).toBe('2026-11-15');
    expect(isoDate(previousWeekEnd(dayNumber('2026-11-15'), FRIDAY))).toBe('2026-11-13');
  });

  it('draws a series at each week end and at the date itself', () => {
    const days = weekEndsBetween(dayNumber('2026-10-20'), dayNumber('2026-11-18'), SUNDAY).map(isoDate);
    expect(days).toEqual(['2026-10-25', '2026-11-01', '2026-11-08', '2026-11-15', '2026-11-18']);
  });
});
