import type { StageKey } from '../../src/domain/types';
import type { Random } from './random';

export const REPORTING_DATE = '2026-11-15';
/** The campaign year the annual targets are set for: stage dates from signing on fall inside it. */
const YEAR_START = '2026-01-01';
/** Visits and assessments of plots signed early in the year began in the autumn before. */
const FIRST_VISIT = '2025-09-01';
const DAY = 86400000;

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Days from one stage date to the next: visited→assessed→signed→demolished→reclaimed→accepted. */
const STEPS: readonly [number, number][] = [[7, 45], [20, 150], [15, 90], [20, 100], [15, 80]];

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

/**
 * How a township's year went, from its name: above 1 it did most of its work early in the
 * year, below 1 it caught up late. Townships that differ here overtake one another in the
 * weekly ranking, as real ones do.
 */
export function townshipTempo(township: string): { tempo: number; push: number } {
  let hash = 0;
  for (const character of township) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) % 1000003;
  return { tempo: 0.5 + ((hash % 1000) / 1000) * 1.4, push: PUSHING_TOWNSHIPS.has(township) ? STRONG_PUSH : USUAL_PUSH };
}

/**
 * The demo's story of the report week: one township pushes hard and overtakes a neighbour in the
 * ranking; everywhere else a few signings and demolitions land in the last week as usual.
 */
const PUSHING_TOWNSHIPS = new Set(['长丰镇']);
/** Share of a township's signed and demolished plots pushed through in the week before the report. */
const STRONG_PUSH = 0.45;
const USUAL_PUSH = 0.04;
/** The push before the report: signings and demolitions in its last week. */
const PUSH_DAYS = 7;

/**
 * The six stage dates (null where not reached), in order and none after the reporting date.
 * From signing on they fall inside the campaign year, earlier or later in it by the township's
 * tempo, and a share of its signings and demolitions in its push in the week before the report;
 * visits and assessments may reach back into the autumn before.
 */
export function stageDates(stage: StageKey, random: Random, { tempo, push } = { tempo: 1, push: 0 }): (string | null)[] {
  const count = datesReached(stage, random);
  const reporting = dayNumber(REPORTING_DATE);
  const anchorIndex = Math.min(count, 3) - 1;
  const steps = STEPS.slice(0, Math.max(0, count - 1)).map(([min, max]) => random.integer(min, max));
  const pushed = random.chance(push);
  const position = Math.pow(random.next(), tempo);
  const dates: (string | null)[] = new Array<string | null>(6).fill(null);
  if (count === 0) return dates;
  // The date the plot reached its last stage before demolition (signed, or its last visit): inside the year.
  const yearStart = anchorIndex === 2 ? dayNumber(YEAR_START) : dayNumber(FIRST_VISIT);
  const after = steps.slice(anchorIndex).reduce((sum, step) => sum + step, 0);
  const room = Math.max(0, reporting - yearStart - after);
  const anchor = pushed && (count === 3 || count === 4)
    ? reporting - PUSH_DAYS + 1 + Math.floor(random.next() * PUSH_DAYS)
    : yearStart + Math.floor(position * room);
  const shrink = after > reporting - anchor ? (reporting - anchor) / after : 1;
  const days: number[] = [];
  days[anchorIndex] = anchor;
  for (let index = anchorIndex - 1; index >= 0; index--) days[index] = Math.max(dayNumber(FIRST_VISIT), days[index + 1] - steps[index]);
  for (let index = anchorIndex + 1; index < count; index++) days[index] = days[index - 1] + Math.floor(steps[index - 1] * shrink);
  for (let index = 0; index < count; index++) dates[index] = isoDate(Math.min(days[index], reporting));
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
