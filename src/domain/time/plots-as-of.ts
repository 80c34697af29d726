import { STAGE_KEYS, type Plot } from '../types';

const STAGE_COUNT = STAGE_KEYS.length;

/**
 * The copies of a list's plots at other stages than their own, made once per plot and stage
 * (copies[position * STAGE_COUNT + stage]) and kept as long as the list: moving through time,
 * or playing back week by week, copies a plot only the first time it is shown at a stage.
 */
const copiesByPlots = new WeakMap<readonly Plot[], (Plot | null)[]>();

function copiesOf(plots: readonly Plot[]): (Plot | null)[] {
  let copies = copiesByPlots.get(plots);
  if (!copies) {
    copies = [];
    // Pushed one by one: a preallocated array this long would be a slow dictionary array.
    for (let at = 0; at < plots.length * STAGE_COUNT; at++) copies.push(null);
    copiesByPlots.set(plots, copies);
  }
  return copies;
}

function copyAt(plots: readonly Plot[], copies: (Plot | null)[], position: number, stage: number): Plot {
  const at = position * STAGE_COUNT + stage;
  let copy = copies[at];
  if (copy === null) {
    copy = { ...plots[position], stage: STAGE_KEYS[stage] };
    copies[at] = copy;
  }
  return copy;
}

/** The plot at `position` as it stood on a day, given the plots' stages then: itself, or its copy at that stage. */
export function plotAsOf(plots: readonly Plot[], stages: Uint8Array, position: number): Plot {
  const plot = plots[position];
  const stage = stages[position];
  return STAGE_KEYS[stage] === plot.stage ? plot : copyAt(plots, copiesOf(plots), position, stage);
}

/**
 * The plots as they stood on a day, given each one's stage then (from `stagesOnDay`): a plot
 * whose stage differs is a copy with that stage (the same copy whenever that stage comes up
 * again), every other plot is the same object, and when no stage differs the list itself is
 * returned, so that nothing downstream recomputes.
 */
export function plotsAsOf(plots: readonly Plot[], stages: Uint8Array): readonly Plot[] {
  let changed: Plot[] | null = null;
  let copies: (Plot | null)[] | null = null;
  for (let position = 0; position < plots.length; position++) {
    const plot = plots[position];
    const stage = stages[position];
    if (STAGE_KEYS[stage] === plot.stage) {
      if (changed) changed.push(plot);
      continue;
    }
    changed ??= plots.slice(0, position);
    copies ??= copiesOf(plots);
    changed.push(copyAt(plots, copies, position, stage));
  }
  return changed ?? plots;
}
