import type { LoadStage } from './protocol';

/**
 * Which step a load spends its time on. The steps take turns many times a second (read a
 * chunk, parse it, check its features), so the bar names the one that took the most time
 * since it last asked — what the load is waiting on — rather than whichever ran last.
 */
export class StageClock {
  private stage: LoadStage;
  private since: number;
  private spent = new Map<LoadStage, number>();

  constructor(stage: LoadStage, now: number) {
    this.stage = stage;
    this.since = now;
  }

  /** From `now` on, the load is in `stage`. */
  enter(stage: LoadStage, now: number): void {
    this.spent.set(this.stage, (this.spent.get(this.stage) ?? 0) + now - this.since);
    this.stage = stage;
    this.since = now;
  }

  /** The step that took the most time since the last call, and starts counting afresh. */
  busiest(now: number): LoadStage {
    this.enter(this.stage, now);
    let busiest = this.stage;
    let most = -1;
    for (const [stage, time] of this.spent) {
      if (time > most) {
        busiest = stage;
        most = time;
      }
    }
    this.spent = new Map();
    return busiest;
  }
}
