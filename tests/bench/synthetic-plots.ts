import type { Polygon, Position } from 'geojson';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run measures the same plots. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METRES_PER_DEGREE = 111_320;

/**
 * `count` plot outlines of 10–30 vertices, 20–300 m across their centre, scattered over the
 * latitudes China spans (18°–54° N): star-shaped, counter-clockwise, closed.
 */
export function syntheticPlotOutlines(count: number, seed = 6): Polygon[] {
  const random = seededRandom(seed);
  const outlines: Polygon[] = [];
  for (let plot = 0; plot < count; plot++) {
    const latitude = 18 + random() * 36;
    const longitude = 75 + random() * 60;
    const vertices = 10 + Math.floor(random() * 21);
    const radius = 20 + random() * 280;
    const metresPerDegreeLon = METRES_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);
    const ring: Position[] = [];
    for (let vertex = 0; vertex < vertices; vertex++) {
      const angle = ((vertex + 0.8 * (random() - 0.5)) / vertices) * 2 * Math.PI;
      const distance = radius * (0.6 + 0.4 * random());
      ring.push([
        longitude + (distance * Math.cos(angle)) / metresPerDegreeLon,
        latitude + (distance * Math.sin(angle)) / METRES_PER_DEGREE,
      ]);
    }
    ring.push([...ring[0]]);
    outlines.push({ type: 'Polygon', coordinates: [ring] });
  }
  return outlines;
}
