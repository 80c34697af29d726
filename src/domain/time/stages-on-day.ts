import { previousStage } from './stage-reach';
import type { PlotTimeline } from './plot-timeline';

const STAGE_COUNT = 7;

/** Each plot's stage on a day (position in STAGE_KEYS), from the timeline: see `stageOnDate`. */
export function stagesOnDay(timeline: PlotTimeline, day: number, into = new Uint8Array(timeline.stage.length)): Uint8Array {
  const { stage: ledger, reach } = timeline;
  for (let position = 0; position < ledger.length; position++) {
    const base = position * STAGE_COUNT;
    let stage = ledger[position];
    while (reach[base + stage] > day) stage = previousStage(stage);
    into[position] = stage;
  }
  return into;
}
