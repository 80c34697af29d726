import { describe, expect, it } from 'vitest';
import { numberPlots } from './plot-numbers';
import { deepFreeze, makePlot } from './summary-fixtures';

describe('numberPlots', () => {
  it('numbers by village, then by id with digits read as numbers, leaving the input alone', () => {
    const plots = deepFreeze([
      makePlot({ id: 'SQ-10', village: '柳园村', index: 0 }),
      makePlot({ id: 'SQ-2', village: '柳园村', index: 1 }),
      makePlot({ id: 'SQ-1', village: '', index: 2 }),
      makePlot({ id: 'SQ-7', village: '史桥村', index: 3 }),
    ]);
    const numbered = numberPlots(plots).map(({ number, plot }) => `${number} ${plot.village || '—'} ${plot.id}`);
    expect(numbered).toEqual(['1 柳园村 SQ-2', '2 柳园村 SQ-10', '3 史桥村 SQ-7', '4 — SQ-1']);
  });

  it('gives the same numbers whatever order the plots come in', () => {
    const plots = [makePlot({ id: 'B', village: '甲村', index: 0 }), makePlot({ id: 'A', village: '甲村', index: 1 })];
    const forward = numberPlots(plots).map(({ number, plot }) => [plot.id, number]);
    const backward = numberPlots(plots.slice().reverse()).map(({ number, plot }) => [plot.id, number]);
    expect(backward).toEqual(forward);
    expect(forward).toEqual([['A', 1], ['B', 2]]);
  });
});
