import { STAGE_INDEX } from '../metrics';
import { STAGE_KEYS, type Plot } from '../types';
import { dayNumber } from './day-number';
import { stageReachDays } from './stage-reach';

const STAGE_COUNT = STAGE_KEYS.length;

/**
 * When each plot of a list reached each stage, in typed arrays built once per list, so that the
 * plots' stages on any day are found without reading a plot object (100,000 plots per step).
 */
export interface PlotTimeline {
  reportingDay: number;
  /** The ledger's stage of the plot at each position, by position in STAGE_KEYS. */
  stage: Uint8Array;
  /** reach[position * 7 + stage]: the day the plot reached that stage (NEVER off its path). */
  reach: Int32Array;
  /** The earliest day any plot reached a stage after 待启动, or null when none has. */
  firstDay: number | null;
}

const timelines = new WeakMap<readonly Plot[], PlotTimeline>();

export function plotTimeline(plots: readonly Plot[], reportingDate: string): PlotTimeline {
  const steps = plotTimelineSteps(plots, reportingDate, Infinity);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Plots read per step by plotTimelineSteps: tens of milliseconds on a slow computer. */
export const TIMELINE_SLICE = 20_000;

/**
 * plotTimeline a slice of `sliceSize` plots per step, for a caller that gives the page back
 * between steps (over 100,000 plots the whole build held it for 150–270 ms). The last step
 * keeps the timeline, as plotTimeline does, and returns it.
 */
export function* plotTimelineSteps(plots: readonly Plot[], reportingDate: string, sliceSize = TIMELINE_SLICE): Generator<void, PlotTimeline> {
  const reportingDay = dayNumber(reportingDate);
  const cached = timelines.get(plots);
  if (cached && cached.reportingDay === reportingDay) return cached;
  const stage = new Uint8Array(plots.length);
  const reach = new Int32Array(plots.length * STAGE_COUNT);
  let firstDay = Infinity;
  for (let start = 0; start < plots.length; start += sliceSize) {
    if (start > 0) yield;
    const end = Math.min(plots.length, start + sliceSize);
    for (let position = start; position < end; position++) {
      const plot = plots[position];
      stage[position] = STAGE_INDEX[plot.stage];
      const days = stageReachDays(plot, reportingDay, reach.subarray(position * STAGE_COUNT, (position + 1) * STAGE_COUNT));
      for (let at = 1; at < STAGE_COUNT; at++) if (days[at] < firstDay) firstDay = days[at];
    }
  }
  const timeline = { reportingDay, stage, reach, firstDay: Number.isFinite(firstDay) ? firstDay : null };
  timelines.set(plots, timeline);
  return timeline;
}

/** The earliest day in `reach` of a stage after 待启动, or null. */
function firstDayOf(reach: Int32Array): number | null {
  let first = Infinity;
  for (let at = 0; at < reach.length; at++) if (at % STAGE_COUNT !== 0 && reach[at] < first) first = reach[at];
  return first === Infinity ? null : first;
}

/**
 * Gives `next` (the plots of `previous` with the plots at `changed` positions edited) the
 * timeline of `previous` with the edited plots' stage days read again: an edit need not read
 * the stage dates of 100,000 plots before the as-of figures follow it.
 */
export function carryPlotTimeline(previous: readonly Plot[], next: readonly Plot[], changed: readonly number[]): void {
  const cached = timelines.get(previous);
  if (!cached || timelines.has(next) || previous.length !== next.length) return;
  const stage = cached.stage.slice();
  const reach = cached.reach.slice();
  for (const position of changed) {
    stage[position] = STAGE_INDEX[next[position].stage];
    stageReachDays(next[position], cached.reportingDay, reach.subarray(position * STAGE_COUNT, (position + 1) * STAGE_COUNT));
  }
  timelines.set(next, { reportingDay: cached.reportingDay, stage, reach, firstDay: firstDayOf(reach) });
}
