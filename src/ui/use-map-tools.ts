import { useEffect, type RefObject } from 'react';
import type { BattleMapView, MapCallbacks } from '../map/battle-map-view';
import { useHiddenPlots } from '../state/selectors';
import type { LoadedData } from '../state/store';
import { useToolStore } from '../state/tool-store';

/** What the map reports back to the staff tools: picks and finished drawings. */
export const mapToolCallbacks: Pick<MapCallbacks, 'onPlotsPicked' | 'onMeasured'> = {
  onPlotsPicked: (indexes, toggle) => {
    const { togglePicked, addPicked } = useToolStore.getState();
    if (toggle) indexes.forEach(togglePicked);
    else addPicked(indexes);
  },
  onMeasured: (shape) => useToolStore.getState().measured(shape),
};

/** Hands the map what the staff tools want shown: the filter, picks, drawing and flights. */
export function useMapTools(viewRef: RefObject<BattleMapView | null>, data: LoadedData | null): void {
  const hidden = useHiddenPlots();
  const picked = useToolStore((state) => state.picked);
  const drawing = useToolStore((state) => state.drawing);
  const measured = useToolStore((state) => state.measurement !== null);
  const flight = useToolStore((state) => state.flight);
  const boundsFlight = useToolStore((state) => state.boundsFlight);

  useEffect(() => {
    void viewRef.current?.setHiddenPlots(hidden);
  }, [viewRef, hidden, data]);

  useEffect(() => {
    void viewRef.current?.setPickedPlots(picked);
  }, [viewRef, picked, data]);

  useEffect(() => {
    void viewRef.current?.setDrawing(drawing, !measured);
  }, [viewRef, drawing, measured]);

  useEffect(() => {
    const plot = flight && data?.plots.find((candidate) => candidate.index === flight.index);
    if (plot) viewRef.current?.flyToPlot(plot);
  }, [viewRef, flight, data]);

  useEffect(() => {
    if (boundsFlight) viewRef.current?.flyToBounds(boundsFlight.bounds);
  }, [viewRef, boundsFlight]);
}
