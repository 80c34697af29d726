import { describe, expect, it } from 'vitest';
import { makePlot } from '../summary-fixtures';
import { STAGE_KEYS } from '../types';
import { plotTimeline, plotTimelineSteps } from './plot-timeline';

const REPORTING = '2026-11-15';
const DATES = [{}, { visitedOn: '2026-01-10' }, { signedOn: '2026-03-02', demolishedOn: '2026-05-20' }, { acceptedOn: '2026-09-01' }];

function plotsOf(count: number) {
  return Array.from({ length: count }, (_, index) =>
    makePlot({ id: `P${index}`, index, stage: STAGE_KEYS[index % STAGE_KEYS.length], dates: DATES[index % DATES.length] }),
  );
}

describe('plotTimelineSteps', () => {
  it('builds, a slice per step, the timeline plotTimeline builds at once, and keeps it', () => {
    const plots = plotsOf(2_500);
    const steps = plotTimelineSteps(plots, REPORTING, 1_000);
    let yielded = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded++;
    expect(yielded).toBe(2);
    const expected = plotTimeline(plotsOf(2_500), REPORTING);
    expect(step.value).toEqual(expected);
    // Kept with the plots: plotTimeline then finds it, and another build takes no steps.
    expect(plotTimeline(plots, REPORTING)).toBe(step.value);
    expect(plotTimelineSteps(plots, REPORTING, 1_000).next()).toEqual({ done: true, value: step.value });
  });

  it('gives an empty list its timeline at once', () => {
    const step = plotTimelineSteps([], REPORTING, 1_000).next();
    expect(step.done).toBe(true);
    expect(step.value).toMatchObject({ firstDay: null, stage: new Uint8Array(0) });
  });
});
