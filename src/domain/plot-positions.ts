import type { Plot } from './types';

/** No plot of the list has this index. */
export const NO_POSITION = -1;

const positionsByPlots = new WeakMap<readonly Plot[], Int32Array>();

/**
 * Each plot's position in the list, looked up by its index (its place in the file; NO_POSITION
 * where no plot of the list has that index): built once per list.
 */
export function positionsByIndex(plots: readonly Plot[]): Int32Array {
  const cached = positionsByPlots.get(plots);
  if (cached) return cached;
  let largest = -1;
  for (const plot of plots) if (plot.index > largest) largest = plot.index;
  const positions = new Int32Array(largest + 1).fill(NO_POSITION);
  plots.forEach((plot, position) => {
    positions[plot.index] = position;
  });
  positionsByPlots.set(plots, positions);
  return positions;
}
