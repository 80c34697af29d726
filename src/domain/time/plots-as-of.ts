import { STAGE_KEYS, type Plot } from '../types';

/**
 * The plots as they stood on a day, given each one's stage then (from `stagesOnDay`): a plot
 * whose stage differs is a copy with that stage, every other plot is the same object, and when
 * no stage differs the list itself is returned, so that nothing downstream recomputes.
 */
export function plotsAsOf(plots: readonly Plot[], stages: Uint8Array): readonly Plot[] {
  let changed: Plot[] | null = null;
  for (let position = 0; position < plots.length; position++) {
    const plot = plots[position];
    const stage = STAGE_KEYS[stages[position]];
    if (stage === plot.stage) {
      if (changed) changed.push(plot);
      continue;
    }
    changed ??= plots.slice(0, position);
    changed.push({ ...plot, stage });
  }
  return changed ?? plots;
}
