import type { Plot } from './types';

/**
 * The plots a filter hides, as a flag per plot index (a plot's unique position in its file):
 * 1 for a hidden plot, 0 for a shown one or an index no plot has. Worked out once per filter
 * change and shared by the map and the ledger, which both ask "is this plot shown?" 100,000 times.
 */
export interface HiddenPlots {
  flags: Uint8Array;
  count: number;
}

export const NOTHING_HIDDEN: HiddenPlots = { flags: new Uint8Array(0), count: 0 };

/** A flag for every plot of a list of plots, built once per list: the start of every hiding. */
const allFlagged = new WeakMap<readonly Plot[], Uint8Array>();

function flagsOfAll(all: readonly Plot[]): Uint8Array {
  let flags = allFlagged.get(all);
  if (!flags) {
    let largest = 0;
    for (const plot of all) if (plot.index > largest) largest = plot.index;
    flags = new Uint8Array(largest + 1);
    for (const plot of all) flags[plot.index] = 1;
    allFlagged.set(all, flags);
  }
  return flags;
}

/** The plots of `all` that are not in `visible` (a subset of `all`). */
export function hiddenPlots(all: readonly Plot[], visible: readonly Plot[]): HiddenPlots {
  if (visible.length === all.length) return NOTHING_HIDDEN;
  const flags = flagsOfAll(all).slice();
  for (const plot of visible) flags[plot.index] = 0;
  return { flags, count: all.length - visible.length };
}

export function isHidden(hidden: HiddenPlots, index: number): boolean {
  return hidden.flags[index] === 1;
}
