import { StageCounter } from '../metrics';
import { facetIndexOf } from '../plot-facets';
import type { Plot } from '../types';

/**
 * Each township's plots counted by their stage on a day (`stages` from `stagesOnDay`, by
 * position in `plots`), for `progressOfTownships`; the whole county under null.
 */
export function townshipCountersOnDay(plots: readonly Plot[], stages: Uint8Array): { byTownship: Map<string, StageCounter>; county: StageCounter } {
  const index = facetIndexOf(plots);
  const counters = index.townships.values.map(() => new StageCounter());
  const county = new StageCounter();
  for (let position = 0; position < plots.length; position++) {
    const area = plots[position].areaMu;
    counters[index.township[position]].addAt(stages[position], area);
    county.addAt(stages[position], area);
  }
  const byTownship = new Map<string, StageCounter>();
  index.townships.values.forEach((township, number) => byTownship.set(township, counters[number]));
  return { byTownship, county };
}
