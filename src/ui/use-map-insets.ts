import { useEffect, type RefObject } from 'react';
import type { BattleMapView } from '../map/battle-map-view';
import { coveredInsets } from './map-insets';

/** The overlays over the map: the page's own (marked data-map-overlay) and the map's controls. */
const OVERLAYS = '[data-map-overlay], .maplibregl-ctrl-top-left .maplibregl-ctrl, .maplibregl-ctrl-top-right .maplibregl-ctrl, .maplibregl-ctrl-bottom-left .maplibregl-ctrl, .maplibregl-ctrl-bottom-right .maplibregl-ctrl';

/**
 * Tells the map which parts of it the overlays cover, whenever an overlay or the map changes
 * size or appears, so that it fits the plots and places their numbers clear of them.
 */
export function useMapInsets(containerRef: RefObject<HTMLElement | null>, viewRef: RefObject<BattleMapView | null>, ready: boolean): void {
  useEffect(() => {
    const container = containerRef.current;
    const area = container?.parentElement;
    if (!container || !area || !ready) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const overlays = [...area.querySelectorAll<HTMLElement>(OVERLAYS)].map((element) => element.getBoundingClientRect());
      const box = container.getBoundingClientRect();
      viewRef.current?.setInsets(coveredInsets(box, overlays));
      // Print scales the map's canvas to the printed frame's width: the frame keeps the screen's proportions.
      if (box.width > 0 && box.height > 0) area.style.setProperty('--screen-map-aspect', String(box.width / box.height));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    const resizes = new ResizeObserver(schedule);
    const watch = () => {
      resizes.disconnect();
      resizes.observe(container);
      for (const element of area.querySelectorAll<HTMLElement>(OVERLAYS)) resizes.observe(element);
      schedule();
    };
    const changes = new MutationObserver(watch);
    changes.observe(area, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class'] });
    watch();
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      changes.disconnect();
    };
  }, [containerRef, viewRef, ready]);
}
