import type { LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

export type DrawnShape = { kind: 'polygon'; geometry: Polygon } | { kind: 'line'; geometry: LineString };

const INK = '#b22222';
const MODE = { polygon: 'polygon', line: 'linestring', idle: 'static' } as const;

/**
 * Drawing a polygon or a line to measure, by terra-draw: click to add points, click the first
 * point (polygon) or the last point again (line) or press Enter to finish. The finished shape
 * stays on the map until the next one is started or it is cleared.
 */
export class MeasureDrawing {
  private readonly draw: TerraDraw;
  private started = false;
  /** Set by the click that finishes a shape, which must not also act on the map. */
  private finishing = false;

  constructor(map: MapLibreMap, onFinish: (shape: DrawnShape) => void) {
    map.getCanvasContainer().addEventListener('mousedown', () => (this.finishing = false), true);
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'measure' }),
      modes: [
        new TerraDrawPolygonMode({
          styles: { fillColor: INK, fillOpacity: 0.12, outlineColor: INK, outlineWidth: 3, closingPointColor: '#ffffff', closingPointOutlineColor: INK, coordinatePointColor: INK },
        }),
        new TerraDrawLineStringMode({ styles: { lineStringColor: INK, lineStringWidth: 3, closingPointColor: '#ffffff', closingPointOutlineColor: INK } }),
      ],
    });
    this.draw.on('finish', (id, context) => {
      if (context.action !== 'draw') return;
      this.finishing = true;
      const geometry = this.draw.getSnapshotFeature(id)?.geometry;
      this.draw.setMode(MODE.idle);
      if (geometry?.type === 'Polygon') onFinish({ kind: 'polygon', geometry });
      else if (geometry?.type === 'LineString') onFinish({ kind: 'line', geometry });
    });
  }

  get active(): boolean {
    return this.started && this.draw.getMode() !== MODE.idle;
  }

  /** True for a map click that belongs to the drawing: one while drawing, or the one that finished it. */
  takesClick(): boolean {
    const finishing = this.finishing;
    this.finishing = false;
    return this.active || finishing;
  }

  /** Starts drawing a new shape in place of the last one. */
  start(kind: DrawnShape['kind']): void {
    if (!this.started) {
      this.draw.start();
      this.started = true;
    }
    this.draw.clear();
    this.draw.setMode(MODE[kind]);
  }

  /** Stops drawing; with `clear`, also removes the drawn shape. */
  stop(clear: boolean): void {
    if (!this.started) return;
    if (clear) this.draw.clear();
    this.draw.setMode(MODE.idle);
  }

  destroy(): void {
    if (this.started) this.draw.stop();
  }
}
