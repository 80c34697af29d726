import { STAGE_INDEX } from '../metrics';
import { STAGE_KEYS, type Plot, type StageKey } from '../types';
import { dayNumber } from './day-number';

/** A stage the plot never reaches. */
export const NEVER = 2147483647;
/** The first stage, reached before any date. */
export const ALWAYS = -2147483648;

const LISTED = STAGE_INDEX.listed;
const NEGOTIATING = STAGE_INDEX.negotiating;
const UPGRADED = STAGE_INDEX.upgraded;

/** The stage before `stage` on its path: `upgraded` follows `negotiating`. */
export function previousStage(stage: number): number {
  return stage === UPGRADED ? NEGOTIATING : stage - 1;
}

function earliest(dates: (string | undefined)[]): string | undefined {
  let first: string | undefined;
  for (const date of dates) if (date !== undefined && (first === undefined || date < first)) first = date;
  return first;
}

function latest(dates: (string | undefined)[]): string | undefined {
  let last: string | undefined;
  for (const date of dates) if (date !== undefined && (last === undefined || date > last)) last = date;
  return last;
}

/**
 * The date the plot records for reaching a stage: 洽谈中 from its first visit or assessment,
 * 已签约 … 已验收 from their own dates, 整治提升 (which has no date of its own) from the last
 * date it records; undefined when there is none.
 */
export function recordedStageDate(plot: Pick<Plot, 'dates'>, stage: StageKey): string | undefined {
  const { dates } = plot;
  switch (stage) {
    case 'listed':
      return undefined;
    case 'negotiating':
      return earliest([dates.visitedOn, dates.assessedOn]);
    case 'signed':
      return dates.signedOn;
    case 'demolished':
      return dates.demolishedOn;
    case 'reclaimed':
      return dates.reclaimedOn;
    case 'accepted':
      return dates.acceptedOn;
    case 'upgraded':
      return latest(Object.values(dates));
  }
}

/**
 * The day a plot reached each stage on its path (NEVER off it), by position in STAGE_KEYS.
 * The ledger's stage is what holds at the reporting date, so:
 * - the plot's own stage is reached on its recorded date, or on the reporting date when it has
 *   none (such plots are listed under 数据检查 as 缺少阶段日期), and never after the reporting date;
 * - an earlier stage is reached on its recorded date, but no later than the stage after it
 *   (a demolished plot had signed by the day it was demolished, whatever its signing date says).
 */
export function stageReachDays(plot: Pick<Plot, 'stage' | 'dates'>, reportingDay: number, into = new Int32Array(STAGE_KEYS.length)): Int32Array {
  into.fill(NEVER);
  let stage = STAGE_INDEX[plot.stage];
  let bound = reportingDay;
  while (stage !== LISTED) {
    const recorded = recordedStageDate(plot, STAGE_KEYS[stage]);
    const day = recorded === undefined ? bound : Math.min(dayNumber(recorded), bound);
    into[stage] = day;
    bound = day;
    stage = previousStage(stage);
  }
  into[LISTED] = ALWAYS;
  return into;
}
