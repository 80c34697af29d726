import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Plot } from '../domain/types';

/** The feature-state that hides a plot: its fill and lines are drawn fully transparent. */
export const HIDDEN_STATE = 'hidden';

/**
 * Which plots the filter hides, shown through feature-state so that a filter change never
 * re-sends the plots to the map: only the plots whose visibility changed get a new state.
 * When everything shows again it is cheaper to drop all state at once and restore the few
 * other states (hover, selection, picks) than to clear each hidden plot.
 */
export class PlotVisibility {
  private hidden = new Set<number>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly source: string,
    private readonly restoreOtherStates: () => void,
  ) {}

  isHidden(index: number): boolean {
    return this.hidden.has(index);
  }

  /** Forgets every state, for new data (maplibre drops the states with it). */
  reset(): void {
    this.hidden = new Set();
  }

  /** Hides the plots of `all` that are not in `visible`; returns how many states changed. */
  show(all: readonly Plot[], visible: readonly Plot[]): number {
    const next = hiddenIndexes(all, visible);
    if (next.size === 0 && this.hidden.size > 0) {
      const changed = this.hidden.size;
      this.map.removeFeatureState({ source: this.source });
      this.hidden = next;
      this.restoreOtherStates();
      return changed;
    }
    let changed = 0;
    for (const index of this.hidden) {
      if (next.has(index)) continue;
      this.map.setFeatureState({ source: this.source, id: index }, { [HIDDEN_STATE]: false });
      changed++;
    }
    for (const index of next) {
      if (this.hidden.has(index)) continue;
      this.map.setFeatureState({ source: this.source, id: index }, { [HIDDEN_STATE]: true });
      changed++;
    }
    this.hidden = next;
    return changed;
  }
}

/** Indexes of the plots in `all` but not in `visible`; `visible` keeps the order of `all`. */
export function hiddenIndexes(all: readonly Plot[], visible: readonly Plot[]): Set<number> {
  const hidden = new Set<number>();
  if (visible.length === all.length) return hidden;
  let next = 0;
  for (const plot of all) {
    if (next < visible.length && visible[next] === plot) next++;
    else hidden.add(plot.index);
  }
  return hidden;
}
