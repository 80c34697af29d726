/** A rank change as a leader reads it: ↑2 (up two places), ↓1, — (held, or unranked then or now). */
export function formatRankChange(change: number | null): string {
  if (change === null || change === 0) return '—';
  return change > 0 ? `↑${change}` : `↓${-change}`;
}

/** A week's gain in mu with two decimals and its sign: +12.30, -1.00, 0.00. */
export function formatGain(mu: number): string {
  const text = mu.toFixed(2);
  if (/^-0\.00$/.test(text) || text === '0.00') return '0.00';
  return mu > 0 ? `+${text}` : text;
}
