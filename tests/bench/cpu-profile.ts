/** The parts of a Chromium (CDP Profiler) or Node (--cpu-prof) CPU profile used here. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  /** Function name, file and line, e.g. `parseJsonText (fetch-json.ts:31)`. */
  frame: string;
  milliseconds: number;
  share: number;
}

function fileName(url: string): string {
  if (url === '') return '';
  const path = url.replace(/[?#].*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

function describeFrame(callFrame: CpuProfile['nodes'][number]['callFrame']): string {
  const name = callFrame.functionName || '(anonymous)';
  const file = fileName(callFrame.url);
  return file ? `${name} (${file}:${callFrame.lineNumber + 1})` : name;
}

/** Time spent in each function itself (not its callees), largest first. */
export function topSelfTimes(profile: CpuProfile, count: number): SelfTime[] {
  const frames = new Map<number, string>();
  for (const node of profile.nodes) frames.set(node.id, describeFrame(node.callFrame));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let all = 0;
  // A sample's time is the gap to the next sample, which CDP stores as the next delta.
  for (let index = 0; index < samples.length; index++) {
    const microseconds = deltas[index + 1] ?? 0;
    const frame = frames.get(samples[index]) ?? '(unknown)';
    totals.set(frame, (totals.get(frame) ?? 0) + microseconds);
    all += microseconds;
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, microseconds]) => ({ frame, milliseconds: microseconds / 1000, share: all > 0 ? microseconds / all : 0 }));
}

export function formatSelfTimes(title: string, times: readonly SelfTime[]): string {
  const lines = times.map(
    (time) => `${time.milliseconds.toFixed(0).padStart(7)} ms ${(time.share * 100).toFixed(1).padStart(5)} %  ${time.frame}`,
  );
  return [title, ...lines].join('\n');
}
