import type { MultiPolygon, Polygon } from 'geojson';

/** The default campaign stages, in order along the vacate path; `upgraded` leaves that path. */
export const STAGE_KEYS = [
  'listed',
  'negotiating',
  'signed',
  'demolished',
  'reclaimed',
  'accepted',
  'upgraded',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export interface StageDefinition {
  key: StageKey;
  /** Chinese label, e.g. 已签约. */
  label: string;
  labelEn: string;
  /** CSS hex colour, e.g. #e69f00. */
  color: string;
}

/** Dates a plot records as it moves through the stages (ISO yyyy-mm-dd). */
export const STAGE_DATE_KEYS = [
  'visitedOn',
  'assessedOn',
  'signedOn',
  'demolishedOn',
  'reclaimedOn',
  'acceptedOn',
] as const;
export type StageDateKey = (typeof STAGE_DATE_KEYS)[number];

export type PlotGeometry = Polygon | MultiPolygon;

/** One enterprise plot (地块), normalised from a raw GeoJSON feature. */
export interface Plot {
  /** Position of the feature in the file it came from (0-based). */
  index: number;
  id: string;
  name: string;
  township: string;
  village: string;
  industry: string;
  stage: StageKey;
  dates: Partial<Record<StageDateKey, string>>;
  deadline: string | null;
  officer: string;
  declaredAreaMu: number | null;
  landOwnership: string;
  tenure: string;
  categories: string[];
  disposal: string;
  reuse: string;
  taxPerMu: number | null;
  outputValue: number | null;
  energyTce: number | null;
  note: string;
  /** Area on the CGCS2000 ellipsoid, unrounded. */
  areaM2: number;
  areaMu: number;
  geometry: PlotGeometry;
  /** The feature's original properties, untouched, unknown ones included. */
  properties: Readonly<Record<string, unknown>>;
}

/** Metrics that annual targets are set on (PRODUCT.md "Metrics"). */
export const METRIC_KEYS = [
  'signedMu',
  'demolishedMu',
  'reclaimedMu',
  'savedQuotaMu',
  'enterprisesHandled',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export type Targets = Partial<Record<MetricKey, number>>;

export interface Campaign {
  name: string;
  nameEn: string;
  /** ISO date the figures are reported at (截至). */
  reportingDate: string;
  stages: StageDefinition[];
  /** Annual targets by township name. */
  targets: Record<string, Targets>;
  /** True for the built-in fictional demo (示例数据). */
  demo: boolean;
  /** The day weekly reports end on, 0 = Sunday … 6 = Saturday (campaign.json `week_ends_on`; Sunday when absent). */
  weekEndsOn?: number;
  /** First day of the campaign year that 时序进度 counts from (`year_start`; 1 January of the reporting year when absent). */
  yearStart?: string;
}
