/**
 * Day numbers of dates already read: 100,000 plots carry a few hundred distinct dates between
 * them, each read over and over (the stage timeline reads every plot's dates at load). Kept
 * to a few years of days.
 */
const KNOWN_DAYS = new Map<string, number>();
const KNOWN_DAYS_LIMIT = 4096;

/** Whole days since 1970-01-01 (UTC) for an ISO date `yyyy-mm-dd`; dates compare as numbers. */
export function dayNumber(iso: string): number {
  const known = KNOWN_DAYS.get(iso);
  if (known !== undefined) return known;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const number = Date.UTC(year, month - 1, day) / 86400000;
  if (KNOWN_DAYS.size >= KNOWN_DAYS_LIMIT) KNOWN_DAYS.clear();
  KNOWN_DAYS.set(iso, number);
  return number;
}

/** The ISO date `yyyy-mm-dd` of a day number. */
export function isoDate(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
