import { dayNumber } from './day-number';

/**
 * 时序进度: the share of the campaign year elapsed by a date, counting the date itself, from 0
 * before the year starts to 1 from its last day on. The year runs from `yearStart` for 365 days
 * (366 when it spans a 29 February).
 */
export function yearElapsed(date: string, yearStart: string): number {
  const start = dayNumber(yearStart);
  const next = `${String(Number(yearStart.slice(0, 4)) + 1).padStart(4, '0')}${yearStart.slice(4)}`;
  const length = dayNumber(next) - start;
  const elapsed = dayNumber(date) - start + 1;
  return Math.min(1, Math.max(0, elapsed / length));
}

/** The campaign year's first day: given in the campaign, or 1 January of the reporting date's year. */
export function campaignYearStart(reportingDate: string, yearStart?: string): string {
  return yearStart ?? `${reportingDate.slice(0, 4)}-01-01`;
}

export type PaceStatus = 'ahead' | 'behind' | 'none';

/** Where done stands against the time-proportional target (annual target × share elapsed). */
export function paceStatus(done: number, target: number | null, elapsed: number): PaceStatus {
  if (target === null || !(target > 0)) return 'none';
  return done >= target * elapsed ? 'ahead' : 'behind';
}
