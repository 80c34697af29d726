import { importScriptInWorkers, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import plotsProtocolUrl from './plots-protocol.mjs?url';
import type { Plot } from '../domain/types';
import { SOURCE } from './base-style';
import { plotFeatures } from './map-features';

/** Lets the map's workers read the plots a loading worker prepared, from a blob: URL, without the page. */
const PLOTS_PROTOCOL = new URL(plotsProtocolUrl, document.baseURI).href;

/**
 * Has maplibre's workers load plots-protocol.mjs. Asked for by each map, not once for the
 * page: removing the last map stops maplibre's workers (and fails an import still on its way),
 * and the next map starts new ones.
 */
export function readPlotsInWorkers(): Promise<void> {
  return importScriptInWorkers(PLOTS_PROTOCOL);
}

/**
 * The map's plots source: whole campaigns read by the map's worker from the plots the loading
 * worker packed (a blob: URL, see plots-protocol.mjs) or, without them, given as features;
 * edits sent as the edited plots, whole, since the page holds no copy of the map's features.
 */
export class PlotsSource {
  private url: string | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /** New plots: `prepared` is them packed for the map, when the loading worker made it. */
  setAll(plots: readonly Plot[], prepared: Blob | undefined): void {
    this.revoke();
    this.url = prepared ? URL.createObjectURL(prepared) : null;
    // blob:<origin>/<id> → plots-blob://<id>, which plots-protocol.mjs reads in the map's worker.
    const address = this.url ? `plots-blob://${this.url.slice(this.url.lastIndexOf('/') + 1)}` : null;
    this.source().setData(address ?? plotFeatures(plots));
  }

  /** Edited plots replace theirs (by id); the filter's feature-states stay. */
  update(edited: readonly Plot[]): void {
    if (edited.length > 0) void this.source().updateData({ add: plotFeatures(edited).features });
  }

  destroy(): void {
    this.revoke();
  }

  private revoke(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }

  private source(): GeoJSONSource {
    return this.map.getSource(SOURCE.plots) as GeoJSONSource;
  }
}
