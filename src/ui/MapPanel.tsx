import { useEffect, useRef, useState } from 'react';
import { DEFAULT_STAGES } from '../domain/stages';
import type { BattleMapView } from '../map/battle-map-view';
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
  const [started, setStarted] = useState(false);
  const loaded = useAppStore((state) => state.data);
  // What the map is handed waits for the map: effects that pass it on run once it exists.
  const data = started ? loaded : null;
  const selectedPlotIndex = useAppStore((state) => state.selectedPlotIndex);
  const selectPlot = useAppStore((state) => state.selectPlot);
  const setView = useAppStore((state) => state.setView);
  const focus = useMapFocus();
  const text = useText();
  const northLabel = text('north');

  // The map starts with the page, not when the first plots arrive: its start (script, WebGL
  // context, style, worker, first frame) then runs while the plots load instead of after. Its
  // script is a chunk of its own, run after the page's first render: the page's first layout,
  // the map library's start and its WebGL set-up are then separate tasks, not one long one.
  useEffect(() => {
    const container = containerRef.current;
    if (!container || viewRef.current) return;
    let cancelled = false;
    void import('../map/battle-map-view').then(({ BattleMapView }) => {
      if (cancelled) return;
      viewRef.current = new BattleMapView(
        container,
        useAppStore.getState().data?.campaign.stages ?? DEFAULT_STAGES,
        { onPlotClick: selectPlot, onTownshipClick: (township) => setView({ kind: 'township', township }), ...mapToolCallbacks },
        northLabel,
      );
      setStarted(true);
    });
    return () => {
      cancelled = true;
    };
  }, [selectPlot, setView, northLabel]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || !data) return;
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
  }, [data]);

  useEffect(() => {
    // The first focus decides whether the map keeps a linked position (#map=): it waits for the plots.
    if (data) void viewRef.current?.setFocus(focus);
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
  }, [selectedPlotIndex, started]);

  useEffect(
    () => () => {
      viewRef.current?.destroy();
      viewRef.current = null;
    },
    [],
  );

  return <div ref={containerRef} className="map" data-testid="map" data-idle="false" />;
}
