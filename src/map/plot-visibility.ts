import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Plot } from '../domain/types';

/** The feature-state that hides a plot: its fill and lines are drawn fully transparent. */
export const HIDDEN_STATE = 'hidden';

/** 1 for each plot of `all` not in `visible`, by plot index (a plot's unique position in its file). */
export function hiddenFlags(all: readonly Plot[], visible: readonly Plot[]): { flags: Uint8Array; count: number } {
  let largest = 0;
  for (const plot of all) if (plot.index > largest) largest = plot.index;
  const flags = new Uint8Array(largest + 1);
  if (visible.length === all.length) return { flags, count: 0 };
  for (const plot of all) flags[plot.index] = 1;
  for (const plot of visible) flags[plot.index] = 0;
  return { flags, count: all.length - visible.length };
}

/**
 * Which plots the filter hides, shown through feature-state so that a filter change never
 * re-sends the plots to the map: only the plots whose visibility changed get a new state.
 * When everything shows again it is cheaper to drop all state at once and restore the few
 * other states (hover, selection, picks) than to clear each hidden plot.
 */
export class PlotVisibility {
  private hidden: { flags: Uint8Array; count: number } = { flags: new Uint8Array(0), count: 0 };

  constructor(
    private readonly map: MapLibreMap,
    private readonly source: string,
    private readonly restoreOtherStates: () => void,
  ) {}

  isHidden(index: number): boolean {
    return this.hidden.flags[index] === 1;
  }

  /** Forgets every state, for new data (maplibre drops the states with it). */
  reset(): void {
    this.hidden = { flags: new Uint8Array(0), count: 0 };
  }

  /** Hides the plots of `all` that are not in `visible`; returns how many states changed. */
  show(all: readonly Plot[], visible: readonly Plot[]): number {
    const previous = this.hidden;
    const next = hiddenFlags(all, visible);
    this.hidden = next;
    if (next.count === 0 && previous.count > 0) {
      this.map.removeFeatureState({ source: this.source });
      this.restoreOtherStates();
      return previous.count;
    }
    let changed = 0;
    for (const plot of all) {
      const hidden = next.flags[plot.index];
      if ((previous.flags[plot.index] ?? 0) === hidden) continue;
      this.map.setFeatureState({ source: this.source, id: plot.index }, { [HIDDEN_STATE]: hidden === 1 });
      changed++;
    }
    return changed;
  }
}
