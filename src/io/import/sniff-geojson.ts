/** Bytes of a GeoJSON's start looked at to decide whether it needs the import preview. */
export const SNIFF_BYTES = 64 * 1024;

const FIRST_POSITION = /"coordinates"\s*:\s*\[[\s[]*(-?[\d.eE+-]+)\s*,\s*(-?[\d.eE+-]+)/;
const CRS_NAME = /"crs"\s*:\s*\{[^}]*"name"\s*:\s*"([^"]*)"/;

/**
 * Whether a GeoJSON, judged by its first bytes, can go straight to the streaming file loader:
 * UTF-8, no projected coordinates, no `crs` other than longitude/latitude. Anything else (GBK
 * text, a Gauss-Krüger easting, a Shapefile or zip renamed .geojson) gets the import preview.
 */
export function geoJsonNeedsPreview(head: Uint8Array): boolean {
  if (head[0] === 0x50 && head[1] === 0x4b) return true;
  if (head[0] === 0x00 && head[1] === 0x00 && head[2] === 0x27 && head[3] === 0x0a) return true;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return true;
  }
  const crs = CRS_NAME.exec(text)?.[1];
  if (crs !== undefined && !/CRS84|EPSG:{1,2}(4326|4490)\b/i.test(crs)) return true;
  const position = FIRST_POSITION.exec(text);
  if (!position) return false;
  const [x, y] = [Number(position[1]), Number(position[2])];
  return Math.abs(x) > 180 || Math.abs(y) > 90;
}
