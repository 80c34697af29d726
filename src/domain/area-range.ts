import type { PlotFilter } from './filter';

/** Whether the filter's area range is the wrong way round (at least 50, at most 10): it can match nothing. */
export function isAreaRangeReversed(filter: Pick<PlotFilter, 'minAreaMu' | 'maxAreaMu'>): boolean {
  return filter.minAreaMu !== null && filter.maxAreaMu !== null && filter.minAreaMu > filter.maxAreaMu;
}
