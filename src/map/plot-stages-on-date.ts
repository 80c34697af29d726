import type { Map as MapLibreMap } from 'maplibre-gl';
import { plotColumnsOf } from '../domain/plot-columns';
import { facetIndexOf } from '../domain/plot-facets';
import { STAGE_KEYS, type Plot } from '../domain/types';
import { STAGE_ON_DATE_STATE } from './stage-style';

/** No stage of its own on the as-of date: the plot shows its ledger stage. */
const LEDGER = 255;

/**
 * Colours the plots by their stage on the as-of date through feature-state: only plots whose
 * stage then differs from the ledger's carry a state, and a new date touches only the plots
 * whose stage changed since the last one (a week of playback is a few hundred states).
 */
export class PlotStagesOnDate {
  /** The state each plot carries now, by plot index. */
  private shown = new Uint8Array(0);

  constructor(
    private readonly map: MapLibreMap,
    private readonly source: string,
  ) {}

  /** Forgets every state, for new data (maplibre drops the states with it). */
  reset(): void {
    this.shown = new Uint8Array(0);
  }

  /**
   * Shows `stages` (by position in `plots`, which are the plots given to the source), or the
   * ledger's stages for null; returns how many states changed. With `restore`, every state is
   * set again (after something removed all the source's states).
   */
  show(plots: readonly Plot[], stages: Uint8Array | null, restore = false): number {
    const { index: plotIndex } = plotColumnsOf(plots);
    let largest = this.shown.length - 1;
    for (let position = 0; position < plotIndex.length; position++) if (plotIndex[position] > largest) largest = plotIndex[position];
    const next = new Uint8Array(largest + 1).fill(LEDGER);
    if (stages !== null) {
      const ledger = facetIndexOf(plots).stage;
      for (let position = 0; position < plotIndex.length; position++) {
        if (stages[position] !== ledger[position]) next[plotIndex[position]] = stages[position];
      }
    }
    const before = this.shown;
    let changed = 0;
    for (let index = 0; index < next.length; index++) {
      const stage = next[index];
      const previous = restore ? LEDGER : index < before.length ? before[index] : LEDGER;
      if (stage === previous) continue;
      changed++;
      if (stage === LEDGER) this.map.removeFeatureState({ source: this.source, id: index }, STAGE_ON_DATE_STATE);
      else this.map.setFeatureState({ source: this.source, id: index }, { [STAGE_ON_DATE_STATE]: STAGE_KEYS[stage] });
    }
    this.shown = next;
    return changed;
  }
}
