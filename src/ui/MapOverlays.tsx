import { FilterChips } from './FilterChips';
import { MapToolbar } from './MapToolbar';
import { MeasurePanel } from './MeasurePanel';
import { PickedPanel } from './PickedPanel';
import './staff-tools.css';

/** The staff tools drawn over the map: the active filter, measuring, picks and sharing. */
export function MapOverlays() {
  return (
    <>
      <FilterChips />
      <div className="map-tools">
        <MapToolbar />
        <MeasurePanel />
        <PickedPanel />
      </div>
    </>
  );
}
