const AS_OF_KEY = 'asof';

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The as-of date a link carries (`asof=2026-10-31`), or null for none or a malformed one. */
export function asOfFromSearchParams(params: URLSearchParams): string | null {
  const value = params.get(AS_OF_KEY);
  return value !== null && isIsoDate(value) ? value : null;
}

/** Writes the as-of date into a link's query; none when it is the reporting date (null). */
export function asOfToSearchParams(asOf: string | null, params: URLSearchParams): URLSearchParams {
  if (asOf === null) params.delete(AS_OF_KEY);
  else params.set(AS_OF_KEY, asOf);
  return params;
}
