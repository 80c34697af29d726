/** Column width for township names: the longest name fits (CJK characters are 1em wide). */
export function nameColumnEm(townships: readonly string[]): number {
  const longest = townships.reduce((most, township) => Math.max(most, township.length), 0);
  return Math.min(Math.max(longest, 3), 10) + 0.6;
}
