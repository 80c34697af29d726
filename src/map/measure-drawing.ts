import type { LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';

export type DrawnShape = { kind: 'polygon'; geometry: Polygon } | { kind: 'line'; geometry: LineString };

const INK = '#b22222';
const MODE = { polygon: 'polygon', line: 'linestring', idle: 'static' } as const;

/**
 * Drawing a polygon or a line to measure, by terra-draw: click to add points, click the first
 * point (polygon) or the last point again (line) or press Enter to finish. The finished shape
 * stays on the map until the next one is started or it is cleared. terra-draw is loaded when
 * the first shape is started: most who open a battle map never measure, and it is some 25 KB
 * of gzip the page would otherwise load at start.
 */
export class MeasureDrawing {
  private draw: TerraDraw | null = null;
  private loading: Promise<TerraDraw | null> | null = null;
  private started = false;
  private removed = false;
  /** Counts start and stop calls, so that a start still loading gives way to a later call. */
  private calls = 0;
  /** Set by the click that finishes a shape, which must not also act on the map. */
  private finishing = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly onFinish: (shape: DrawnShape) => void,
  ) {
    map.getCanvasContainer().addEventListener('mousedown', () => (this.finishing = false), true);
  }

  get active(): boolean {
    return this.started && this.draw?.getMode() !== MODE.idle;
  }

  /** True for a map click that belongs to the drawing: one while drawing, or the one that finished it. */
  takesClick(): boolean {
    const finishing = this.finishing;
    this.finishing = false;
    return this.active || finishing;
  }

  /**
   * Starts drawing a new shape in place of the last one. Resolves once clicks draw it: true, or
   * false when a later start or stop came first (or the map was removed) while terra-draw loaded.
   */
  async start(kind: DrawnShape['kind']): Promise<boolean> {
    const call = ++this.calls;
    const draw = await this.loaded();
    if (!draw || call !== this.calls) return false;
    if (!this.started) {
      draw.start();
      this.started = true;
    }
    draw.clear();
    draw.setMode(MODE[kind]);
    return true;
  }

  /** Stops drawing; with `clear`, also removes the drawn shape. */
  stop(clear: boolean): void {
    this.calls++;
    if (!this.draw || !this.started) return;
    if (clear) this.draw.clear();
    this.draw.setMode(MODE.idle);
  }

  destroy(): void {
    this.removed = true;
    if (this.draw && this.started) this.draw.stop();
  }

  /** terra-draw on this map, loaded on first use; null when the map was removed meanwhile. */
  private loaded(): Promise<TerraDraw | null> {
    this.loading ??= Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]).then(([terra, { TerraDrawMapLibreGLAdapter }]) => {
      if (this.removed) return null;
      const draw = new terra.TerraDraw({
        adapter: new TerraDrawMapLibreGLAdapter({ map: this.map, prefixId: 'measure' }),
        modes: [
          new terra.TerraDrawPolygonMode({
            styles: { fillColor: INK, fillOpacity: 0.12, outlineColor: INK, outlineWidth: 3, closingPointColor: '#ffffff', closingPointOutlineColor: INK, coordinatePointColor: INK },
          }),
          new terra.TerraDrawLineStringMode({ styles: { lineStringColor: INK, lineStringWidth: 3, closingPointColor: '#ffffff', closingPointOutlineColor: INK } }),
        ],
      });
      draw.on('finish', (id, context) => {
        if (context.action !== 'draw') return;
        this.finishing = true;
        const geometry = draw.getSnapshotFeature(id)?.geometry;
        draw.setMode(MODE.idle);
        if (geometry?.type === 'Polygon') this.onFinish({ kind: 'polygon', geometry });
        else if (geometry?.type === 'LineString') this.onFinish({ kind: 'line', geometry });
      });
      this.draw = draw;
      return draw;
    });
    return this.loading;
  }
}
