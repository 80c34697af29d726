import type { PlotFilter } from './filter';
import { STAGE_KEYS } from './types';
import type { StageKey } from './types';

/**
 * URL keys of the filter. Lists repeat their key (stage=signed&stage=demolished), so any value,
 * commas included, comes back as it went in.
 */
const KEYS = {
  stages: 'stage',
  industries: 'industry',
  township: 'town',
  village: 'village',
  categories: 'cat',
  minAreaMu: 'min',
  maxAreaMu: 'max',
  overdueOnly: 'overdue',
  text: 'q',
} as const satisfies Record<keyof PlotFilter, string>;

/** Writes the filter into `params`, replacing earlier filter keys and keeping all others. */
export function filterToSearchParams(filter: PlotFilter, params: URLSearchParams): URLSearchParams {
  for (const key of Object.values(KEYS)) params.delete(key);
  for (const stage of filter.stages) params.append(KEYS.stages, stage);
  for (const industry of filter.industries) params.append(KEYS.industries, industry);
  if (filter.township !== null) params.set(KEYS.township, filter.township);
  if (filter.village !== null) params.set(KEYS.village, filter.village);
  for (const category of filter.categories) params.append(KEYS.categories, category);
  if (filter.minAreaMu !== null) params.set(KEYS.minAreaMu, String(filter.minAreaMu));
  if (filter.maxAreaMu !== null) params.set(KEYS.maxAreaMu, String(filter.maxAreaMu));
  if (filter.overdueOnly) params.set(KEYS.overdueOnly, '1');
  if (filter.text !== '') params.set(KEYS.text, filter.text);
  return params;
}

function isStageKey(value: string): value is StageKey {
  return (STAGE_KEYS as readonly string[]).includes(value);
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function numberOrNull(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Reads a filter from a URL; unknown stages and unreadable numbers are left out. */
export function filterFromSearchParams(params: URLSearchParams): PlotFilter {
  const stages = params
    .getAll(KEYS.stages)
    .flatMap((value) => value.split(','))
    .filter(isStageKey);
  const overdue = params.get(KEYS.overdueOnly);
  return {
    stages: distinct(stages),
    industries: distinct(params.getAll(KEYS.industries)),
    township: params.get(KEYS.township),
    village: params.get(KEYS.village),
    categories: distinct(params.getAll(KEYS.categories)),
    minAreaMu: numberOrNull(params.get(KEYS.minAreaMu)),
    maxAreaMu: numberOrNull(params.get(KEYS.maxAreaMu)),
    overdueOnly: overdue === '1' || overdue === 'true',
    text: params.get(KEYS.text) ?? '',
  };
}
