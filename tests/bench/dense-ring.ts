import type { Position } from 'geojson';
import { loadPlots } from '../../src/domain/load-plots';
import { withGoal, type Figure } from './results';
import { median } from './statistics';

const CORNERS = 2_000_000;

/**
 * A 1 km square whose sides carry `corners` collinear corners: the worst case for a check that
 * compares edges overlapping in longitude (each side's edges all overlap), and a stand-in for
 * the densest real boundaries.
 */
export function denseSquareRing(corners: number): Position[] {
  const side = corners / 4;
  const west = 120.5;
  const south = 30.6;
  const size = 0.01;
  const ring: Position[] = [];
  for (let step = 0; step < side; step++) ring.push([west + (size * step) / side, south]);
  for (let step = 0; step < side; step++) ring.push([west + size, south + (size * step) / side]);
  for (let step = 0; step < side; step++) ring.push([west + size - (size * step) / side, south + size]);
  for (let step = 0; step < side; step++) ring.push([west, south + size - (size * step) / side]);
  ring.push(ring[0]);
  return ring;
}

/** loadPlots on one plot of 2,000,000 corners: shape, rings, self-intersection sweep and area. */
export function denseRingFigures(): Figure[] {
  const feature = { type: 'Feature', properties: { id: 'dense', stage: 'signed' }, geometry: { type: 'Polygon', coordinates: [denseSquareRing(CORNERS)] } };
  const times: number[] = [];
  let loaded = 0;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    loaded = loadPlots({ type: 'FeatureCollection', features: [feature] }).plots.length;
    times.push(performance.now() - start);
  }
  if (loaded !== 1) throw new Error('The dense ring was rejected');
  return [
    withGoal(
      {
        key: 'domain.dense_ring_ms',
        label: `validate one polygon of ${CORNERS.toLocaleString('en-US')} corners (loadPlots)`,
        value: median(times),
        unit: 'ms',
        samples: times,
        note: 'a square whose sides carry the corners in lines; the check sweeps the edges in O(n log n)',
      },
      '<',
      5000,
    ),
  ];
}
