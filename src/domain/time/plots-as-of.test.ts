import { describe, expect, it } from 'vitest';
import { deepFreeze, makePlot } from '../summary-fixtures';
import { dayNumber } from './day-number';
import { plotTimeline } from './plot-timeline';
import { plotsAsOf } from './plots-as-of';
import { stageOnDate } from './stage-on-date';
import { stagesOnDay } from './stages-on-day';
import { STAGE_KEYS } from '../types';

const REPORTING = '2026-11-15';
const plots = deepFreeze([
  makePlot({ id: 'A', index: 0, stage: 'signed', dates: { visitedOn: '2026-01-10', signedOn: '2026-05-01' } }),
  makePlot({ id: 'B', index: 1, stage: 'listed' }),
  makePlot({ id: 'C', index: 2, stage: 'accepted', dates: { signedOn: '2026-02-01', demolishedOn: '2026-03-01', reclaimedOn: '2026-04-01', acceptedOn: '2026-09-01' } }),
  makePlot({ id: 'D', index: 3, stage: 'upgraded', dates: { visitedOn: '2026-06-01' } }),
]);

describe('stagesOnDay and plotsAsOf', () => {
  it('give every plot the stage stageOnDate gives it', () => {
    const timeline = plotTimeline(plots, REPORTING);
    for (const date of ['2025-12-31', '2026-02-01', '2026-04-15', '2026-06-01', '2026-10-01', REPORTING]) {
      const stages = [...stagesOnDay(timeline, dayNumber(date))].map((stage) => STAGE_KEYS[stage]);
      expect(stages, date).toEqual(plots.map((plot) => stageOnDate(plot, date, REPORTING)));
      expect(plotsAsOf(plots, stagesOnDay(timeline, dayNumber(date))).map((plot) => plot.stage), date).toEqual(stages);
    }
  });

  it('copies only the plots whose stage differs, and returns the list itself when none does', () => {
    const timeline = plotTimeline(plots, REPORTING);
    const earlier = plotsAsOf(plots, stagesOnDay(timeline, dayNumber('2026-06-15')));
    expect(earlier[0]).toBe(plots[0]);
    expect(earlier[1]).toBe(plots[1]);
    expect(earlier[2]).not.toBe(plots[2]);
    expect(earlier[2]).toEqual({ ...plots[2], stage: 'reclaimed' });
    expect(earlier[3]).toBe(plots[3]);
    expect(plotsAsOf(plots, stagesOnDay(timeline, dayNumber(REPORTING)))).toBe(plots);
  });

  it('knows the first day any plot left 待启动', () => {
    expect(plotTimeline(plots, REPORTING).firstDay).toBe(dayNumber('2026-01-10'));
  });
});
