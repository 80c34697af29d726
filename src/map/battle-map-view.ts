import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { Plot, StageDefinition } from '../domain/types';
import { baseStyle, SOURCE } from './base-style';
import { boundaryLabels, collectionBounds, plotFeatures } from './map-features';
import { stageFillColor } from './stage-style';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export interface MapData {
  plots: readonly Plot[];
  stages: readonly StageDefinition[];
  townships: FeatureCollection | null;
  villages: FeatureCollection | null;
}

export interface MapCallbacks {
  onPlotClick(index: number | null): void;
}

/**
 * The one adapter between app state and maplibre: created once, told what to show, and does
 * nothing when told the same thing twice.
 */
export class BattleMapView {
  private readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private data: MapData | null = null;
  private hoveredId: number | null = null;
  private selectedId: number | null = null;

  constructor(
    private readonly container: HTMLElement,
    stages: readonly StageDefinition[],
    private readonly callbacks: MapCallbacks,
  ) {
    const startsFromLink = /(^|&|#)map=/.test(window.location.hash);
    this.map = new MapLibreMap({
      container,
      style: baseStyle(stages, document.baseURI),
      center: [120.5, 30.6],
      zoom: 10,
      hash: 'map',
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ showCompass: true, visualizePitch: false }), 'top-left');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
    this.fitOnNextData = !startsFromLink;
    this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.map.on('idle', () => this.setIdle(true));
    this.map.on('movestart', () => this.setIdle(false));
    this.map.on('mousemove', 'plot-fill', (event) => this.hover(event));
    this.map.on('mouseleave', 'plot-fill', () => this.setHovered(null));
    this.map.on('click', (event) => this.click(event));
  }

  private fitOnNextData: boolean;

  async setData(data: MapData): Promise<void> {
    const previous = this.data;
    if (previous && previous.plots === data.plots && previous.stages === data.stages
      && previous.townships === data.townships && previous.villages === data.villages) return;
    this.data = data;
    await this.ready;
    this.setIdle(false);
    if (!previous || previous.plots !== data.plots) {
      this.hoveredId = null;
      this.selectedId = null;
      this.source(SOURCE.plots).setData(plotFeatures(data.plots));
    }
    if (!previous || previous.townships !== data.townships || previous.villages !== data.villages) {
      const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
      this.source(SOURCE.townships).setData(data.townships ?? empty);
      this.source(SOURCE.villages).setData(data.villages ?? empty);
      this.source(SOURCE.labels).setData(boundaryLabels(data.townships, data.villages));
    }
    if (!previous || previous.stages !== data.stages) {
      this.map.setPaintProperty('plot-fill', 'fill-color', stageFillColor(data.stages));
    }
    if (this.fitOnNextData) {
      const bounds = collectionBounds(data.townships ?? plotFeatures(data.plots));
      if (bounds) this.map.fitBounds(bounds, { padding: 24, animate: false });
    }
    this.fitOnNextData = true;
    this.container.dataset.plots = String(data.plots.length);
  }

  async setSelectedPlot(index: number | null): Promise<void> {
    if (index === this.selectedId) return;
    await this.ready;
    if (this.selectedId !== null) this.map.setFeatureState({ source: SOURCE.plots, id: this.selectedId }, { selected: false });
    if (index !== null) this.map.setFeatureState({ source: SOURCE.plots, id: index }, { selected: true });
    this.selectedId = index;
  }

  destroy(): void {
    this.map.remove();
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  private hover(event: MapMouseEvent & { features?: { id?: string | number }[] }): void {
    const id = event.features?.[0]?.id;
    this.setHovered(typeof id === 'number' ? id : null);
  }

  private setHovered(id: number | null): void {
    if (id === this.hoveredId) return;
    if (this.hoveredId !== null) this.map.setFeatureState({ source: SOURCE.plots, id: this.hoveredId }, { hover: false });
    if (id !== null) this.map.setFeatureState({ source: SOURCE.plots, id }, { hover: true });
    this.hoveredId = id;
    this.map.getCanvas().style.cursor = id === null ? '' : 'pointer';
  }

  private click(event: MapMouseEvent): void {
    const [feature] = this.map.queryRenderedFeatures(event.point, { layers: ['plot-fill'] });
    this.callbacks.onPlotClick(typeof feature?.id === 'number' ? feature.id : null);
  }

  private setIdle(idle: boolean): void {
    this.container.dataset.idle = String(idle);
  }
}
