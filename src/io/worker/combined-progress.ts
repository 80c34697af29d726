import type { ProgressMessage } from './protocol';

/**
 * One progress bar over several files loaded side by side (a campaign's parcels and its
 * boundaries): bytes done and bytes in all of them (the total unknown while any one's size is),
 * with the stage and feature count of the main file, the parcels. Nothing is shown before the
 * main file's first report.
 */
export function combinedProgress(report: (progress: ProgressMessage) => void): { part(key: string, main: boolean): (progress: ProgressMessage) => void } {
  const parts = new Map<string, ProgressMessage>();
  let mainKey: string | null = null;
  const send = () => {
    let doneBytes = 0;
    let totalBytes: number | null = 0;
    for (const part of parts.values()) {
      doneBytes += part.doneBytes;
      totalBytes = totalBytes === null || part.totalBytes === null ? null : totalBytes + part.totalBytes;
    }
    const main = mainKey === null ? undefined : parts.get(mainKey);
    // Until the main file's size is known, a small file done would show the bar full.
    if (!main) return;
    report({ type: 'progress', stage: main?.stage ?? 'read', doneBytes, totalBytes, features: main?.features ?? 0 });
  };
  return {
    part(key, main) {
      if (main) mainKey = key;
      return (progress) => {
        parts.set(key, progress);
        send();
      };
    },
  };
}
