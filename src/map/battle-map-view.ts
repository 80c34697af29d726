import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapMouseEvent, type PointLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Position } from 'geojson';
import type { HiddenPlots } from '../domain/hidden-plots';
import type { Plot, StageDefinition } from '../domain/types';
import { baseStyle, FOCUS_LAYERS, SOURCE } from './base-style';
import { BoxSelect } from './box-select';
import { MeasureDrawing, type DrawnShape } from './measure-drawing';
import { PlotMarks } from './plot-marks';
import { PlotVisibility } from './plot-visibility';
import { focusFilters } from './focus-filters';
import { boundaryLabels, collectionBounds, numberFeatures, plotFeatures, stageChanges, townshipBounds } from './map-features';
import { NorthArrowControl } from './north-arrow-control';
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
  /** A click on a township away from any plot. */
  onTownshipClick(township: string): void;
  /** Shift-click (one plot, toggled) or shift-drag box (every plot in it, added). */
  onPlotsPicked?(indexes: number[], toggle: boolean): void;
  onMeasured?(shape: DrawnShape): void;
}

/** A township's battle map: the map fitted to it, the others dimmed, its plots numbered. */
export interface MapFocus {
  township: string;
  numbers: readonly { number: number; position: Position }[];
}

/**
 * The one adapter between app state and maplibre: created once, told what to show, and does
 * nothing when told the same thing twice.
 */
export class BattleMapView {
  private readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private data: MapData | null = null;
  private focus: MapFocus | null = null;
  private readonly visibility: PlotVisibility;
  private readonly marks: PlotMarks;
  private readonly boxSelect: BoxSelect;
  private readonly drawing: MeasureDrawing;

  constructor(
    private readonly container: HTMLElement,
    stages: readonly StageDefinition[],
    private readonly callbacks: MapCallbacks,
    northLabel = 'N',
  ) {
    const startsFromLink = /(^|&|#)map=/.test(window.location.hash);
    this.map = new MapLibreMap({
      container,
      style: baseStyle(stages, document.baseURI),
      center: [120.5, 30.6],
      zoom: 10,
      hash: 'map',
      attributionControl: false,
      boxZoom: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ showCompass: true, visualizePitch: false }), 'top-left');
    this.map.addControl(new NorthArrowControl(northLabel), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 160 }), 'bottom-left');
    this.fitOnNextData = !startsFromLink;
    this.keepLinkedPosition = startsFromLink;
    this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.map.on('idle', () => this.setIdle(true));
    this.map.on('movestart', (event) => {
      this.setIdle(false);
      if (event.originalEvent) this.fittedToFocus = false;
    });
    // Until the user moves the map, keep the township fitted while the page layout settles.
    this.map.on('resize', () => {
      if (this.fittedToFocus) this.fitToFocus();
    });
    this.map.on('mousemove', 'plot-fill', (event) => this.hover(event));
    this.map.on('mouseleave', 'plot-fill', () => this.setHovered(null));
    this.map.on('click', (event) => this.click(event));
    this.visibility = new PlotVisibility(this.map, SOURCE.plots);
    this.marks = new PlotMarks(this.map, { highlight: SOURCE.highlight, picks: SOURCE.picks }, (index) => this.visibility.isHidden(index));
    this.boxSelect = new BoxSelect(this.map, (corners) => this.pickBox(corners), () => !this.drawing.active);
    this.drawing = new MeasureDrawing(this.map, (shape) => this.callbacks.onMeasured?.(shape));
  }

  private fitOnNextData: boolean;
  /** Until the first focus (the one the page opened with): a link with a map position stays there. */
  private keepLinkedPosition: boolean;

  async setData(data: MapData): Promise<void> {
    const previous = this.data;
    if (previous && previous.plots === data.plots && previous.stages === data.stages
      && previous.townships === data.townships && previous.villages === data.villages) return;
    this.data = data;
    await this.ready;
    const edited = previous && previous.plots !== data.plots ? stageChanges(previous.plots, data.plots) : null;
    // An edit that changes no stage draws nothing: the map would never report idle again.
    if (!edited || edited.length > 0) this.setIdle(false);
    if (edited) {
      // An edit: only the edited plots' stages go to the map; the filter's feature-states and
      // the marked plots (same outlines) stay.
      if (edited.length > 0) {
        void this.source(SOURCE.plots).updateData({
          update: edited.map(({ id, stage }) => ({ id, addOrUpdateProperties: [{ key: 'stage', value: stage }] })),
        });
      }
    } else if (!previous || previous.plots !== data.plots) {
      this.visibility.reset();
      this.marks.setPlots(data.plots);
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
    if (this.fitOnNextData && !edited) this.fitToFocus();
    this.fitOnNextData = true;
    this.container.dataset.plots = String(data.plots.length);
  }

  /**
   * Shows one township's battle map, or the whole county for null. Fits the map when the
   * township changes, except on opening a link that says where the map is (#map=).
   */
  async setFocus(focus: MapFocus | null): Promise<void> {
    const previous = this.focus;
    const fit = !this.keepLinkedPosition;
    this.keepLinkedPosition = false;
    if (previous === focus) return;
    this.focus = focus;
    await this.ready;
    if (this.focus !== focus) return;
    const filters = focusFilters(focus?.township ?? null);
    this.map.setFilter(FOCUS_LAYERS.dim, filters.dim);
    this.map.setFilter(FOCUS_LAYERS.outline, filters.outline);
    this.source(SOURCE.numbers).setData(numberFeatures(focus?.numbers ?? []));
    if (previous?.township === focus?.township) return;
    this.setIdle(false);
    // The page layout may just have changed with the view: measure the container before fitting.
    this.map.resize();
    if (fit) this.fitToFocus();
    this.map.triggerRepaint();
    this.container.dataset.focus = focus?.township ?? '';
  }

  private fittedToFocus = false;

  /** Fits the map to the focused township, or to the whole county. */
  private fitToFocus(): void {
    this.fittedToFocus = true;
    const focus = this.focus;
    const bounds = focus
      ? townshipBounds(this.data?.townships ?? null, focus.township, focus.numbers.map((entry) => entry.position))
      : collectionBounds(this.data?.townships ?? plotFeatures(this.data?.plots ?? []));
    // On a battle map the legend covers the map's bottom left corner; keep the township clear of it.
    const padding = focus ? { top: 40, right: 70, bottom: 40, left: Math.min(300, this.container.clientWidth / 3) } : 24;
    if (bounds) this.map.fitBounds(bounds, { padding, animate: false });
  }

  async setSelectedPlot(index: number | null): Promise<void> {
    await this.ready;
    this.marks.setSelected(index);
  }

  /** Hides the filtered-out plots of those last given to setData, by feature-state: nothing is re-sent. */
  async setHiddenPlots(hidden: HiddenPlots): Promise<void> {
    await this.ready;
    const changed = this.visibility.show(hidden);
    this.container.dataset.hiddenPlots = String(hidden.count);
    if (changed === 0) return;
    this.marks.refresh();
    this.setIdle(false);
    this.map.triggerRepaint();
  }

  /** Outlines the plots picked by shift-click or box. */
  async setPickedPlots(picked: ReadonlySet<number>): Promise<void> {
    await this.ready;
    this.marks.setPicked(picked);
  }

  /** Flies to a plot, e.g. one clicked in the ledger. */
  flyToPlot(plot: Plot): void {
    const bounds = collectionBounds({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: plot.geometry, properties: {} }] });
    if (!bounds) return;
    this.setIdle(false);
    this.map.fitBounds(bounds, { padding: 120, maxZoom: 17, duration: 600 });
  }

  /** Starts drawing a polygon or line to measure, or stops (and with `clear`, removes the shape). */
  async setDrawing(kind: DrawnShape['kind'] | null, clear: boolean): Promise<void> {
    await this.ready;
    if (kind) this.drawing.start(kind);
    else this.drawing.stop(clear);
    // Says when the map takes clicks as corners, for the cursor and for anyone driving the page.
    this.container.dataset.drawing = kind ?? '';
  }

  destroy(): void {
    this.boxSelect.destroy();
    this.drawing.destroy();
    this.map.remove();
  }

  /** The plot drawn at a point, leaving out plots the filter hides. */
  private plotAt(point: PointLike | [PointLike, PointLike]): number[] {
    const indexes = new Set<number>();
    for (const feature of this.map.queryRenderedFeatures(point, { layers: ['plot-fill'] })) {
      if (typeof feature.id === 'number' && !this.visibility.isHidden(feature.id)) indexes.add(feature.id);
    }
    return [...indexes];
  }

  private pickBox(corners: [PointLike, PointLike]): void {
    this.callbacks.onPlotsPicked?.(this.plotAt(corners), false);
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  private hover(event: MapMouseEvent & { features?: { id?: string | number }[] }): void {
    const feature = this.drawing.active
      ? undefined
      : event.features?.find((candidate) => typeof candidate.id === 'number' && !this.visibility.isHidden(candidate.id));
    this.setHovered(typeof feature?.id === 'number' ? feature.id : null);
  }

  private setHovered(id: number | null): void {
    if (id === this.marks.hoveredIndex) return;
    this.marks.setHovered(id);
    this.map.getCanvas().style.cursor = id === null ? '' : 'pointer';
  }

  private click(event: MapMouseEvent): void {
    if (this.drawing.takesClick()) return;
    const [index] = this.plotAt(event.point);
    if (index !== undefined && event.originalEvent.shiftKey) {
      this.callbacks.onPlotsPicked?.([index], true);
      return;
    }
    if (index !== undefined) {
      this.callbacks.onPlotClick(index);
      return;
    }
    this.callbacks.onPlotClick(null);
    const [township] = this.map.queryRenderedFeatures(event.point, { layers: ['township-fill'] });
    const name = township?.properties?.name;
    if (typeof name === 'string' && name !== this.focus?.township) this.callbacks.onTownshipClick(name);
  }

  private setIdle(idle: boolean): void {
    this.container.dataset.idle = String(idle);
  }
}
