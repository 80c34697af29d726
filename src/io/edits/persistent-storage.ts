/**
 * Asks the browser to keep the app's storage when space runs short. True when granted, false
 * when refused, null where the browser cannot be asked.
 */
export async function askPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Whether an error from the database says the disk or the quota is full. */
export function isQuotaError(error: unknown): boolean {
  const names = [error instanceof Error ? error.name : '', error instanceof Error && error.cause instanceof Error ? error.cause.name : ''];
  return names.some((name) => name === 'QuotaExceededError') || (error instanceof Error && /quota/i.test(error.message));
}
