import { STAGE_DATE_KEYS, type StageDateKey, type StageKey } from '../types';

/** The date a plot records when it reaches a stage; none for `listed` and `upgraded`. */
const STAGE_DATE_KEY: Readonly<Record<StageKey, StageDateKey | null>> = {
  listed: null,
  negotiating: 'visitedOn',
  signed: 'signedOn',
  demolished: 'demolishedOn',
  reclaimed: 'reclaimedOn',
  accepted: 'acceptedOn',
  upgraded: null,
};

export function stageDateKey(stage: StageKey): StageDateKey | null {
  return STAGE_DATE_KEY[stage];
}

/**
 * The dates a plot moved back to `stage` must lose: those of milestones after it on the vacate
 * path, so that its stage on any date, read from its dates, agrees with its stage now.
 * `upgraded` leaves the path and keeps every date.
 */
export function datesBeyond(stage: StageKey): StageDateKey[] {
  if (stage === 'upgraded') return [];
  const own = STAGE_DATE_KEY[stage];
  const from = own === null ? 0 : STAGE_DATE_KEYS.indexOf(own) + 1;
  // Visits and assessments both belong to negotiating.
  const start = stage === 'negotiating' ? STAGE_DATE_KEYS.indexOf('signedOn') : from;
  return STAGE_DATE_KEYS.slice(start);
}
