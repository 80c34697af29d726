import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Position } from 'geojson';
import type { HiddenPlots } from '../domain/hidden-plots';
import type { LonLatBounds } from '../domain/loose-bounds';
import type { Plot, StageDefinition } from '../domain/types';
import { baseStyle, FOCUS_LAYERS, SOURCE } from './base-style';
import { BoxSelect } from './box-select';
import { MeasureDrawing, type DrawnShape } from './measure-drawing';
import { PlotMarks } from './plot-marks';
import { PlotVisibility } from './plot-visibility';
import { PlotStagesOnDate } from './plot-stages-on-date';
import { focusFilters } from './focus-filters';
import { boundaryLabels, collectionBounds, stageChanges, type Bounds } from './map-features';
import { PlotsSource, readPlotsInWorkers } from './plots-source';
import { boundsToFit, MapFit, type Insets } from './map-fit';
import { PlotNumberLabels } from './plot-number-labels';
import { PlotPointer, type PointerCallbacks } from './plot-pointer';
import { NorthArrowControl } from './north-arrow-control';
import { stageFillColor } from './stage-style';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

export interface MapData {
  plots: readonly Plot[];
  /**
   * The same plots packed for the map (index, stage, outline) with their bounds, when the
   * loading worker prepared them: the map's worker then reads them from a blob: URL, and the
   * page neither builds nor serialises 100,000 features.
   */
  prepared?: { features: Blob; bounds: Bounds | null };
  stages: readonly StageDefinition[];
  townships: FeatureCollection | null;
  villages: FeatureCollection | null;
}

export interface MapCallbacks extends PointerCallbacks {
  onMeasured?(shape: DrawnShape): void;
}

/** A township's battle map: the map fitted to its plots, the others dimmed, its plots numbered. */
export interface MapFocus {
  township: string;
  numbers: readonly { number: number; position: Position }[];
  /** The bounds of the township's plots: the map frames these, not the township's empty fields. */
  plotBounds: Bounds | null;
  /** Plot numbers' text size in pixels (at least 12 on screen, larger in meeting mode). */
  numberSize: number;
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
  private readonly plotsSource: PlotsSource;
  private readonly stagesOnDate: PlotStagesOnDate;
  /** The stages on the as-of date last shown, by position in `data.plots` (null: the ledger's). */
  private shownStages: { plots: readonly Plot[]; stages: Uint8Array | null } | null = null;
  private readonly marks: PlotMarks;
  private readonly boxSelect: BoxSelect;
  private readonly drawing: MeasureDrawing;
  private readonly numberLabels: PlotNumberLabels;
  private readonly fit: MapFit;
  private removed = false;

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
      fadeDuration: 0,
      // The style is built by code and checked against the style specification by its tests:
      // checking it again at every start held the page for tens of milliseconds.
      validateStyle: false,
    });
    this.map.addControl(new NavigationControl({ showCompass: true, visualizePitch: false }), 'top-left');
    this.map.addControl(new NorthArrowControl(northLabel), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 160 }), 'bottom-left');
    this.fitOnNextData = !startsFromLink;
    this.keepLinkedPosition = startsFromLink;
    const loaded = new Promise<void>((resolve) => this.map.once('load', () => resolve()));
    // A map removed before it was ready never gets there (its calls stop), rather than failing them.
    this.ready = Promise.all([loaded, readPlotsInWorkers()]).then(
      () => undefined,
      (error: unknown) => (this.removed ? new Promise<void>(() => undefined) : Promise.reject(error)),
    );
    this.numberLabels = new PlotNumberLabels(this.map, { numbers: SOURCE.numbers, leaders: SOURCE.leaders });
    this.fit = new MapFit(this.map, container);
    this.map.on('idle', () => {
      if (this.focus) this.numberLabels.report(this.container);
      this.setIdle(true);
    });
    // Numbers are placed in screen space: again each time the view settles.
    this.map.on('moveend', () => {
      if (this.focus) this.numberLabels.layout();
    });
    this.map.on('movestart', () => this.setIdle(false));
    // Until the user moves the map, keep the township fitted while the page layout settles.
    this.map.on('resize', () => {
      if (this.fit.fitted) this.fitToFocus();
    });
    this.plotsSource = new PlotsSource(this.map);
    this.visibility = new PlotVisibility(this.map, SOURCE.plots);
    this.stagesOnDate = new PlotStagesOnDate(this.map, SOURCE.plots);
    this.marks = new PlotMarks(this.map, { highlight: SOURCE.highlight, picks: SOURCE.picks }, (index) => this.visibility.isHidden(index));
    this.drawing = new MeasureDrawing(this.map, (shape) => this.callbacks.onMeasured?.(shape));
    const pointer = new PlotPointer(this.map, { visibility: this.visibility, marks: this.marks, drawing: this.drawing }, callbacks, () => this.focus?.township ?? null);
    this.boxSelect = new BoxSelect(this.map, (corners) => pointer.pickBox(corners), () => !this.drawing.active);
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
      // An edit: only the edited plots go to the map; the marked plots (same outlines) stay.
      this.plotsSource.update(edited);
    } else if (!previous || previous.plots !== data.plots) {
      this.visibility.reset();
      this.stagesOnDate.reset();
      this.marks.setPlots(data.plots);
      this.plotsSource.setAll(data.plots, data.prepared?.features);
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

  /** Resolves when the map has drawn everything it was given and nothing moves. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.container.dataset.idle === 'true') resolve();
      else this.map.once('idle', () => resolve());
    });
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
    if (previous?.township === focus?.township) {
      this.numberLabels.set(focus?.numbers ?? [], focus?.numberSize ?? 13);
      return;
    }
    this.setIdle(false);
    // The page layout may just have changed with the view: measure the container before fitting.
    this.map.resize();
    if (fit) this.fitToFocus();
    this.numberLabels.set(focus?.numbers ?? [], focus?.numberSize ?? 13);
    this.map.triggerRepaint();
    this.container.dataset.focus = focus?.township ?? '';
    if (!focus) delete this.container.dataset.numbersDrawn;
  }

  /** Fits the map to the focused township's plots, or to the whole county, clear of the overlays. */
  private fitToFocus(): void {
    this.fit.fit(boundsToFit(this.focus, this.data), this.focus !== null);
  }

  /** Frames the given bounds (a township chosen in the filter), clear of the overlays. */
  async frameBounds(bounds: Bounds): Promise<void> {
    await this.ready;
    this.setIdle(false);
    this.fit.frame(bounds);
  }

  /** The parts of the map the page's overlays cover: fitting and numbers keep clear of them. */
  setInsets(insets: Insets): void {
    if (!this.fit.setInsets(insets)) return;
    this.numberLabels.setInsets(insets);
    if (this.fit.fitted) this.fitToFocus();
  }

  async setSelectedPlot(index: number | null): Promise<void> {
    await this.ready;
    this.marks.setSelected(index);
  }

  /**
   * Colours the plots by their stage on the as-of date (`stages` by position in `plots`, the
   * plots last given to setData; null for the ledger's stages), by feature-state: nothing is re-sent.
   */
  async setStagesOnDate(plots: readonly Plot[], stages: Uint8Array | null, date: string): Promise<void> {
    await this.ready;
    if (plots !== this.data?.plots) return;
    this.shownStages = { plots, stages };
    const changed = this.stagesOnDate.show(plots, stages);
    this.container.dataset.asOf = date;
    if (changed === 0) return;
    this.setIdle(false);
    this.map.triggerRepaint();
  }

  /** Hides the filtered-out plots of those last given to setData, by feature-state: nothing is re-sent. */
  async setHiddenPlots(hidden: HiddenPlots): Promise<void> {
    await this.ready;
    const clearsAll = hidden.count === 0 && this.visibility.hiddenCount > 0;
    const changed = this.visibility.show(hidden);
    // Showing everything again drops all of the source's states, the stages on the date among them.
    if (clearsAll && this.shownStages) this.stagesOnDate.show(this.shownStages.plots, this.shownStages.stages, true);
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
    if (bounds) this.flyToBounds(bounds);
  }

  /** Flies to where a feature lies that is not on the map, e.g. a rejected one named in the data checks. */
  flyToBounds(bounds: LonLatBounds): void {
    this.setIdle(false);
    this.fit.flyTo(bounds);
  }

  /** Starts drawing a polygon or line to measure, or stops (and with `clear`, removes the shape). */
  async setDrawing(kind: DrawnShape['kind'] | null, clear: boolean): Promise<void> {
    await this.ready;
    // A start that a later call overtook while the drawing tool loaded says nothing.
    if (kind && !(await this.drawing.start(kind))) return;
    if (!kind) this.drawing.stop(clear);
    // Says when the map takes clicks as corners, for the cursor and for anyone driving the page.
    this.container.dataset.drawing = kind ?? '';
  }

  destroy(): void {
    this.removed = true;
    this.fit.destroy();
    this.boxSelect.destroy();
    this.drawing.destroy();
    this.map.remove();
    this.plotsSource.destroy();
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  private setIdle(idle: boolean): void {
    this.container.dataset.idle = String(idle);
  }
}
