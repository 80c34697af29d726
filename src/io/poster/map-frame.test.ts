import { describe, expect, it } from 'vitest';
import { fitFrame, frameZoom, metresPerPixel, planTiles, project, scaleBar, unproject } from './map-frame';

const rect = { x: 100, y: 50, width: 3000, height: 2400 };
const bounds: [number, number, number, number] = [120.5, 30.6, 120.7, 30.75];

describe('fitFrame', () => {
  const frame = fitFrame(bounds, rect, 60);

  it('fits the bounds inside the padding and centres them', () => {
    const [west, north] = project(frame, [bounds[0], bounds[3]]);
    const [east, south] = project(frame, [bounds[2], bounds[1]]);
    expect(Math.min(west - rect.x, rect.x + rect.width - east, north - rect.y, rect.y + rect.height - south)).toBeCloseTo(60, 6);
    expect((west + east) / 2).toBeCloseTo(rect.x + rect.width / 2, 6);
    expect((north + south) / 2).toBeCloseTo(rect.y + rect.height / 2, 6);
  });

  it('unprojects what it projects', () => {
    const [x, y] = project(frame, [120.6123, 30.7011]);
    const [longitude, latitude] = unproject(frame, x, y);
    expect(longitude).toBeCloseTo(120.6123, 9);
    expect(latitude).toBeCloseTo(30.7011, 9);
  });

  it('gives maplibre the zoom that draws the same scale at the given pixel ratio', () => {
    expect(512 * 3 * 2 ** frameZoom(frame, 3)).toBeCloseTo(frame.scale, 6);
  });

  it('picks a round scale bar length no longer than allowed', () => {
    const bar = scaleBar(frame, 600);
    expect(String(bar.metres)).toMatch(/^[125]0*$/);
    expect(bar.pixels).toBeLessThanOrEqual(600);
    expect(bar.pixels).toBeGreaterThan(600 / 2.5);
    expect(bar.pixels * metresPerPixel(frame)).toBeCloseTo(bar.metres, 6);
  });
});

describe('planTiles', () => {
  it('keeps one tile when the map fits the limit', () => {
    const tiles = planTiles(fitFrame(bounds, { x: 0, y: 0, width: 2400, height: 2100 }, 0), 4096, 3);
    expect(tiles.map(({ x, y, width, height }) => [x, y, width, height])).toEqual([[0, 0, 2400, 2100]]);
  });

  it('splits a large map into whole-pixel-ratio tiles that cover it exactly', () => {
    const frame = fitFrame(bounds, { x: 10, y: 20, width: 9000, height: 5004 }, 0);
    const tiles = planTiles(frame, 4096, 4);
    expect(tiles).toHaveLength(6);
    for (const tile of tiles) {
      expect(tile.width % 4).toBe(0);
      expect(tile.height % 4).toBe(0);
      expect(Math.max(tile.width, tile.height)).toBeLessThanOrEqual(4096);
      const [x, y] = project(frame, tile.center);
      expect(x - 10 - tile.x).toBeCloseTo(tile.width / 2, 6);
      expect(y - 20 - tile.y).toBeCloseTo(tile.height / 2, 6);
    }
    expect(tiles.filter((tile) => tile.y === 0).reduce((sum, tile) => sum + tile.width, 0)).toBe(9000);
    expect(tiles.filter((tile) => tile.x === 0).reduce((sum, tile) => sum + tile.height, 0)).toBe(5004);
  });
});

describe('fitFrame with uneven padding', () => {
  it('keeps the bounds out of a wide left margin', () => {
    const frame = fitFrame(bounds, rect, { top: 20, right: 40, bottom: 20, left: 900 });
    const [west] = project(frame, [bounds[0], bounds[3]]);
    const [east] = project(frame, [bounds[2], bounds[1]]);
    expect(west).toBeGreaterThanOrEqual(rect.x + 900 - 1e-6);
    expect(east).toBeLessThanOrEqual(rect.x + rect.width - 40 + 1e-6);
  });
});
