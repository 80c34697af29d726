import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Plot } from '../domain/types';
import { markFeatures, type PlotMark } from './map-features';

/** The two small sources that outline marked plots (see base-style.ts). */
export interface MarkSources {
  highlight: string;
  picks: string;
}

/**
 * The clicked, hovered and picked plots, outlined from sources of their own that hold only
 * those few plots: marking a plot re-sends a handful of outlines and leaves the plots source,
 * and its 100,000 features, untouched. A plot the filter hides is not outlined.
 */
export class PlotMarks {
  private plots: Array<Plot | undefined> = [];
  private selected: number | null = null;
  private hovered: number | null = null;
  private picked: ReadonlySet<number> = new Set();
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly sources: MarkSources,
    private readonly isHidden: (index: number) => boolean,
  ) {}

  /** New plots: every mark is dropped. */
  setPlots(plots: readonly Plot[]): void {
    this.plots = [];
    for (const plot of plots) this.plots[plot.index] = plot;
    this.selected = null;
    this.hovered = null;
    this.picked = new Set();
    this.refresh();
  }

  get hoveredIndex(): number | null {
    return this.hovered;
  }

  setSelected(index: number | null): void {
    if (index === this.selected) return;
    this.selected = index;
    this.refresh();
  }

  setHovered(index: number | null): void {
    if (index === this.hovered) return;
    this.hovered = index;
    this.refresh();
  }

  setPicked(picked: ReadonlySet<number>): void {
    if (picked === this.picked) return;
    this.picked = picked;
    this.refresh();
  }

  /** Sends the outlines whose plots changed, e.g. after the filter hid or showed some. */
  refresh(): void {
    const highlight: Array<[number, PlotMark]> = [];
    if (this.selected !== null) highlight.push([this.selected, 'selected']);
    if (this.hovered !== null) highlight.push([this.hovered, 'hover']);
    this.send(this.sources.highlight, highlight);
    this.send(this.sources.picks, [...this.picked].map((index): [number, PlotMark] => [index, 'picked']));
  }

  private send(source: string, marks: Array<[number, PlotMark]>): void {
    const shown = marks.filter(([index]) => !this.isHidden(index));
    const key = shown.map(([index, mark]) => `${index}:${mark}`).join(',');
    if (this.sent.get(source) === key) return;
    this.sent.set(source, key);
    (this.map.getSource(source) as GeoJSONSource | undefined)?.setData(markFeatures((index) => this.plots[index], shown));
  }
}
