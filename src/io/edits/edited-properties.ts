import { CANONICAL_KEY_BY_NAME, normalizeKey, type CanonicalKey } from '../../domain/aliases';
import { EDIT_FIELDS, fieldValue, sameValue, type EditField, type EditValue } from '../../domain/edits/edit';
import { DEFAULT_STAGES } from '../../domain/stages';
import type { Plot } from '../../domain/types';

const CANONICAL: Readonly<Record<EditField, CanonicalKey>> = {
  stage: 'stage',
  visitedOn: 'visited_on',
  assessedOn: 'assessed_on',
  signedOn: 'signed_on',
  demolishedOn: 'demolished_on',
  reclaimedOn: 'reclaimed_on',
  acceptedOn: 'accepted_on',
  officer: 'officer',
  deadline: 'deadline',
  declaredAreaMu: 'declared_area_mu',
  categories: 'categories',
  note: 'note',
};

/** The property the file keeps a field under: its own column name (e.g. 状态), or the canonical key. */
function keyFor(properties: Readonly<Record<string, unknown>>, canonical: CanonicalKey): string {
  if (canonical in properties) return canonical;
  return Object.keys(properties).find((key) => CANONICAL_KEY_BY_NAME.get(normalizeKey(key)) === canonical) ?? canonical;
}

/** A value written the way the file wrote that column: a stage in Chinese where the file wrote Chinese, a list as the file's list or text. */
function written(field: EditField, value: EditValue, previous: unknown): unknown {
  if (field === 'stage' && typeof previous === 'string' && /[^ -~]/.test(previous)) {
    return DEFAULT_STAGES.find((stage) => stage.key === value)?.label ?? value;
  }
  if (field === 'categories' && Array.isArray(value) && typeof previous === 'string') return value.join('、');
  return value;
}

/**
 * The plot's properties as read from the file, with the fields edited since (where `plot`
 * differs from `filePlot`) written over, under the file's own column names; every other
 * property is left exactly as read.
 */
export function editedProperties(plot: Plot, filePlot: Plot | undefined): Record<string, unknown> {
  const properties: Record<string, unknown> = { ...plot.properties };
  if (!filePlot || filePlot === plot) return properties;
  for (const field of EDIT_FIELDS) {
    const value = fieldValue(plot, field);
    if (sameValue(value, fieldValue(filePlot, field))) continue;
    const key = keyFor(plot.properties, CANONICAL[field]);
    properties[key] = written(field, value, plot.properties[key]);
  }
  return properties;
}
