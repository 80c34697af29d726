import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { MeasureDrawing } from './measure-drawing';
import type { PlotMarks } from './plot-marks';
import type { PlotVisibility } from './plot-visibility';

/** What the pointer does on the map, as the app hears it. */
export interface PointerCallbacks {
  onPlotClick(index: number | null): void;
  /** A click on a township away from any plot. */
  onTownshipClick(township: string): void;
  /** Shift-click (one plot, toggled) or shift-drag box (every plot in it, added). */
  onPlotsPicked?(indexes: number[], toggle: boolean): void;
}

/**
 * The mouse on the map: hovering a plot marks it, a click selects it, a click away from plots
 * opens the township under it, shift picks plots. Plots the filter hides take no part.
 */
export class PlotPointer {
  constructor(
    private readonly map: MapLibreMap,
    private readonly parts: { visibility: PlotVisibility; marks: PlotMarks; drawing: MeasureDrawing },
    private readonly callbacks: PointerCallbacks,
    /** The township whose battle map is shown, if any: a click on it opens nothing. */
    private readonly focusedTownship: () => string | null,
  ) {
    map.on('mousemove', 'plot-fill', (event) => this.hover(event));
    map.on('mouseleave', 'plot-fill', () => this.setHovered(null));
    map.on('click', (event) => this.click(event));
  }

  /** The plots drawn at a point or in a box, leaving out plots the filter hides. */
  plotsAt(point: PointLike | [PointLike, PointLike]): number[] {
    const indexes = new Set<number>();
    for (const feature of this.map.queryRenderedFeatures(point, { layers: ['plot-fill'] })) {
      if (typeof feature.id === 'number' && !this.parts.visibility.isHidden(feature.id)) indexes.add(feature.id);
    }
    return [...indexes];
  }

  pickBox(corners: [PointLike, PointLike]): void {
    this.callbacks.onPlotsPicked?.(this.plotsAt(corners), false);
  }

  private hover(event: MapMouseEvent & { features?: { id?: string | number }[] }): void {
    const feature = this.parts.drawing.active
      ? undefined
      : event.features?.find((candidate) => typeof candidate.id === 'number' && !this.parts.visibility.isHidden(candidate.id));
    this.setHovered(typeof feature?.id === 'number' ? feature.id : null);
  }

  private setHovered(id: number | null): void {
    if (id === this.parts.marks.hoveredIndex) return;
    this.parts.marks.setHovered(id);
    this.map.getCanvas().style.cursor = id === null ? '' : 'pointer';
  }

  private click(event: MapMouseEvent): void {
    if (this.parts.drawing.takesClick()) return;
    const [index] = this.plotsAt(event.point);
    // Shift is for picking: a shift-click that misses keeps the picks and the page.
    if (event.originalEvent.shiftKey) {
      if (index !== undefined) this.callbacks.onPlotsPicked?.([index], true);
      return;
    }
    if (index !== undefined) {
      this.callbacks.onPlotClick(index);
      return;
    }
    this.callbacks.onPlotClick(null);
    const [township] = this.map.queryRenderedFeatures(event.point, { layers: ['township-fill'] });
    const name = township?.properties?.name;
    if (typeof name === 'string' && name !== this.focusedTownship()) this.callbacks.onTownshipClick(name);
  }
}
