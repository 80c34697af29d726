import { filterToSearchParams } from '../domain/filter-search-params';
import type { PlotFilter } from '../domain/filter';
import { viewToSearchParams, type AppView } from '../state/view';

/**
 * The address that reopens `view` with `filter`: `href` with its query set to them. The hash,
 * which carries the map position, is kept.
 */
export function appLink(href: string, view: AppView, filter: PlotFilter): string {
  const url = new URL(href);
  viewToSearchParams(view, url.searchParams);
  filterToSearchParams(filter, url.searchParams);
  return url.href;
}
