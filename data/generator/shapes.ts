import { doubleSignedArea, rotateAbout, type Point } from './geometry';
import type { Random } from './random';

/** Outlines in a unit square, u along the road and v away from it, like factory lots. */
function template(random: Random): Point[] {
  const kind = random.weighted([
    ['rectangle', 45],
    ['l-shape', 20],
    ['trapezoid', 12],
    ['chamfer', 10],
    ['notched', 6],
    ['stepped', 7],
  ] as const);
  const a = random.between(0.3, 0.6);
  const b = random.between(0.35, 0.7);
  switch (kind) {
    case 'rectangle':
      return [[0, 0], [1, 0], [1, 1], [0, 1]];
    case 'l-shape':
      return random.chance(0.5)
        ? [[0, 0], [1, 0], [1, b], [a, b], [a, 1], [0, 1]]
        : [[0, 0], [1, 0], [1, 1], [1 - a, 1], [1 - a, b], [0, b]];
    case 'trapezoid':
      return [[0, 0], [1, 0], [1 - random.between(0, 0.25), 1], [random.between(0, 0.25), 1]];
    case 'chamfer':
      return [[0, 0], [1, 0], [1, 1 - a / 2], [1 - a / 2, 1], [0, 1]];
    case 'notched': {
      const left = random.between(0.25, 0.4);
      const right = random.between(0.6, 0.75);
      return [[0, 0], [1, 0], [1, 1], [right, 1], [right, b], [left, b], [left, 1], [0, 1]];
    }
    case 'stepped':
      return [[0, 0], [1, 0], [1, b], [1 - a / 2, b], [1 - a / 2, 1], [a / 2, 1], [a / 2, b + 0.1], [0, b + 0.1]];
  }
}

export interface Lot {
  /** Extent along the road and away from it, margins included. */
  width: number;
  depth: number;
  /** Open counter-clockwise outline inside [0, width] × [0, depth]. */
  ring: Point[];
}

const SQUARE_METRES_PER_MU = 10000 / 15;

/** A lot holding one plot of about `areaMu`, no deeper than `maximumDepth` where it can help. */
export function makeLot(random: Random, areaMu: number, maximumDepth: number): Lot {
  const unit = template(random);
  const fill = doubleSignedArea(unit) / 2;
  const area = areaMu * SQUARE_METRES_PER_MU;
  let innerDepth = Math.min(maximumDepth, Math.sqrt((area / fill) * random.between(0.7, 1.8)));
  innerDepth = Math.max(25, innerDepth, Math.sqrt(area / fill / 3));
  let innerWidth = area / (fill * innerDepth);
  if (innerWidth < 22) {
    innerWidth = 22;
    innerDepth = area / (fill * innerWidth);
  }
  const angle = (random.between(-2.5, 2.5) * Math.PI) / 180;
  const sideMargin = 1.5 + Math.abs(Math.sin(angle)) * innerDepth * 0.5 + 0.01 * innerWidth;
  const frontMargin = 1.5 + Math.abs(Math.sin(angle)) * innerWidth * 0.5 + 0.01 * innerDepth;
  const wobble = Math.min(0.8, 0.01 * Math.min(innerWidth, innerDepth));
  const placed = unit.map(([u, v]): Point => [
    sideMargin + u * innerWidth + random.between(-wobble, wobble),
    frontMargin + v * innerDepth + random.between(-wobble, wobble),
  ]);
  const center: Point = [sideMargin + innerWidth / 2, frontMargin + innerDepth / 2];
  const ring = placed.map((point) => rotateAbout(point, angle, center));
  return { width: innerWidth + 2 * sideMargin, depth: innerDepth + 2 * frontMargin, ring };
}
