import { StageCounter } from '../metrics';
import { plotColumnsOf } from '../plot-columns';
import { facetIndexOf } from '../plot-facets';
import { STAGE_KEYS, type Plot } from '../types';

const STAGE_COUNT = STAGE_KEYS.length;

export interface TownshipCounters {
  byTownship: Map<string, StageCounter>;
  county: StageCounter;
}

const countersByStages = new WeakMap<Uint8Array, { plots: readonly Plot[]; counters: TownshipCounters }>();

/**
 * Each township's plots counted by their stage on a day (`stages` from `stagesOnDay`, by
 * position in `plots`), for `progressOfTownships`; the whole county under null. Summed in file
 * order into typed arrays, so equal to the last digit to counting plot by plot. Kept per
 * `stages`, so that the as-of figures and the weekly report count a day once.
 */
export function townshipCountersOnDay(plots: readonly Plot[], stages: Uint8Array): TownshipCounters {
  const cached = countersByStages.get(stages);
  if (cached && cached.plots === plots) return cached.counters;
  const index = facetIndexOf(plots);
  const { areaMu } = plotColumnsOf(plots);
  const townshipCount = index.townships.values.length;
  const counts = new Float64Array((townshipCount + 1) * STAGE_COUNT);
  const areas = new Float64Array((townshipCount + 1) * STAGE_COUNT);
  const countyOffset = townshipCount * STAGE_COUNT;
  for (let position = 0; position < plots.length; position++) {
    const stage = stages[position];
    const at = index.township[position] * STAGE_COUNT + stage;
    counts[at]++;
    areas[at] += areaMu[position];
    counts[countyOffset + stage]++;
    areas[countyOffset + stage] += areaMu[position];
  }
  const byTownship = new Map<string, StageCounter>();
  index.townships.values.forEach((township, number) => byTownship.set(township, StageCounter.fromTotals(counts, areas, number * STAGE_COUNT)));
  const counters = { byTownship, county: StageCounter.fromTotals(counts, areas, countyOffset) };
  countersByStages.set(stages, { plots, counters });
  return counters;
}
