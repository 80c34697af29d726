/** West, south, east, north in degrees. */
export type LonLatBounds = [number, number, number, number];

function isPosition(value: unknown): value is [number, number] {
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number';
}

/**
 * Where a geometry lies, however broken it is: the bounds of every [longitude, latitude] pair
 * on the globe found in its coordinates, walked without recursion. Null when there is none.
 * It lets the data checks show a rejected feature on the map.
 */
export function looseBounds(geometry: unknown): LonLatBounds | null {
  if (typeof geometry !== 'object' || geometry === null) return null;
  const bounds: LonLatBounds = [Infinity, Infinity, -Infinity, -Infinity];
  const pending: unknown[] = [(geometry as { coordinates?: unknown }).coordinates];
  while (pending.length > 0) {
    const value = pending.pop();
    if (!Array.isArray(value)) continue;
    if (isPosition(value)) {
      const [lon, lat] = value;
      if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) continue;
      bounds[0] = Math.min(bounds[0], lon);
      bounds[1] = Math.min(bounds[1], lat);
      bounds[2] = Math.max(bounds[2], lon);
      bounds[3] = Math.max(bounds[3], lat);
      continue;
    }
    for (const item of value) pending.push(item);
  }
  return bounds[0] <= bounds[2] ? bounds : null;
}
