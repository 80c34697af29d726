import { describe, expect, it } from 'vitest';
import { hiddenPlots } from './hidden-plots';
import { isInFileOrder, keepVisible, sortPlots } from './sort-plots';
import { FIXTURE_PLOTS } from './summary-fixtures';

function ids(plots: readonly { id: string }[]): string[] {
  return plots.map((plot) => plot.id);
}

describe('sortPlots', () => {
  it('keeps file order without a sort and does not touch its input', () => {
    const reversed = [...FIXTURE_PLOTS].reverse();
    expect(ids(sortPlots(reversed, null))).toEqual(ids(FIXTURE_PLOTS));
    expect(reversed[0].id).toBe('HH-03');
  });

  it('sorts areas as numbers, largest first when descending', () => {
    const sorted = sortPlots(FIXTURE_PLOTS, { column: 'areaMu', descending: true });
    expect(ids(sorted).slice(0, 3)).toEqual(['XC-01', 'SQ-04', 'SQ-02']);
    expect(sorted.at(-1)?.id).toBe('HH-02');
  });

  it('sorts stages along the vacate path, upgraded last', () => {
    const stages = sortPlots(FIXTURE_PLOTS, { column: 'stage', descending: false }).map((plot) => plot.stage);
    expect(stages).toEqual(['listed', 'listed', 'negotiating', 'signed', 'signed', 'demolished', 'demolished', 'reclaimed', 'accepted', 'accepted', 'upgraded', 'upgraded']);
  });

  it('sorts Chinese text by pinyin and puts empty fields last in both directions', () => {
    const ascending = sortPlots(FIXTURE_PLOTS, { column: 'industry', descending: false }).map((plot) => plot.industry);
    expect(ascending).toEqual(['电子元件', '纺织', '纺织', '纺织', '废品回收', '化工', '化工', '化工', '机械', '机械', '砖瓦', '']);
    const descending = sortPlots(FIXTURE_PLOTS, { column: 'industry', descending: true }).map((plot) => plot.industry);
    expect(descending[0]).toBe('砖瓦');
    expect(descending.at(-1)).toBe('');
  });

  it('puts plots without a deadline last and breaks ties in file order', () => {
    const sorted = sortPlots(FIXTURE_PLOTS, { column: 'deadline', descending: false });
    expect(ids(sorted).slice(-2)).toEqual(['XC-02', 'HH-03']);
    const byTownship = sortPlots(FIXTURE_PLOTS, { column: 'township', descending: false });
    expect(ids(byTownship).filter((id) => id.startsWith('SQ'))).toEqual(['SQ-01', 'SQ-02', 'SQ-03', 'SQ-04', 'SQ-05', 'SQ-06']);
  });
});

describe('keepVisible', () => {
  it('keeps the ledger order and drops what the filter hides', () => {
    const ordered = sortPlots(FIXTURE_PLOTS, { column: 'areaMu', descending: true });
    const visible = FIXTURE_PLOTS.filter((plot) => plot.township === '新塍镇');
    expect(ids(keepVisible(ordered, hiddenPlots(FIXTURE_PLOTS, visible)))).toEqual(['XC-01', 'XC-03', 'XC-02']);
  });
});

describe('isInFileOrder', () => {
  it('is true for plots as loaded, whose filtered list is then the unsorted ledger', () => {
    const ordered = sortPlots(FIXTURE_PLOTS, null);
    expect(isInFileOrder(ordered)).toBe(true);
    const visible = ordered.filter((plot) => plot.stage !== 'signed');
    expect(keepVisible(sortPlots(ordered, null), hiddenPlots(ordered, visible))).toEqual(visible);
  });

  it('is false for plots in any other order', () => {
    expect(isInFileOrder(sortPlots(FIXTURE_PLOTS, null).reverse())).toBe(false);
  });
});
