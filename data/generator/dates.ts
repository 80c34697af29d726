import type { StageKey } from '../../src/domain/types';
import type { Random } from './random';

export const REPORTING_DATE = '2026-11-15';
const CAMPAIGN_START = '2024-03-01';
const DAY = 86400000;

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Days from one stage date to the next: visited→assessed→signed→demolished→reclaimed→accepted. */
const STEPS: readonly [number, number][] = [[7, 45], [20, 150], [15, 120], [30, 180], [20, 120]];

/** How many of the six stage dates a plot at `stage` has. */
function datesReached(stage: StageKey, random: Random): number {
  switch (stage) {
    case 'listed':
      return 0;
    case 'negotiating':
      return random.chance(0.7) ? 2 : 1;
    case 'signed':
      return 3;
    case 'demolished':
      return 4;
    case 'reclaimed':
      return 5;
    case 'accepted':
      return 6;
    case 'upgraded':
      return 2;
  }
}

/** The six stage dates (null where not reached), in order and none after the reporting date. */
export function stageDates(stage: StageKey, random: Random): (string | null)[] {
  const count = datesReached(stage, random);
  const start = dayNumber(CAMPAIGN_START);
  const available = dayNumber(REPORTING_DATE) - start;
  const steps = STEPS.slice(0, Math.max(0, count - 1)).map(([min, max]) => random.integer(min, max));
  const total = steps.reduce((sum, step) => sum + step, 0);
  const shrink = total > available ? available / total : 1;
  let day = start + random.integer(0, Math.max(0, Math.floor(available - total)));
  const dates: (string | null)[] = [];
  for (let index = 0; index < 6; index++) {
    if (index >= count) {
      dates.push(null);
      continue;
    }
    if (index > 0) day += Math.floor(steps[index - 1] * shrink);
    dates.push(isoDate(day));
  }
  return dates;
}

function monthEnd(year: number, month: number): number {
  return dayNumber(isoDate(Math.round(Date.UTC(year, month, 0) / DAY)));
}

/** A month-end deadline; some of the unfinished plots are overdue. */
export function deadline(stage: StageKey, lastDate: string | null, random: Random): string {
  const reporting = dayNumber(REPORTING_DATE);
  if (stage === 'accepted' && lastDate) {
    const done = new Date(dayNumber(lastDate) * DAY);
    const lateBy = random.chance(0.1) ? -random.integer(1, 3) : random.integer(0, 3);
    return isoDate(monthEnd(done.getUTCFullYear(), done.getUTCMonth() + 1 + lateBy));
  }
  const overdue = random.chance(stage === 'listed' ? 0.1 : stage === 'upgraded' ? 0.08 : 0.2);
  if (overdue) return isoDate(monthEnd(2026, random.integer(4, 10)));
  const months = [11, 12, 12, 12, 15, 18, 24];
  const day = monthEnd(2026, random.pick(months));
  return isoDate(Math.max(day, reporting + 1));
}
