import type { Map as MapLibreMap } from 'maplibre-gl';
import { PICKED_STATE } from './plot-state-style';

/** The plots picked by shift-click or box, outlined through feature-state; only changes are sent. */
export class PlotPicks {
  private picked: ReadonlySet<number> = new Set();

  constructor(
    private readonly map: MapLibreMap,
    private readonly source: string,
  ) {}

  reset(): void {
    this.picked = new Set();
  }

  /** Returns how many plots changed state. */
  show(next: ReadonlySet<number>): number {
    let changed = 0;
    for (const index of this.picked) {
      if (next.has(index)) continue;
      this.map.setFeatureState({ source: this.source, id: index }, { [PICKED_STATE]: false });
      changed++;
    }
    for (const index of next) {
      if (this.picked.has(index)) continue;
      this.map.setFeatureState({ source: this.source, id: index }, { [PICKED_STATE]: true });
      changed++;
    }
    this.picked = next;
    return changed;
  }

  /** Sends every pick again, after all feature-state was dropped. */
  restore(): void {
    for (const index of this.picked) this.map.setFeatureState({ source: this.source, id: index }, { [PICKED_STATE]: true });
  }
}
