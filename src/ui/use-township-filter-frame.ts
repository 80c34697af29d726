import { useEffect, useRef, type RefObject } from 'react';
import { plotsBounds } from '../domain/plot-labels/plots-bounds';
import type { BattleMapView } from '../map/battle-map-view';
import { useLedgerPlots } from '../state/selectors';
import { useAppStore } from '../state/store';

/**
 * Choosing a township in the filter moves the overview's map to that township's plots. The
 * township a page opens with (from a link) leaves the map where the link put it.
 */
export function useTownshipFilterFrame(viewRef: RefObject<BattleMapView | null>): void {
  const township = useAppStore((state) => state.filter.township);
  const onOverview = useAppStore((state) => state.view.kind === 'overview');
  const plots = useLedgerPlots();
  const framed = useRef<string | null>(township);
  useEffect(() => {
    if (township === framed.current) return;
    framed.current = township;
    if (township === null || !onOverview) return;
    const bounds = plotsBounds(plots.filter((plot) => plot.township === township));
    if (bounds) void viewRef.current?.frameBounds(bounds);
  }, [township, onOverview, plots, viewRef]);
}
