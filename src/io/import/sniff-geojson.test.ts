import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../tests/fixtures/import-generator/gbk';
import { geoJsonNeedsPreview } from './sniff-geojson';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('geoJsonNeedsPreview', () => {
  it('lets a plain longitude/latitude GeoJSON go straight to the loader', () => {
    expect(geoJsonNeedsPreview(bytes('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"宏发"},"geometry":{"type":"Polygon","coordinates":[[[120.5,30.1],'))).toBe(false);
  });

  it('sends GBK text, projected coordinates, a projected crs and a renamed Shapefile or zip to the preview', () => {
    expect(geoJsonNeedsPreview(encodeGbk('{"type":"FeatureCollection","features":[{"properties":{"name":"宏发织造"}'))).toBe(true);
    expect(geoJsonNeedsPreview(bytes('{"features":[{"geometry":{"type":"Polygon","coordinates":[[[40512345.6,3326000.1],'))).toBe(true);
    expect(geoJsonNeedsPreview(bytes('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4528"}},"features":['))).toBe(true);
    expect(geoJsonNeedsPreview(new Uint8Array([0x00, 0x00, 0x27, 0x0a, 0, 0]))).toBe(true);
    expect(geoJsonNeedsPreview(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
  });

  it('does not mistake a character cut at the end of the sample for GBK', () => {
    const text = bytes('{"properties":{"name":"宏');
    expect(geoJsonNeedsPreview(text.subarray(0, text.length - 1))).toBe(false);
  });
});
