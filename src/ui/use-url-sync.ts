import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { sameView } from '../state/view';
import { appLink } from './app-link';

/**
 * How long the address bar waits after a filter change. Ticking through a list is many changes
 * in a row; the address follows once they stop, and the map and panels do not wait for it.
 */
export const FILTER_LINK_DELAY_MS = 300;

/**
 * Keeps the address bar's query on the current view and filter, so a link reopens them. A new
 * view is written at once (it is a page of its own); a filter change shortly after. The copy-link
 * button builds its link from the store, so it never copies an address that lags behind.
 */
export function useUrlSync(): void {
  const view = useAppStore((state) => state.view);
  const filter = useAppStore((state) => state.filter);
  const asOf = useAppStore((state) => state.asOf);
  const written = useRef(view);
  useEffect(() => {
    const write = () => {
      written.current = view;
      const link = appLink(window.location.href, view, filter, asOf);
      if (link !== window.location.href) window.history.replaceState(window.history.state, '', link);
    };
    if (!sameView(written.current, view)) {
      write();
      return undefined;
    }
    const timer = window.setTimeout(write, FILTER_LINK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [view, filter, asOf]);
}

/** Renders nothing: keeps the address in step without making the whole page re-render on each filter change. */
export function UrlSync(): null {
  useUrlSync();
  return null;
}
