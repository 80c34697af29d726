import { filterToSearchParams } from '../domain/filter-search-params';
import type { PlotFilter } from '../domain/filter';
import { viewToSearchParams, type AppView } from '../state/view';
import { asOfToSearchParams } from '../state/as-of-search-params';

/**
 * The address that reopens `view` with `filter` as of a date (null: the reporting date): `href`
 * with its query set to them. The hash, which carries the map position, is kept.
 */
export function appLink(href: string, view: AppView, filter: PlotFilter, asOf: string | null = null): string {
  const url = new URL(href);
  viewToSearchParams(view, url.searchParams);
  filterToSearchParams(filter, url.searchParams);
  asOfToSearchParams(asOf, url.searchParams);
  return url.href;
}
