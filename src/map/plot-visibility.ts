import type { Map as MapLibreMap } from 'maplibre-gl';
import { isHidden, NOTHING_HIDDEN, type HiddenPlots } from '../domain/hidden-plots';

/** The feature-state that hides a plot: its fill and outline are drawn fully transparent. */
export const HIDDEN_STATE = 'hidden';

/**
 * Which plots the filter hides, shown through feature-state so that a filter change never
 * re-sends the plots to the map: only the plots whose visibility changed get a new state.
 * When everything shows again it is cheaper to drop all state at once than to clear each
 * hidden plot; the owner of the source's other states (the stages on the as-of date) sets them again.
 */
export class PlotVisibility {
  private hidden: HiddenPlots = NOTHING_HIDDEN;

  constructor(
    private readonly map: MapLibreMap,
    private readonly source: string,
  ) {}

  /** How many plots are hidden now. */
  get hiddenCount(): number {
    return this.hidden.count;
  }

  isHidden(index: number): boolean {
    return isHidden(this.hidden, index);
  }

  /** Forgets every state, for new data (maplibre drops the states with it). */
  reset(): void {
    this.hidden = NOTHING_HIDDEN;
  }

  /** Hides the plots flagged in `next`; returns how many states changed. */
  show(next: HiddenPlots): number {
    const previous = this.hidden;
    if (next === previous) return 0;
    this.hidden = next;
    if (next.count === 0) {
      if (previous.count > 0) this.map.removeFeatureState({ source: this.source });
      return previous.count;
    }
    const before = previous.flags;
    const after = next.flags;
    const hide = { [HIDDEN_STATE]: true };
    const reveal = { [HIDDEN_STATE]: false };
    let changed = 0;
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      const hidden = after[index] === 1;
      if ((before[index] === 1) === hidden) continue;
      this.map.setFeatureState({ source: this.source, id: index }, hidden ? hide : reveal);
      changed++;
    }
    return changed;
  }
}
