import type { LineString, Polygon } from 'geojson';
import { create } from 'zustand';
import type { LonLatBounds } from '../domain/loose-bounds';
import type { PlotSort } from '../domain/sort-plots';
import { isEditOf } from './edit-store';
import { useAppStore } from './store';

/** What the user drew to measure: an area or a length. */
export type Measurement = { kind: 'polygon'; geometry: Polygon } | { kind: 'line'; geometry: LineString };
export type DrawingKind = Measurement['kind'];

interface ToolState {
  /** Plots picked by shift-click or shift-drag, by plot index. */
  picked: ReadonlySet<number>;
  /** The drawing tool in use, or null when the map is in its usual mode. */
  drawing: DrawingKind | null;
  measurement: Measurement | null;
  filterOpen: boolean;
  ledgerOpen: boolean;
  ledgerSort: PlotSort | null;
  /** Asks the map to fly to a plot; `serial` makes a second request for the same plot count. */
  flight: { index: number; serial: number } | null;
  /** Asks the map to fly to where a feature lies that was not loaded (a rejected one). */
  boundsFlight: { bounds: LonLatBounds; serial: number } | null;
}

interface ToolActions {
  togglePicked(index: number): void;
  addPicked(indexes: readonly number[]): void;
  clearPicked(): void;
  startDrawing(kind: DrawingKind): void;
  measured(measurement: Measurement): void;
  clearMeasurement(): void;
  setFilterOpen(open: boolean): void;
  setLedgerOpen(open: boolean): void;
  setLedgerSort(sort: PlotSort | null): void;
  flyToPlot(index: number): void;
  flyToBounds(bounds: LonLatBounds): void;
}

const NOTHING_PICKED: ReadonlySet<number> = new Set();

/** The staff tools beside the map: filter drawer, ledger, selection and measuring. */
export const useToolStore = create<ToolState & ToolActions>()((set) => ({
  picked: NOTHING_PICKED,
  drawing: null,
  measurement: null,
  // Open where the screen leaves the map room beside it; a tab opens it on smaller screens.
  filterOpen: window.matchMedia('(min-width: 1500px)').matches,
  ledgerOpen: false,
  ledgerSort: null,
  flight: null,
  boundsFlight: null,

  togglePicked: (index) =>
    set((state) => {
      const picked = new Set(state.picked);
      if (!picked.delete(index)) picked.add(index);
      return { picked };
    }),
  addPicked: (indexes) => set((state) => ({ picked: new Set([...state.picked, ...indexes]) })),
  clearPicked: () => set({ picked: NOTHING_PICKED }),
  startDrawing: (kind) => set({ drawing: kind, measurement: null }),
  measured: (measurement) => set({ measurement, drawing: null }),
  clearMeasurement: () => set({ measurement: null, drawing: null }),
  setFilterOpen: (open) => set({ filterOpen: open }),
  setLedgerOpen: (open) => set({ ledgerOpen: open }),
  setLedgerSort: (sort) => set({ ledgerSort: sort }),
  flyToPlot: (index) => set((state) => ({ flight: { index, serial: (state.flight?.serial ?? 0) + 1 } })),
  flyToBounds: (bounds) => set((state) => ({ boundsFlight: { bounds, serial: (state.boundsFlight?.serial ?? 0) + 1 } })),
}));

// Picks and drawings belong to the plots they were made on; an edit keeps them.
useAppStore.subscribe((state, previous) => {
  if (state.data !== previous.data && !isEditOf(previous.data, state.data)) {
    useToolStore.setState({ picked: NOTHING_PICKED, measurement: null, drawing: null, flight: null, boundsFlight: null });
  }
});
