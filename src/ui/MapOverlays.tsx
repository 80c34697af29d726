import { FilterChips } from './FilterChips';
import { MapToolbar } from './MapToolbar';
import { MeasurePanel } from './MeasurePanel';
import { PickedPanel } from './PickedPanel';
import './staff-tools.css';

/**
 * The strip above the map: the active filter and the tools. It takes its own room rather than
 * lying over the map, so that it can wrap on a narrow screen without covering plots.
 */
export function MapStrip() {
  return (
    <div className="map-strip" data-testid="map-strip">
      <FilterChips />
      <MapToolbar />
    </div>
  );
}

/** Cards drawn over the map while in use: a measurement, the picked plots. The map keeps clear of them. */
export function MapOverlays() {
  return (
    <div className="map-tools" data-map-overlay>
      <MeasurePanel />
      <PickedPanel />
    </div>
  );
}
