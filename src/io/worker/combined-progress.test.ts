import { describe, expect, it } from 'vitest';
import { combinedProgress } from './combined-progress';
import type { ProgressMessage } from './protocol';

function progress(doneBytes: number, totalBytes: number | null, features = 0): ProgressMessage {
  return { type: 'progress', stage: 'parse', doneBytes, totalBytes, features };
}

describe('combinedProgress', () => {
  it('adds the bytes of every file and keeps the main file’s features, once the main file has reported', () => {
    const seen: ProgressMessage[] = [];
    const combined = combinedProgress((message) => seen.push(message));
    const parcels = combined.part('parcels', true);
    const villages = combined.part('villages', false);
    villages(progress(100, 400));
    expect(seen).toEqual([]);
    parcels(progress(1000, 3000, 12));
    expect(seen.at(-1)).toEqual({ type: 'progress', stage: 'parse', doneBytes: 1100, totalBytes: 3400, features: 12 });
    villages(progress(400, 400));
    expect(seen.at(-1)).toEqual({ type: 'progress', stage: 'parse', doneBytes: 1400, totalBytes: 3400, features: 12 });
  });

  it('has no total while any file’s size is unknown', () => {
    const seen: ProgressMessage[] = [];
    const combined = combinedProgress((message) => seen.push(message));
    combined.part('parcels', true)(progress(10, 50));
    combined.part('townships', false)(progress(5, null));
    expect(seen.at(-1)?.totalBytes).toBeNull();
    expect(seen.at(-1)?.doneBytes).toBe(15);
  });
});
