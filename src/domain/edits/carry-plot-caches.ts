import { carryFacetIndex } from '../plot-facets';
import { carryPlotColumns } from '../plot-columns';
import { carryPlotTimeline } from '../time/plot-timeline';
import type { Plot } from '../types';

/** Positions where `next` holds another plot object than `previous` (the edited plots). */
export function changedPositions(previous: readonly Plot[], next: readonly Plot[]): number[] | null {
  if (previous.length !== next.length) return null;
  const changed: number[] = [];
  for (let position = 0; position < next.length; position++) {
    if (previous[position] !== next[position]) {
      if (previous[position].index !== next[position].index) return null;
      changed.push(position);
    }
  }
  return changed;
}

/**
 * After an edit, hands the new plots the numbered fields, sum columns and stage timeline the
 * filters, summaries and as-of figures built for the old ones, patched at the edited plots, so that an edit at 100,000
 * plots costs the edited plots and a copy of a few typed arrays, not a new index of every plot.
 */
export function carryPlotCaches(previous: readonly Plot[], next: readonly Plot[]): void {
  const changed = changedPositions(previous, next);
  if (changed === null) return;
  carryFacetIndex(previous, next, changed);
  carryPlotColumns(previous, next, changed);
  carryPlotTimeline(previous, next, changed);
}
