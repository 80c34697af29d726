/**
 * Screen position of a lon/lat on a north-up, unpitched map of 512-pixel tiles (maplibre's),
 * given the map's centre and zoom as written in its `#map=zoom/lat/lon` hash, and back.
 */
export interface MapCamera {
  zoom: number;
  lat: number;
  lon: number;
  /** The map element's size and place on the page. */
  box: { x: number; y: number; width: number; height: number };
}

function worldSize(zoom: number): number {
  return 512 * 2 ** zoom;
}

function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

function mercatorY(lat: number): number {
  const sine = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI);
}

export function toScreen(camera: MapCamera, lon: number, lat: number): { x: number; y: number } {
  const size = worldSize(camera.zoom);
  return {
    x: camera.box.x + camera.box.width / 2 + (mercatorX(lon) - mercatorX(camera.lon)) * size,
    y: camera.box.y + camera.box.height / 2 + (mercatorY(lat) - mercatorY(camera.lat)) * size,
  };
}

export function toLonLat(camera: MapCamera, x: number, y: number): [number, number] {
  const size = worldSize(camera.zoom);
  const worldX = mercatorX(camera.lon) + (x - camera.box.x - camera.box.width / 2) / size;
  const worldY = mercatorY(camera.lat) + (y - camera.box.y - camera.box.height / 2) / size;
  const lon = worldX * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * worldY))) * 180) / Math.PI;
  return [lon, lat];
}
