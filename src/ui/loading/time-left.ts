/** What the time left is judged from: bytes done of the total, since the load began. */
export interface LoadPace {
  doneBytes: number;
  totalBytes: number | null;
  startedAt: number;
}

/** Seconds until the bytes are all read at the pace so far; null until the pace can be told (a second in, some bytes read). */
export function timeLeftSeconds(pace: LoadPace, now: number): number | null {
  const elapsed = (now - pace.startedAt) / 1000;
  if (pace.totalBytes === null || pace.doneBytes <= 0 || elapsed < 1) return null;
  const rate = pace.doneBytes / elapsed;
  return Math.max(0, (pace.totalBytes - pace.doneBytes) / rate);
}
