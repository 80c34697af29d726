import type { Plot } from './types';

const positionsByPlots = new WeakMap<readonly Plot[], Map<number, number>>();

/** Each plot's position in the list, by its index (its place in the file): built once per list. */
export function positionsByIndex(plots: readonly Plot[]): ReadonlyMap<number, number> {
  let positions = positionsByPlots.get(plots);
  if (!positions) {
    positions = new Map(plots.map((plot, position) => [plot.index, position]));
    positionsByPlots.set(plots, positions);
  }
  return positions;
}
