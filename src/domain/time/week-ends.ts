import { weekday } from './day-number';

/** The last week-end day strictly before `day`: the end of the week before the one `day` is in. */
export function previousWeekEnd(day: number, weekEndsOn: number): number {
  const back = (weekday(day) - weekEndsOn + 7) % 7;
  return day - (back === 0 ? 7 : back);
}

/**
 * The days a weekly series is drawn at: every week-end day after `from` and before `to`, then
 * `to` itself (the week so far). Empty when `to` is before `from`.
 */
export function weekEndsBetween(from: number, to: number, weekEndsOn: number): number[] {
  if (to < from) return [];
  const days: number[] = [];
  let day = previousWeekEnd(to, weekEndsOn);
  while (day >= from) {
    days.push(day);
    day -= 7;
  }
  days.reverse();
  days.push(to);
  return days;
}
