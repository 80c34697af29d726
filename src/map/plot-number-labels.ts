import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { leaderStart, numberLabelSize, placeLabels, type LabelRequest } from '../domain/plot-labels/place-labels';
import { NO_INSETS, type Insets } from './map-fit';

/**
 * The smallest text a plot number is drawn at: readable on screen (≥ 12 px). (Paper has its
 * own drawing of the map, at 7 pt or more: ui/battle-map/render-print-map.)
 */
export const SMALLEST_NUMBER_SIZE = 12;

export interface NumberedPoint {
  number: number;
  position: Position;
}

/**
 * A battle map's plot numbers, every one drawn: each number is placed on screen where it
 * overlaps no other and stays clear of the overlays, on its plot where there is room and
 * otherwise nearby with a leader line to the plot. Placed again whenever the view settles.
 */
export class PlotNumberLabels {
  private numbers: readonly NumberedPoint[] = [];
  private textSize = 13;
  private insets: Insets = NO_INSETS;
  /** Numbers for which the view had no room (0 unless the map is very small or zoomed far in). */
  unplaced = 0;
  /** The text size the numbers were last drawn at. */
  drawnSize = 13;

  constructor(
    private readonly map: MapLibreMap,
    private readonly sources: { numbers: string; leaders: string },
  ) {}

  set(numbers: readonly NumberedPoint[], textSize: number): void {
    this.numbers = numbers;
    this.textSize = textSize;
    this.layout();
  }

  setInsets(insets: Insets): void {
    this.insets = insets;
    this.layout();
  }

  /** Places the numbers for the map's current view. */
  layout(): void {
    if (!this.map.getSource(this.sources.numbers)) return;
    const canvas = this.map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const margin = 2;
    const frame = {
      left: this.insets.left + margin,
      top: this.insets.top + margin,
      right: width - this.insets.right - margin,
      bottom: height - this.insets.bottom - margin,
    };
    const points: Array<{ id: number; x: number; y: number }> = [];
    for (const { number, position } of this.numbers) {
      const point = this.map.project(position as [number, number]);
      // Plots out of view keep their numbers out of view too.
      if (point.x < frame.left || point.x > frame.right || point.y < frame.top || point.y > frame.bottom) continue;
      points.push({ id: number, x: point.x, y: point.y });
    }
    // Where the view is too crowded for every number at the chosen size, a smaller size (never under 12 px).
    const largest = Math.max(this.textSize, SMALLEST_NUMBER_SIZE);
    let textSize = largest;
    let requests: LabelRequest[] = [];
    let placement: ReturnType<typeof placeLabels> = { placed: [], unplaced: points.map((point) => point.id) };
    if (frame.right > frame.left && frame.bottom > frame.top) {
      for (textSize = largest; ; textSize--) {
        const size = textSize;
        requests = points.map((point) => ({ ...point, ...numberLabelSize(point.id, size) }));
        placement = placeLabels(requests, frame);
        if (placement.unplaced.length === 0 || textSize <= SMALLEST_NUMBER_SIZE) break;
      }
    }
    const { placed, unplaced } = placement;
    this.unplaced = unplaced.length;
    this.drawnSize = textSize;
    const sizes = new Map(requests.map((request) => [request.id, request]));
    const labels: Feature<Point>[] = [];
    const leaders: Feature<LineString>[] = [];
    for (const label of placed) {
      const at = this.map.unproject([label.x, label.y]);
      labels.push({ type: 'Feature', id: label.id, geometry: { type: 'Point', coordinates: [at.lng, at.lat] }, properties: { number: label.id, size: textSize } });
      if (!label.leader) continue;
      const size = sizes.get(label.id);
      const [x, y] = leaderStart(label, size?.width ?? 0, size?.height ?? 0);
      const from = this.map.unproject([label.anchorX, label.anchorY]);
      const to = this.map.unproject([x, y]);
      leaders.push({ type: 'Feature', id: label.id, geometry: { type: 'LineString', coordinates: [[from.lng, from.lat], [to.lng, to.lat]] }, properties: {} });
    }
    this.source(this.sources.numbers)?.setData({ type: 'FeatureCollection', features: labels } satisfies FeatureCollection);
    this.source(this.sources.leaders)?.setData({ type: 'FeatureCollection', features: leaders } satisfies FeatureCollection);
  }

  /** Says on the map's element what a person can count on screen: the numbers drawn, those without room, their size. */
  report(container: HTMLElement): void {
    container.dataset.numbersDrawn = String(this.renderedCount());
    container.dataset.numbersUnplaced = String(this.unplaced);
    container.dataset.numberSize = String(this.drawnSize);
  }

  /** How many different numbers the map has drawn, from its rendered features (a feature spanning tiles counts once). */
  renderedCount(): number {
    const seen = new Set<string | number>();
    for (const feature of this.map.queryRenderedFeatures({ layers: ['plot-number'] })) {
      if (feature.id !== undefined) seen.add(feature.id);
    }
    return seen.size;
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource(id) as GeoJSONSource | undefined;
  }
}
