import type { CpuProfile } from './cpu-profile';

/** A stretch of a CPU profile where the thread never went idle: one long task, or several back to back. */
export interface BusyRun {
  /** Milliseconds from the profile's start. */
  startMs: number;
  durationMs: number;
  /** Functions by time spent in them or in what they called (each counted once per sample), largest first. */
  inclusive: Array<{ frame: string; milliseconds: number }>;
  /** Functions by time spent in them alone, largest first. */
  self: Array<{ frame: string; milliseconds: number }>;
}

const IDLE = new Set(['(idle)']);
/** Samples that belong to whatever task is running: the collector, the browser's own code. */
const ANY_TASK = new Set(['(garbage collector)', '(program)', '(root)']);

function frameName(node: CpuProfile['nodes'][number]): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/[?#].*$/, '').split('/').pop() ?? '';
  return file ? `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})` : functionName || '(anonymous)';
}

function top(totals: Map<string, number>, count: number): Array<{ frame: string; milliseconds: number }> {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, microseconds]) => ({ frame, milliseconds: microseconds / 1000 }));
}

/**
 * The stretches of at least `minimumMs` in which the profiled thread did not go idle and ran
 * one entry point (the function called from the event loop: a message handler, a frame, a
 * React task), with what it spent them on: where a long main-thread task comes from. Two
 * tasks back to back with the same entry point count as one.
 */
export function busyRuns(profile: CpuProfile, minimumMs: number, count = 12): BusyRun[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const runs: BusyRun[] = [];
  let time = 0;
  let start = -1;
  let inclusive = new Map<string, number>();
  let self = new Map<string, number>();
  const close = (end: number) => {
    if (start >= 0 && (end - start) / 1000 >= minimumMs) {
      runs.push({ startMs: start / 1000, durationMs: (end - start) / 1000, inclusive: top(inclusive, count), self: top(self, count) });
    }
    start = -1;
    inclusive = new Map();
    self = new Map();
  };
  /** The frame just below the root for a sample: the task's entry point. */
  const entryOf = (id: number): number => {
    let current = id;
    for (let above = parent.get(current); above !== undefined && parent.has(above); above = parent.get(above)) current = above;
    return current;
  };
  let entry = -1;
  for (let index = 0; index < samples.length; index++) {
    time += deltas[index] ?? 0;
    const node = byId.get(samples[index]);
    if (!node || IDLE.has(node.callFrame.functionName)) {
      close(time);
      continue;
    }
    if (!ANY_TASK.has(node.callFrame.functionName)) {
      const sampleEntry = entryOf(node.id);
      if (start >= 0 && sampleEntry !== entry) close(time);
      entry = sampleEntry;
    }
    if (start < 0) start = time;
    const spent = deltas[index + 1] ?? 0;
    const leaf = frameName(node);
    self.set(leaf, (self.get(leaf) ?? 0) + spent);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = frameName(byId.get(id) ?? node);
      if (seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + spent);
    }
  }
  close(time);
  return runs;
}

export function formatBusyRuns(title: string, runs: readonly BusyRun[]): string {
  const lines = [title];
  for (const run of runs) {
    lines.push(`  busy ${run.durationMs.toFixed(0)} ms from ${run.startMs.toFixed(0)} ms`);
    lines.push('    inclusive:');
    for (const entry of run.inclusive) lines.push(`      ${entry.milliseconds.toFixed(0).padStart(6)} ms  ${entry.frame}`);
    lines.push('    self:');
    for (const entry of run.self) lines.push(`      ${entry.milliseconds.toFixed(0).padStart(6)} ms  ${entry.frame}`);
  }
  return lines.join('\n');
}
