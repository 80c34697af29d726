import { CANONICAL_KEY_BY_NAME, CANONICAL_KEYS, normalizeKey, type CanonicalKey } from './aliases';

export type CanonicalProperties = Partial<Record<CanonicalKey, unknown>>;

/** Column names seen so far → position in CANONICAL_KEYS, or -1; files repeat the same few names. */
const resolvedKeys = new Map<string, number>();
const RESOLVED_KEYS_LIMIT = 10_000;

function canonicalPosition(key: string): number {
  let position = resolvedKeys.get(key);
  if (position === undefined) {
    if (resolvedKeys.size >= RESOLVED_KEYS_LIMIT) resolvedKeys.clear();
    const canonical = CANONICAL_KEY_BY_NAME.get(normalizeKey(key));
    position = canonical === undefined ? -1 : CANONICAL_KEYS.indexOf(canonical);
    resolvedKeys.set(key, position);
  }
  return position;
}

export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/**
 * The feature's properties under canonical keys. A property named exactly as the canonical key
 * wins unless it is blank; otherwise the first alias that is not blank. Unknown properties are
 * left out here and stay in the plot's original `properties`.
 */
export function canonicalProperties(properties: Readonly<Record<string, unknown>>): CanonicalProperties {
  const values: unknown[] = new Array(CANONICAL_KEYS.length);
  let exactKeys = 0;
  for (const key in properties) {
    if (!Object.prototype.hasOwnProperty.call(properties, key)) continue;
    const position = canonicalPosition(key);
    if (position < 0) continue;
    const bit = 1 << position;
    if ((exactKeys & bit) !== 0) continue;
    const value = properties[key];
    if (key === CANONICAL_KEYS[position] && !isBlank(value)) {
      values[position] = value;
      exactKeys |= bit;
    } else if (isBlank(values[position])) {
      values[position] = value;
    }
  }
  // Written out so that every result has the same shape, which keeps reading it fast.
  return {
    id: values[0],
    name: values[1],
    township: values[2],
    village: values[3],
    industry: values[4],
    stage: values[5],
    visited_on: values[6],
    assessed_on: values[7],
    signed_on: values[8],
    demolished_on: values[9],
    reclaimed_on: values[10],
    accepted_on: values[11],
    deadline: values[12],
    officer: values[13],
    declared_area_mu: values[14],
    land_ownership: values[15],
    tenure: values[16],
    categories: values[17],
    disposal: values[18],
    reuse: values[19],
    tax_per_mu: values[20],
    output_value: values[21],
    energy_tce: values[22],
    note: values[23],
  };
}
