import { STAGE_INDEX } from '../metrics';
import { STAGE_KEYS, type Plot, type StageKey } from '../types';
import { dayNumber } from './day-number';
import { previousStage, stageReachDays } from './stage-reach';

/**
 * A plot's stage on a date: the last stage on its path reached on or before that day (see
 * `stageReachDays` for plots with dates missing). From the reporting date on it is the ledger's stage.
 */
export function stageOnDate(plot: Pick<Plot, 'stage' | 'dates'>, date: string, reportingDate: string): StageKey {
  const reach = stageReachDays(plot, dayNumber(reportingDate));
  const day = dayNumber(date);
  let stage = STAGE_INDEX[plot.stage];
  while (reach[stage] > day) stage = previousStage(stage);
  return STAGE_KEYS[stage];
}
