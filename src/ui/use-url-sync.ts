import { useEffect } from 'react';
import { filterToSearchParams } from '../domain/filter-search-params';
import { useAppStore } from '../state/store';
import { viewToSearchParams } from '../state/view';

/** Keeps the address bar's query on the current view and filter, so a link reopens them. */
export function useUrlSync(): void {
  const view = useAppStore((state) => state.view);
  const filter = useAppStore((state) => state.filter);
  useEffect(() => {
    const url = new URL(window.location.href);
    viewToSearchParams(view, url.searchParams);
    filterToSearchParams(filter, url.searchParams);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [view, filter]);
}
