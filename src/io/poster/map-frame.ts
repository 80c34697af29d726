import type { Position } from 'geojson';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/**
 * Where the map sits on the poster in Web Mercator: `scale` poster pixels per mercator unit
 * (the whole world is 1 × 1), centred on (`centerX`, `centerY`) in mercator units.
 */
export interface MapFrame {
  rect: Rect;
  scale: number;
  centerX: number;
  centerY: number;
}

const EARTH_RADIUS = 6378137;

export function mercatorX(longitude: number): number {
  return (longitude + 180) / 360;
}

export function mercatorY(latitude: number): number {
  const phi = (latitude * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

function longitudeOf(x: number): number {
  return x * 360 - 180;
}

function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The frame that shows `bounds` as large as fits in `rect`, at least `padding` pixels from its
 * edges (a number for all four), centred in the padded area.
 */
export function fitFrame(bounds: Bounds, rect: Rect, padding: number | Padding): MapFrame {
  const { top, right, bottom, left } = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const [west, south, east, north] = bounds;
  const spanX = Math.max(mercatorX(east) - mercatorX(west), 1e-12);
  const spanY = Math.max(mercatorY(south) - mercatorY(north), 1e-12);
  const scale = Math.min((rect.width - left - right) / spanX, (rect.height - top - bottom) / spanY);
  // The padded area's centre sits (left - right) / 2 right of and (top - bottom) / 2 below the rectangle's.
  return {
    rect,
    scale,
    centerX: (mercatorX(west) + mercatorX(east)) / 2 - (left - right) / 2 / scale,
    centerY: (mercatorY(north) + mercatorY(south)) / 2 - (top - bottom) / 2 / scale,
  };
}

/** A longitude/latitude to poster pixels. */
export function project(frame: MapFrame, [longitude, latitude]: Position): [number, number] {
  const { rect, scale } = frame;
  return [
    rect.x + rect.width / 2 + (mercatorX(longitude) - frame.centerX) * scale,
    rect.y + rect.height / 2 + (mercatorY(latitude) - frame.centerY) * scale,
  ];
}

/** Poster pixels to a longitude/latitude. */
export function unproject(frame: MapFrame, x: number, y: number): [number, number] {
  const { rect, scale } = frame;
  return [
    longitudeOf(frame.centerX + (x - rect.x - rect.width / 2) / scale),
    latitudeOf(frame.centerY + (y - rect.y - rect.height / 2) / scale),
  ];
}

/** maplibre's zoom for this frame when drawn at `pixelRatio` (its world is 512 CSS px at zoom 0). */
export function frameZoom(frame: MapFrame, pixelRatio: number): number {
  return Math.log2(frame.scale / (512 * pixelRatio));
}

/** Ground metres per poster pixel at the frame's centre. */
export function metresPerPixel(frame: MapFrame): number {
  const latitude = latitudeOf(frame.centerY);
  return (2 * Math.PI * EARTH_RADIUS * Math.cos((latitude * Math.PI) / 180)) / frame.scale;
}

/** The longest round length (1, 2 or 5 × 10ⁿ m) that is at most `maxPixels` long, and its pixels. */
export function scaleBar(frame: MapFrame, maxPixels: number): { metres: number; pixels: number } {
  const perPixel = metresPerPixel(frame);
  const limit = maxPixels * perPixel;
  let metres = 10 ** Math.floor(Math.log10(limit));
  for (const step of [5, 2]) if (metres * step <= limit) return { metres: metres * step, pixels: (metres * step) / perPixel };
  metres = Math.max(metres, 1);
  return { metres, pixels: metres / perPixel };
}

/** A tile of the map, in pixels of the map's own rectangle, and the place at its centre. */
export interface MapTile extends Rect {
  center: [number, number];
}

/**
 * Splits the map into tiles of at most `maxTile` pixels a side, each a whole multiple of
 * `pixelRatio` so that maplibre draws it to the exact pixel, with the place at each centre.
 */
export function planTiles(frame: MapFrame, maxTile: number, pixelRatio: number): MapTile[] {
  const largest = Math.floor(maxTile / pixelRatio) * pixelRatio;
  const { width, height } = frame.rect;
  const columns = Math.ceil(width / largest);
  const rows = Math.ceil(height / largest);
  const split = (total: number, parts: number) => {
    const sizes: number[] = [];
    let left = total;
    for (let part = parts; part > 0; part--) {
      const size = part === 1 ? left : Math.ceil(left / part / pixelRatio) * pixelRatio;
      sizes.push(size);
      left -= size;
    }
    return sizes;
  };
  const tiles: MapTile[] = [];
  let y = 0;
  for (const tileHeight of split(height, rows)) {
    let x = 0;
    for (const tileWidth of split(width, columns)) {
      const center = unproject(frame, frame.rect.x + x + tileWidth / 2, frame.rect.y + y + tileHeight / 2);
      tiles.push({ x, y, width: tileWidth, height: tileHeight, center });
      x += tileWidth;
    }
    y += tileHeight;
  }
  return tiles;
}

/** The bounds of any GeoJSON geometry's coordinates. */
export function coordinateBounds(positions: Iterable<Position>): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [x, y] of positions) {
    west = Math.min(west, x);
    south = Math.min(south, y);
    east = Math.max(east, x);
    north = Math.max(north, y);
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

/** Every vertex of a polygon or multipolygon. */
export function* polygonPositions(geometry: { type: string; coordinates: unknown }): Generator<Position> {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []) as Position[][][];
  for (const rings of polygons) for (const ring of rings) yield* ring;
}
