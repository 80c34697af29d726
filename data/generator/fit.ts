import type { Position } from 'geojson';
import { geodesicAreaMu } from '../../src/domain/area';
import { project, type Boundaries } from './boundaries';
import { roundCoordinate, type Point } from './geometry';

function areaOf(open: readonly Position[]): number {
  return geodesicAreaMu({ type: 'Polygon', coordinates: [[...open, open[0]]] });
}

function scaleAbout(open: Position[], factor: number): Position[] {
  let lon = 0;
  let lat = 0;
  for (const [x, y] of open) {
    lon += x;
    lat += y;
  }
  lon /= open.length;
  lat /= open.length;
  return open.map(([x, y]) => [lon + (x - lon) * factor, lat + (y - lat) * factor]);
}

const STEP = 1e-7;
const MOVES: readonly [number, number][] = [[STEP, 0], [-STEP, 0], [0, STEP], [0, -STEP]];

/**
 * Nudges single rounded coordinates by one step (about 1 cm) while that brings the area closer
 * to the target, since rounding to 7 decimals alone leaves errors of a few thousandths of a mu.
 */
function nudge(open: Position[], targetMu: number): Position[] {
  const moved = (vertex: number, [dx, dy]: readonly [number, number]): Position => [
    roundCoordinate(open[vertex][0] + dx),
    roundCoordinate(open[vertex][1] + dy),
  ];
  let error = areaOf(open) - targetMu;
  for (let round = 0; round < 200; round++) {
    let best: { vertex: number; move: readonly [number, number]; error: number } | null = null;
    for (let vertex = 0; vertex < open.length; vertex++) {
      for (const move of MOVES) {
        const trial = open.slice();
        trial[vertex] = moved(vertex, move);
        const trialError = areaOf(trial) - targetMu;
        if (Math.abs(trialError) < Math.abs(best ? best.error : error)) best = { vertex, move, error: trialError };
      }
    }
    if (!best) break;
    open[best.vertex] = moved(best.vertex, best.move);
    error = best.error;
  }
  return open;
}

/**
 * The outline in lon/lat, scaled about its middle until its ellipsoidal area is `targetMu`,
 * coordinates rounded to 7 decimals; closed, counter-clockwise.
 */
export function fitOutline(boundaries: Boundaries, ring: readonly Point[], targetMu: number, exact: boolean): Position[] {
  let open = ring.map((point) => project(boundaries, point));
  for (let round = 0; round < 3; round++) open = scaleAbout(open, Math.sqrt(targetMu / areaOf(open)));
  open = open.map(([x, y]) => [roundCoordinate(x), roundCoordinate(y)]);
  if (exact) open = nudge(open, targetMu);
  return [...open, open[0]];
}
