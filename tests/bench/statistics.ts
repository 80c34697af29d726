/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function worst(values: readonly number[]): number {
  return values.length === 0 ? NaN : Math.max(...values);
}

/** Runs `work` `repeats` times and returns each run's wall time in milliseconds. */
export function timeRepeated<T>(repeats: number, work: () => T): { times: number[]; last: T } {
  const times: number[] = [];
  let last: T | undefined;
  for (let run = 0; run < repeats; run++) {
    const start = performance.now();
    last = work();
    times.push(performance.now() - start);
  }
  return { times, last: last as T };
}
