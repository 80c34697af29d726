import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Plot } from '../domain/types';
import { collectionBounds, plotFeatures, townshipBounds, type Bounds } from './map-features';

/** Screen space the map's own overlays (legend, tools, chips) cover, in pixels from each edge. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

function sameInsets(a: Insets, b: Insets): boolean {
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}

/** What the map frames: a township's plots (or its outline when it has none), else the whole county. */
export function boundsToFit(
  focus: { township: string; plotBounds: Bounds | null } | null,
  data: { plots: readonly Plot[]; townships: FeatureCollection | null; prepared?: { bounds: Bounds | null } } | null,
): Bounds | null {
  if (focus) return focus.plotBounds ?? townshipBounds(data?.townships ?? null, focus.township, []);
  if (data?.townships) return collectionBounds(data.townships);
  if (data?.prepared) return data.prepared.bounds;
  return collectionBounds(plotFeatures(data?.plots ?? []));
}

/**
 * Fitting the map clear of the page's overlays: the insets they cover, and whether the map is
 * still as last fitted (it is refitted when the page layout or the overlays change, until the
 * user moves it).
 */
export class MapFit {
  insets: Insets = NO_INSETS;
  /** The map shows what was last fitted: nobody has moved it since. */
  fitted = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly container: HTMLElement,
  ) {
    // A move by mouse, touch or keys makes the map the user's.
    map.on('movestart', (event) => {
      if (event.originalEvent) this.fitted = false;
    });
    // So does a place given through the address (#map=, a shared link or one typed in): maplibre
    // moves there without an input event, and a refit when the page layout settles after a load
    // would otherwise take the map away from it.
    window.addEventListener('hashchange', this.onAddressMoved);
  }

  destroy(): void {
    window.removeEventListener('hashchange', this.onAddressMoved);
  }

  private readonly onAddressMoved = (): void => {
    if (/(^|&|#)map=/.test(window.location.hash)) this.fitted = false;
  };

  /**
   * Fits `bounds`: for a township with room around its plots for numbers placed beside them,
   * for the county with a small margin.
   */
  fit(bounds: Bounds | null, township: boolean): void {
    this.fitted = true;
    if (!bounds) return;
    const { clientWidth, clientHeight } = this.container;
    const room = township ? Math.round(Math.min(clientWidth, clientHeight) * 0.08) + 12 : 24;
    const width = clientWidth - this.insets.left - this.insets.right - 2 * room;
    const height = clientHeight - this.insets.top - this.insets.bottom - 2 * room;
    if (width <= 0 || height <= 0) return;
    this.map.fitBounds(bounds, { padding: this.padding(room), animate: false, maxZoom: 17 });
  }

  /** Frames the given bounds (a township chosen in the filter) once: the map is then the user's to move. */
  frame(bounds: Bounds): void {
    this.fitted = false;
    this.map.fitBounds(bounds, { padding: this.padding(30), animate: false, maxZoom: 16 });
  }

  /** Flies to a place the user asked for (a plot, a feature named in the data checks): the map is then theirs. */
  flyTo(bounds: Bounds): void {
    this.fitted = false;
    this.map.fitBounds(bounds, { padding: 120, maxZoom: 17, duration: 600 });
  }

  /** Takes new insets; true when they differ from the last. */
  setInsets(insets: Insets): boolean {
    if (sameInsets(this.insets, insets)) return false;
    this.insets = insets;
    return true;
  }

  private padding(room: number): Insets {
    return { top: this.insets.top + room, right: this.insets.right + room, bottom: this.insets.bottom + room, left: this.insets.left + room };
  }
}
