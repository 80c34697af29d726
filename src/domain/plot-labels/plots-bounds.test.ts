import { describe, expect, it } from 'vitest';
import { makePlot, squareAround } from '../summary-fixtures';
import { plotsBounds } from './plots-bounds';

describe('plotsBounds', () => {
  it('spans the outer rings of every plot', () => {
    const plots = [
      makePlot({ id: 'a', geometry: squareAround(120, 30, 0.002) }),
      makePlot({ id: 'b', geometry: { type: 'MultiPolygon', coordinates: [squareAround(121, 31, 0.002).coordinates as never] } }),
    ];
    const bounds = plotsBounds(plots);
    expect(bounds?.map((value) => Number(value.toFixed(6)))).toEqual([119.999, 29.999, 121.001, 31.001]);
  });

  it('is null for no plots', () => {
    expect(plotsBounds([])).toBeNull();
  });
});
