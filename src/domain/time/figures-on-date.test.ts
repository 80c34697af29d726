import { describe, expect, it } from 'vitest';
import { readDemo } from '../../../tests/demo-data';
import { carryPlotCaches } from '../edits/carry-plot-caches';
import { meta } from '../edits/edit-fixtures';
import { makeBatch } from '../edits/make-batch';
import { replayEdits } from '../edits/replay-edits';
import { compileFilter, EMPTY_FILTER, type PlotFilter } from '../filter';
import { filterOptions } from '../filter-options';
import { hiddenPlots } from '../hidden-plots';
import { measureMetrics, metricsFromStageTallies } from '../metrics';
import { facetIndexOnDay, filterByFacets } from '../plot-facets';
import { shownFigures } from '../shown-figures';
import { summarizePlots } from '../summarize';
import { deepFreeze, makePlot } from '../summary-fixtures';
import { progressByTownship, progressOfTownships } from '../targets';
import type { Plot, Targets } from '../types';
import { dayNumber, isoDate } from './day-number';
import { plotTimeline } from './plot-timeline';
import { plotsAsOf } from './plots-as-of';
import { stageOnDate } from './stage-on-date';
import { stagesOnDay } from './stages-on-day';
import { townshipCountersOnDay } from './township-counters-on-day';

/**
 * The figures on a date read from the columns (stage on the day by position, counted over the
 * loaded plots) must equal those of the plots copied at their stage on that day, which is what
 * every view counted before: which plots a filter shows, the filter lists' counts, summary,
 * legend, township progress, ranking, county.
 */
function expectSameFigures(plots: readonly Plot[], reportingDate: string, targets: Readonly<Record<string, Targets>>, date: string, filter: PlotFilter = EMPTY_FILTER) {
  const onDate = plots.map((plot) => ({ ...plot, stage: stageOnDate(plot, date, reportingDate) }));
  const stages = stagesOnDay(plotTimeline(plots, reportingDate), dayNumber(date));
  expect(plotsAsOf(plots, stages).map((plot) => plot.stage), date).toEqual(onDate.map((plot) => plot.stage));

  const visible = onDate.filter(compileFilter(filter, date));
  const index = facetIndexOnDay(plots, stages);
  expect(filterByFacets(plots, filter, date, index).map((plot) => plot.index), date).toEqual(visible.map((plot) => plot.index));
  expect(filterOptions(plots, filter, date, index), date).toEqual(filterOptions(onDate, filter, date));
  const figures = shownFigures(plots, hiddenPlots(onDate, visible), date, stages);
  expect(figures.summary, date).toEqual(summarizePlots(visible, date));

  const counters = townshipCountersOnDay(plots, stages);
  expect(progressOfTownships(counters.byTownship, targets), date).toEqual(progressByTownship(onDate, targets));
  expect(metricsFromStageTallies(counters.county.tallies()), date).toEqual(measureMetrics(onDate));
}

/** Every second week from eight weeks before the campaign's first stage date, then the reporting date and a day after it. */
function datesThrough(plots: readonly Plot[], reportingDate: string): string[] {
  const first = plotTimeline(plots, reportingDate).firstDay ?? dayNumber(reportingDate);
  const dates: string[] = [];
  for (let day = first - 56; day < dayNumber(reportingDate); day += 14) dates.push(isoDate(day));
  return [...dates, reportingDate, isoDate(dayNumber(reportingDate) + 1)];
}

describe('figures on a date from the stage columns', () => {
  const { campaign, plots } = readDemo();

  it('equal the figures of the plots copied at their stage, on the demo campaign, every second week', () => {
    const dates = datesThrough(plots, campaign.reportingDate);
    expect(dates.length).toBeGreaterThan(20);
    for (const date of dates) expectSameFigures(plots, campaign.reportingDate, campaign.targets, date);
  });

  it('equal them through a filter on stage, industry and overdue', () => {
    const filters: PlotFilter[] = [
      { ...EMPTY_FILTER, stages: ['signed', 'demolished'] },
      { ...EMPTY_FILTER, industries: ['化工'], overdueOnly: true },
      { ...EMPTY_FILTER, township: '史桥镇', minAreaMu: 10 },
    ];
    for (const date of ['2026-03-01', '2026-07-19', campaign.reportingDate]) {
      for (const filter of filters) expectSameFigures(plots, campaign.reportingDate, campaign.targets, date, filter);
    }
  });

  it('keep 史桥镇 at 402.20 亩 signed at the reporting date', () => {
    const stages = stagesOnDay(plotTimeline(plots, campaign.reportingDate), dayNumber(campaign.reportingDate));
    const progress = progressOfTownships(townshipCountersOnDay(plots, stages).byTownship, campaign.targets).get('史桥镇');
    expect(progress?.signedMu.done.toFixed(2)).toBe('402.20');
    expect(((progress?.signedMu.completion ?? 0) * 100).toFixed(1)).toBe('160.8');
  });

  const reportingDate = '2026-11-15';
  const edgePlots = deepFreeze([
    // A stage with no date: at it from the reporting date on, at the one before until then.
    makePlot({ id: 'A', index: 0, township: '甲镇', stage: 'demolished', dates: { signedOn: '2026-04-01' }, deadline: '2026-06-30', areaMu: 12.5 }),
    makePlot({ id: 'B', index: 1, township: '甲镇', stage: 'signed', dates: {}, deadline: '2026-02-01', areaMu: 3.25 }),
    makePlot({ id: 'C', index: 2, township: '乙镇', stage: 'accepted', dates: { signedOn: '2026-01-10', demolishedOn: '2026-02-10', reclaimedOn: '2026-05-10', acceptedOn: '2026-10-10' }, deadline: '2026-03-01', areaMu: 40 }),
    makePlot({ id: 'D', index: 3, township: '乙镇', stage: 'upgraded', dates: { visitedOn: '2026-03-03' }, deadline: '2026-01-01', areaMu: 7 }),
    makePlot({ id: 'E', index: 4, township: '丙镇', stage: 'listed', dates: {}, deadline: null, areaMu: 1 }),
    // Dates out of order: demolished before signed on paper.
    makePlot({ id: 'F', index: 5, township: '丙镇', stage: 'reclaimed', dates: { signedOn: '2026-09-01', demolishedOn: '2026-08-01', reclaimedOn: '2026-10-01' }, deadline: '2026-09-15', areaMu: 9.75 }),
  ]);
  const edgeTargets = { 甲镇: { signedMu: 10, enterprisesHandled: 2 }, 乙镇: { demolishedMu: 30 }, 无地块镇: { signedMu: 5 } };
  const edgeDates = ['2025-12-31', '2026-01-10', '2026-02-01', '2026-03-03', '2026-04-01', '2026-07-01', '2026-08-15', '2026-10-10', '2026-11-14', reportingDate];

  it('equal them where stage dates are missing, out of order, or off the vacate path', () => {
    for (const date of edgeDates) {
      expectSameFigures(edgePlots, reportingDate, edgeTargets, date);
      expectSameFigures(edgePlots, reportingDate, edgeTargets, date, { ...EMPTY_FILTER, overdueOnly: true });
    }
  });

  it('equal them after an edit of stages, stage dates and deadlines', () => {
    const before = replayEdits(edgePlots, [], new Map()).plots;
    shownFigures(before, hiddenPlots(before, before), reportingDate);
    const timelineBefore = plotTimeline(before, reportingDate);
    const batch = makeBatch([before[1], before[4]], { stage: { key: 'demolished', date: '2026-05-20' }, deadline: '2026-12-31' }, meta('b1'));
    if (!batch) throw new Error('no batch');
    const edited = replayEdits(edgePlots, [batch], new Map()).plots;
    carryPlotCaches(before, edited);
    // Carried from the timeline before the edit, patched at the edited plots: the same as one built afresh.
    const carried = plotTimeline(edited, reportingDate);
    expect(carried.reach).not.toBe(timelineBefore.reach);
    expect(carried).toEqual(plotTimeline([...edited], reportingDate));
    expect(carried.firstDay).toBe(dayNumber('2026-01-10'));
    for (const date of edgeDates) expectSameFigures(edited, reportingDate, edgeTargets, date);
    const stages = stagesOnDay(plotTimeline(edited, reportingDate), dayNumber('2026-06-01'));
    expect(townshipCountersOnDay(edited, stages).byTownship.get('丙镇')?.tallies().demolished.count).toBe(1);
  });

  it('copy a plot once per stage, however many dates show it there', () => {
    const timeline = plotTimeline(edgePlots, reportingDate);
    const march = plotsAsOf(edgePlots, stagesOnDay(timeline, dayNumber('2026-03-05')));
    const april = plotsAsOf(edgePlots, stagesOnDay(timeline, dayNumber('2026-04-20')));
    expect(march[2]).not.toBe(edgePlots[2]);
    expect(april[2]).toBe(march[2]);
    expect(april[2].stage).toBe('demolished');
  });
});
