/**
 * Display rounding happens here and nowhere else: sums are kept unrounded until shown.
 * No thousands separators, so figures read the same in the UI, in CSV and in a search.
 */

export type Language = 'zh' | 'en';

function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  // A tiny negative sum such as -1e-12 would otherwise read "-0.00".
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/**
 * A count of things (features read, findings) grouped by thousands, as both languages write it:
 * 83402 → "83,402". Written out here rather than with toLocaleString, whose first call in a page
 * loads the locale's number data and held the page's first render for 40–130 ms.
 */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return '—';
  const [whole, decimals] = String(Math.abs(count)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${count < 0 ? '-' : ''}${grouped}${decimals === undefined ? '' : `.${decimals}`}`;
}

/** Area in mu with two decimals: 402.2 → "402.20". */
export function formatMu(mu: number): string {
  return fixed(mu, 2);
}

/** A ratio as a percentage with one decimal: 1.608 → "160.8%". */
export function formatPercent(ratio: number): string {
  const text = fixed(ratio * 100, 1);
  return text === '—' ? text : `${text}%`;
}

/** Completion against a target; null means there is no target, never 0 % or ∞. */
export function formatCompletion(completion: number | null, language: Language): string {
  if (completion === null) return language === 'zh' ? '无目标' : 'no target';
  return formatPercent(completion);
}

/** Square metres with one decimal, for the measure tool. */
export function formatSquareMetres(squareMetres: number): string {
  return fixed(squareMetres, 1);
}

/** A length in metres with one decimal, for the measure tool. */
export function formatMetres(metres: number): string {
  return fixed(metres, 1);
}

/** Hectares (公顷) with four decimals, for the measure tool: one decimal place finer than mu. */
export function formatHectares(squareMetres: number): string {
  return fixed(squareMetres / 10000, 4);
}

/** A length in kilometres with three decimals, for the measure tool. */
export function formatKilometres(metres: number): string {
  return fixed(metres / 1000, 3);
}

/** The label for an empty group value or field. */
export function formatGroupValue(value: string, language: Language): string {
  if (value !== '') return value;
  return language === 'zh' ? '未填写' : 'not filled in';
}
