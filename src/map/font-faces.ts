import type { FontFacesSpecification } from 'maplibre-gl';
import unicodeRanges from '@fontsource/noto-sans-sc/unicode.json';

/** The font family name the map's text layers ask for. */
export const MAP_FONT = 'Noto Sans SC Bold';

const fontFileUrls = import.meta.glob('/node_modules/@fontsource/noto-sans-sc/files/*-700-normal.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/**
 * Pairs each subset of the self-hosted Noto Sans SC with its unicode range, so that maplibre
 * draws labels (Chinese included) from files served by the app itself and fetches only the
 * subsets a label actually uses.
 */
export function buildFontFaces(
  ranges: Readonly<Record<string, string>>,
  urls: Readonly<Record<string, string>>,
  baseUrl: string,
): FontFacesSpecification {
  const faces = [];
  for (const [path, url] of Object.entries(urls)) {
    const match = /noto-sans-sc-(.+)-700-normal\.woff2$/.exec(path);
    if (!match) continue;
    const subset = /^\d+$/.test(match[1]) ? `[${match[1]}]` : match[1];
    const range = ranges[subset];
    if (!range) continue;
    faces.push({ url: new URL(url, baseUrl).href, 'unicode-range': range.split(',') });
  }
  return { [MAP_FONT]: faces };
}

export function mapFontFaces(baseUrl: string): FontFacesSpecification {
  return buildFontFaces(unicodeRanges, fontFileUrls, baseUrl);
}
