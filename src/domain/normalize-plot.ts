import { FIELD_LABELS, type CanonicalKey } from './aliases';
import { geodesicAreaM2, squareMetresToMu } from './area';
import { warning, type Issue } from './findings';
import { canonicalProperties, isBlank, type CanonicalProperties } from './normalize-properties';
import { parseCategories } from './parse-categories';
import { parseDate } from './parse-date';
import { parseNumber } from './parse-number';
import { parseStage } from './parse-stage';
import { parseText } from './parse-text';
import type { Plot, PlotGeometry, StageDateKey, StageKey } from './types';
import { describeValue } from './validate-geometry-shape';

/** Everything of a plot that comes from its properties. */
export type PlotFields = Omit<Plot, 'index' | 'areaM2' | 'areaMu' | 'geometry' | 'properties'>;

export interface NormalizedFields {
  fields: PlotFields;
  /** The id as written in the file; null when the feature had none and one was made up. */
  writtenId: string | null;
  issues: Issue[];
}

const DATE_FIELDS: readonly [CanonicalKey, StageDateKey][] = [
  ['visited_on', 'visitedOn'],
  ['assessed_on', 'assessedOn'],
  ['signed_on', 'signedOn'],
  ['demolished_on', 'demolishedOn'],
  ['reclaimed_on', 'reclaimedOn'],
  ['accepted_on', 'acceptedOn'],
];

const UNITS = {
  declared_area_mu: ['亩', 'mu'],
  tax_per_mu: ['万元/亩', '万元'],
  output_value: ['万元'],
  energy_tce: ['吨标煤', '吨标准煤', '吨', 'tce', 't'],
} as const;

function unreadable(key: CanonicalKey, value: unknown, kindZh: string, kindEn: string, code: string): Issue {
  const label = FIELD_LABELS[key];
  return warning(
    code,
    `${label.zh}的值 ${describeValue(value)} 不是${kindZh}，已忽略`,
    `its ${label.en} ${describeValue(value)} is not ${kindEn}; it was ignored`,
  );
}

function isInfinite(value: unknown): boolean {
  return value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY;
}

function readNumber(canonical: CanonicalProperties, key: keyof typeof UNITS, issues: Issue[]): number | null {
  const value = parseNumber(canonical[key], UNITS[key]);
  if (isInfinite(value) || isInfinite(canonical[key])) {
    const label = FIELD_LABELS[key];
    issues.push(
      warning(
        'number-too-large',
        `${label.zh}的值 ${describeValue(canonical[key])} 超出可表示的数值范围（如 1e400），已忽略`,
        `its ${label.en} ${describeValue(canonical[key])} is too large to be a number (such as 1e400); it was ignored`,
      ),
    );
    return null;
  }
  if (value === null || !Number.isNaN(value)) return value;
  issues.push(unreadable(key, canonical[key], '数字', 'a number', 'number-unreadable'));
  return null;
}

function readDate(canonical: CanonicalProperties, key: CanonicalKey, issues: Issue[]): string | null {
  const value = parseDate(canonical[key]);
  if (value !== undefined) return value;
  issues.push(unreadable(key, canonical[key], '日期（如 2019-12-10）', 'a date (such as 2019-12-10)', 'date-unreadable'));
  return null;
}

function readStage(canonical: CanonicalProperties, issues: Issue[]): StageKey {
  const stage = parseStage(canonical.stage);
  if (stage !== null) return stage;
  issues.push(
    isBlank(canonical.stage)
      ? warning('stage-missing', '没有填写阶段，按“待启动”载入', 'it has no stage; it was loaded as "not started"')
      : warning(
          'stage-unknown',
          `阶段 ${describeValue(canonical.stage)} 无法识别，按“待启动”载入`,
          `its stage ${describeValue(canonical.stage)} is not one we know; it was loaded as "not started"`,
        ),
  );
  return 'listed';
}

/**
 * A plot's fields from a feature's properties under canonical keys or their aliases: text
 * trimmed, numbers and dates read from text, stage from its synonyms. Whatever cannot be read is
 * left empty with a warning. The plot code is the id property, else the feature's own GeoJSON
 * `id`, else "#<position in file>" with a warning.
 */
export function normalizePlotFields(properties: Readonly<Record<string, unknown>>, index: number, featureId?: unknown): NormalizedFields {
  const canonical = canonicalProperties(properties);
  const issues: Issue[] = [];
  const propertyId = parseText(canonical.id);
  // GeoJSON's own feature id stands in when no property holds the plot code.
  const writtenId = propertyId !== '' || (typeof featureId !== 'string' && typeof featureId !== 'number') ? propertyId : parseText(featureId);
  if (writtenId === '') {
    issues.push(warning('id-missing', `没有地块编号，暂用“#${index + 1}”`, `it has no plot code; "#${index + 1}" is used instead`));
  }
  const stage = readStage(canonical, issues);
  const dates: PlotFields['dates'] = {};
  for (const [key, dateKey] of DATE_FIELDS) {
    const value = readDate(canonical, key, issues);
    if (value !== null) dates[dateKey] = value;
  }
  const fields: PlotFields = {
    id: writtenId === '' ? `#${index + 1}` : writtenId,
    name: parseText(canonical.name),
    township: parseText(canonical.township),
    village: parseText(canonical.village),
    industry: parseText(canonical.industry),
    stage,
    dates,
    deadline: readDate(canonical, 'deadline', issues),
    officer: parseText(canonical.officer),
    declaredAreaMu: readNumber(canonical, 'declared_area_mu', issues),
    landOwnership: parseText(canonical.land_ownership),
    tenure: parseText(canonical.tenure),
    categories: parseCategories(canonical.categories),
    disposal: parseText(canonical.disposal),
    reuse: parseText(canonical.reuse),
    taxPerMu: readNumber(canonical, 'tax_per_mu', issues),
    outputValue: readNumber(canonical, 'output_value', issues),
    energyTce: readNumber(canonical, 'energy_tce', issues),
    note: parseText(canonical.note),
  };
  return { fields, writtenId: writtenId === '' ? null : writtenId, issues };
}

/** A typed plot from fields and a geometry that has passed validation; area on CGCS2000. */
export function assemblePlot(fields: PlotFields, geometry: PlotGeometry, properties: Readonly<Record<string, unknown>>, index: number): Plot {
  const areaM2 = geodesicAreaM2(geometry);
  return { index, ...fields, areaM2, areaMu: squareMetresToMu(areaM2), geometry, properties };
}

/** A raw feature's properties and valid geometry as a typed plot, with warnings about its properties. */
export function normalizePlot(
  properties: Readonly<Record<string, unknown>>,
  geometry: PlotGeometry,
  index: number,
): { plot: Plot; issues: Issue[] } {
  const { fields, issues } = normalizePlotFields(properties, index);
  return { plot: assemblePlot(fields, geometry, properties, index), issues };
}
