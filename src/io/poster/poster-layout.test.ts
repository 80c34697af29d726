import { describe, expect, it } from 'vitest';
import { NUMBER_UNITS } from './draw-map-furniture';
import type { Rect } from './map-frame';
import { ledgerLayout, ledgerSheetLayout, posterLayout } from './poster-layout';
import { checkCanvasSize, POSTER_SIZES, PosterSizeError, smallestTextPixels } from './poster-sizes';

const content = { rowCount: 143, villageCount: 4, stageCount: 7, metricCount: 5 };

function inside(inner: Rect, outer: { width: number; height: number }): boolean {
  return inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= outer.width && inner.y + inner.height <= outer.height;
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('posterLayout', () => {
  it.each(Object.entries(POSTER_SIZES))('keeps every part of %s on the sheet without overlaps', (_, size) => {
    const layout = posterLayout(size.width, size.height, content);
    const parts = [layout.map, layout.villages, layout.targets, layout.trend, layout.ledger.rect];
    for (const part of parts) expect(inside(part, size)).toBe(true);
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i], parts[j])).toBe(false);
    expect(inside(layout.legend, size)).toBe(true);
    expect(layout.legend.x).toBeGreaterThanOrEqual(layout.map.x);
    expect(layout.legend.y + layout.legend.height).toBeLessThanOrEqual(layout.map.y + layout.map.height);
  });

  it('sizes the map in whole multiples of the pixel ratio it is drawn at', () => {
    const a3 = posterLayout(4961, 3508, content);
    expect(a3.mapPixelRatio).toBe(3);
    expect(a3.map.width % 3).toBe(0);
    expect(a3.map.height % 3).toBe(0);
    expect(posterLayout(6622, 4677, content).mapPixelRatio).toBe(4);
    expect(posterLayout(1600, 900, content).mapPixelRatio).toBe(1);
  });

  it('scales with the sheet: A1 is the A3 layout at 4677/3508 the size', () => {
    const a3 = posterLayout(4961, 3508, content);
    const a1 = posterLayout(6622, 4677, content);
    expect(a1.title.fontSize / a3.title.fontSize).toBeCloseTo(4677 / 3508, 2);
    expect(a1.ledger.groups).toBe(a3.ledger.groups);
  });
});

describe('a poster for paper', () => {
  it.each([143, 194, 274, 300])('prints all %i ledger rows at 7 pt or more on A3 and A1, going on over further sheets', (rowCount) => {
    for (const size of Object.values(POSTER_SIZES)) {
      const smallestText = smallestTextPixels(size.dpi);
      const first = posterLayout(size.width, size.height, { ...content, rowCount, smallestText }).ledger;
      const parts = [first];
      while (parts[parts.length - 1].last < rowCount) parts.push(ledgerSheetLayout(size.width, size.height, parts[parts.length - 1].last, rowCount, smallestText).ledger);
      expect(parts.length).toBeLessThan(5);
      let next = 0;
      for (const part of parts) {
        expect(part.first).toBe(next);
        expect(part.fontSize).toBeGreaterThanOrEqual(smallestText);
        expect(part.groups * part.rowsPerGroup).toBeGreaterThanOrEqual(part.last - part.first);
        expect(part.titleHeight + (part.rowsPerGroup + 1) * part.rowHeight).toBeLessThanOrEqual(part.rect.height + 1e-6);
        expect(part.groups * part.groupWidth + (part.groups - 1) * part.groupGap).toBeCloseTo(part.rect.width, 6);
        next = part.last;
      }
      expect(next).toBe(rowCount);
    }
  });

  it('keeps A3 plot numbers at 7 pt or more, and A1 larger', () => {
    const a3 = posterLayout(POSTER_SIZES.a3.width, POSTER_SIZES.a3.height, content);
    const a1 = posterLayout(POSTER_SIZES.a1.width, POSTER_SIZES.a1.height, content);
    const points = (layout: typeof a3, dpi: number) => ((NUMBER_UNITS * layout.unit) / dpi) * 72;
    expect(points(a3, POSTER_SIZES.a3.dpi)).toBeGreaterThanOrEqual(7);
    expect(points(a1, POSTER_SIZES.a1.dpi)).toBeGreaterThan(points(a3, POSTER_SIZES.a3.dpi));
  });
});

describe('ledgerLayout', () => {
  const rect = { x: 0, y: 0, width: 2600, height: 2300 };

  it('fits every row: parts × rows per part covers the ledger and the rows fit the height', () => {
    for (const rows of [1, 40, 143, 273, 600]) {
      const layout = ledgerLayout(rect, rows, 3.5);
      expect(layout.groups * layout.rowsPerGroup).toBeGreaterThanOrEqual(rows);
      expect(layout.titleHeight + (layout.rowsPerGroup + 1) * layout.rowHeight).toBeLessThanOrEqual(rect.height + 1e-6);
      expect(layout.groups * layout.groupWidth + (layout.groups - 1) * layout.groupGap).toBeCloseTo(rect.width, 6);
    }
  });

  it('splits a long ledger into side-by-side parts rather than shrinking it to one column', () => {
    expect(ledgerLayout(rect, 10, 3.5).groups).toBe(1);
    expect(ledgerLayout(rect, 273, 3.5).groups).toBeGreaterThan(1);
    expect(ledgerLayout(rect, 273, 3.5).fontSize).toBeGreaterThan(ledgerLayout({ ...rect, width: 600 }, 273, 3.5).fontSize);
  });
});

describe('checkCanvasSize', () => {
  it('accepts the print sizes and refuses what no browser draws, with a message', () => {
    expect(() => checkCanvasSize(6622, 4677)).not.toThrow();
    expect(() => checkCanvasSize(20000, 10000)).toThrow(PosterSizeError);
    expect(() => checkCanvasSize(16000, 16800)).toThrow(/16384/);
  });
});
