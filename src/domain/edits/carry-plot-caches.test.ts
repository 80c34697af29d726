import { describe, expect, it } from 'vitest';
import { hiddenPlots } from '../hidden-plots';
import { facetIndexOf } from '../plot-facets';
import { shownFigures } from '../shown-figures';
import { FIXTURE_PLOTS, FIXTURE_REPORTING_DATE } from '../summary-fixtures';
import { carryPlotCaches } from './carry-plot-caches';
import { meta } from './edit-fixtures';
import { makeBatch } from './make-batch';
import { replayEdits } from './replay-edits';

describe('carryPlotCaches', () => {
  it('gives the edited plots the same index and figures as building them afresh', () => {
    const shown = replayEdits(FIXTURE_PLOTS, [], new Map()).plots;
    facetIndexOf(shown);
    shownFigures(shown, hiddenPlots(shown, shown), FIXTURE_REPORTING_DATE);
    const batch = makeBatch([shown[0], shown[3]], { stage: { key: 'demolished', date: '2026-11-20' }, deadline: '2020-01-01' }, meta('b1'));
    if (!batch) throw new Error('no batch');
    const edited = replayEdits(FIXTURE_PLOTS, [batch], new Map()).plots;
    carryPlotCaches(shown, edited);
    const carried = { index: facetIndexOf(edited), figures: shownFigures(edited, hiddenPlots(edited, edited), FIXTURE_REPORTING_DATE) };
    // Carried, not built again: the numbered lists are the ones built for the plots before the edit.
    expect(carried.index.industries).toBe(facetIndexOf(shown).industries);
    const fresh = [...edited];
    expect(carried.index).toEqual(facetIndexOf(fresh));
    expect(carried.figures).toEqual(shownFigures(fresh, hiddenPlots(fresh, fresh), FIXTURE_REPORTING_DATE));
    expect(carried.figures.summary.byStage.demolished.count).toBeGreaterThanOrEqual(2);
  });

  it('leaves a categories edit to be indexed afresh', () => {
    const shown = [...FIXTURE_PLOTS];
    facetIndexOf(shown);
    const batch = makeBatch([shown[0]], { categories: ['厂中厂'] }, meta('b2'));
    if (!batch) throw new Error('no batch');
    const edited = replayEdits(FIXTURE_PLOTS, [batch], new Map()).plots;
    carryPlotCaches(shown, edited);
    expect(facetIndexOf(edited).categories.values).toContain('厂中厂');
  });
});
