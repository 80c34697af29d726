/**
 * Freezes a fixture all the way down, so that a function that mutates its input throws in
 * tests. Walks with a list, not recursion, so a fixture nested 10,000 deep freezes too.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) pending.push((item as Record<string, unknown>)[key]);
  }
  return value;
}
