import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { StageDefinition } from '../domain/types';
import { MAP_FONT, mapFontFaces } from './font-faces';
import { unlessHidden } from './plot-state-style';
import { stageFillColor } from './stage-style';

export const SOURCE = {
  plots: 'plots',
  townships: 'townships',
  villages: 'villages',
  labels: 'boundary-labels',
  numbers: 'plot-numbers',
  /** Lines from a number placed beside its plot to the plot (see PlotNumberLabels). */
  leaders: 'plot-number-leaders',
  /** The clicked and hovered plot (see PlotMarks). */
  highlight: 'plot-highlight',
  /** Plots picked by shift-click or box (see PlotMarks). */
  picks: 'plot-picks',
} as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Layers that only a township's battle map shows; see `focusFilters`. */
export const FOCUS_LAYERS = { dim: 'township-dim', outline: 'township-focus-outline' } as const;

/** Layers of text, which the poster draws itself at print size. */
export const TEXT_LAYERS = ['village-label', 'township-label', 'plot-number', 'plot-number-leader'] as const;

/**
 * A style that needs no network: no tiles, no sprite, no glyph server. Labels are drawn in the
 * browser from the font files the app serves itself.
 */
export function baseStyle(stages: readonly StageDefinition[], baseUrl: string): StyleSpecification {
  return {
    version: 8,
    'font-faces': mapFontFaces(baseUrl),
    sources: {
      [SOURCE.townships]: { type: 'geojson', data: EMPTY },
      [SOURCE.villages]: { type: 'geojson', data: EMPTY },
      // Plots are filled and thinly outlined: a tile needs little of its neighbours' plots beyond its edge
      // (maplibre's 128 px copies a quarter tile's worth of plots into each neighbour, in memory and in work).
      [SOURCE.plots]: { type: 'geojson', data: EMPTY, buffer: 16 },
      [SOURCE.labels]: { type: 'geojson', data: EMPTY },
      [SOURCE.numbers]: { type: 'geojson', data: EMPTY },
      [SOURCE.leaders]: { type: 'geojson', data: EMPTY },
      [SOURCE.highlight]: { type: 'geojson', data: EMPTY },
      [SOURCE.picks]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } },
      { id: 'township-fill', type: 'fill', source: SOURCE.townships, paint: { 'fill-color': '#f8f8f4' } },
      {
        id: 'village-outline',
        type: 'line',
        source: SOURCE.villages,
        paint: { 'line-color': '#8d9a8f', 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'plot-fill',
        type: 'fill',
        source: SOURCE.plots,
        paint: { 'fill-color': stageFillColor(stages), 'fill-opacity': unlessHidden(1) },
      },
      {
        id: 'plot-outline',
        type: 'line',
        source: SOURCE.plots,
        minzoom: 13,
        paint: { 'line-color': '#3d3d3d', 'line-width': 0.6, 'line-opacity': unlessHidden(1) },
      },
      {
        id: 'plot-highlight',
        type: 'line',
        source: SOURCE.highlight,
        paint: {
          'line-color': '#111111',
          'line-width': ['match', ['get', 'mark'], 'selected', 3.5, 2.5],
        },
      },
      {
        id: 'plot-picked',
        type: 'line',
        source: SOURCE.picks,
        paint: { 'line-color': '#1f3a5f', 'line-width': 3, 'line-dasharray': [2, 1] },
      },
      {
        id: FOCUS_LAYERS.dim,
        type: 'fill',
        source: SOURCE.townships,
        filter: ['boolean', false],
        paint: { 'fill-color': '#c9ced6', 'fill-opacity': 0.72 },
      },
      {
        id: 'township-outline',
        type: 'line',
        source: SOURCE.townships,
        paint: { 'line-color': '#2f3b52', 'line-width': 2.2 },
      },
      {
        id: FOCUS_LAYERS.outline,
        type: 'line',
        source: SOURCE.townships,
        filter: ['boolean', false],
        paint: { 'line-color': '#b22222', 'line-width': 4 },
      },
      {
        id: 'village-label',
        type: 'symbol',
        source: SOURCE.labels,
        minzoom: 12,
        filter: ['==', ['get', 'kind'], 'village'],
        layout: { 'text-field': ['get', 'name'], 'text-font': [MAP_FONT], 'text-size': 13 },
        paint: { 'text-color': '#4b5a4f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
      {
        id: 'township-label',
        type: 'symbol',
        source: SOURCE.labels,
        maxzoom: 13,
        filter: ['==', ['get', 'kind'], 'township'],
        layout: { 'text-field': ['get', 'name'], 'text-font': [MAP_FONT], 'text-size': 18 },
        paint: { 'text-color': '#1f2a3d', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
      {
        id: 'plot-number-leader',
        type: 'line',
        source: SOURCE.leaders,
        // Light enough that a crowded township's leaders do not drown the plots they point to.
        paint: { 'line-color': '#3b4656', 'line-width': 0.8, 'line-opacity': 0.55 },
      },
      {
        id: 'plot-number',
        type: 'symbol',
        source: SOURCE.numbers,
        layout: {
          'text-field': ['to-string', ['get', 'number']],
          'text-font': [MAP_FONT],
          'text-size': ['get', 'size'],
          // Every number is drawn: PlotNumberLabels has already placed them apart from each other.
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
    ],
  };
}
