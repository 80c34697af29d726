import { useEffect, useRef } from 'react';
import { BattleMapView } from '../map/battle-map-view';
import { asOfDateOf, stagesOnDateOf } from '../state/as-of';
import { useLoadingStore } from '../state/loading-store';
import { useAppStore } from '../state/store';
import { useText } from './i18n';
import { useMapFocus } from './use-map-focus';
import { useMapInsets } from './use-map-insets';
import { useTownshipFilterFrame } from './use-township-filter-frame';
import { mapToolCallbacks, useMapTools } from './use-map-tools';

/** Hosts the map and hands it the state it should show. */
export function MapPanel() {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<BattleMapView | null>(null);
  const data = useAppStore((state) => state.data);
  const selectedPlotIndex = useAppStore((state) => state.selectedPlotIndex);
  const selectPlot = useAppStore((state) => state.selectPlot);
  const setView = useAppStore((state) => state.setView);
  const focus = useMapFocus();
  const text = useText();
  const northLabel = text('north');

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !data) return;
    if (!viewRef.current) {
      viewRef.current = new BattleMapView(
        container,
        data.campaign.stages,
        { onPlotClick: selectPlot, onTownshipClick: (township) => setView({ kind: 'township', township }), ...mapToolCallbacks },
        northLabel,
      );
    }
    const view = viewRef.current;
    void view
      .setData({
        plots: data.plots,
        prepared: data.mapPlots,
        stages: data.campaign.stages,
        townships: data.townships,
        villages: data.villages,
      })
      .then(() => view.whenIdle())
      .then(() => useLoadingStore.getState().drawn());
  }, [data, selectPlot, setView, northLabel]);

  useEffect(() => {
    void viewRef.current?.setFocus(focus);
  }, [focus, data]);

  useMapTools(viewRef, data);
  useTownshipFilterFrame(viewRef);
  useMapInsets(containerRef, viewRef, data !== null);

  const stagesOnDate = useAppStore(stagesOnDateOf);
  const asOfDate = useAppStore(asOfDateOf);
  useEffect(() => {
    void viewRef.current?.setStagesOnDate(stagesOnDate.plots, stagesOnDate.stages, asOfDate);
  }, [stagesOnDate, asOfDate, data]);

  useEffect(() => {
    void viewRef.current?.setSelectedPlot(selectedPlotIndex);
  }, [selectedPlotIndex]);

  useEffect(
    () => () => {
      viewRef.current?.destroy();
      viewRef.current = null;
    },
    [],
  );

  return <div ref={containerRef} className="map" data-testid="map" data-idle="false" />;
}
