import { previousStage } from './stage-reach';
import type { PlotTimeline } from './plot-timeline';

const STAGE_COUNT = 7;
/** Days whose stages are kept per timeline: the as-of date and the week before it, twice over. */
const KEPT_DAYS = 4;

const recentDays = new WeakMap<PlotTimeline, Map<number, Uint8Array>>();

function computeStagesOnDay(timeline: PlotTimeline, day: number, into: Uint8Array): Uint8Array {
  const { stage: ledger, reach } = timeline;
  for (let position = 0; position < ledger.length; position++) {
    const base = position * STAGE_COUNT;
    let stage = ledger[position];
    while (reach[base + stage] > day) stage = previousStage(stage);
    into[position] = stage;
  }
  return into;
}

/**
 * Each plot's stage on a day (position in STAGE_KEYS), from the timeline: see `stageOnDate`.
 * The last few days asked are kept, so that the as-of figures and the weekly report share one
 * pass: the array returned is shared and must not be changed, unless `into` is given.
 */
export function stagesOnDay(timeline: PlotTimeline, day: number, into?: Uint8Array): Uint8Array {
  if (into) return computeStagesOnDay(timeline, day, into);
  let recent = recentDays.get(timeline);
  if (!recent) {
    recent = new Map();
    recentDays.set(timeline, recent);
  }
  let stages = recent.get(day);
  if (!stages) {
    stages = computeStagesOnDay(timeline, day, new Uint8Array(timeline.stage.length));
    const oldest = recent.keys().next();
    if (recent.size >= KEPT_DAYS && !oldest.done) recent.delete(oldest.value);
    recent.set(day, stages);
  }
  return stages;
}
