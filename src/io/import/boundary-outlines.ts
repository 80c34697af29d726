import type { Feature, FeatureCollection } from 'geojson';

const NAME_KEYS = ['name', 'NAME', 'Name', '名称', 'XZQMC', 'ZLDWMC', 'QSDWMC', 'MC'];
const TOWNSHIP_KEYS = ['township', '镇街道', '乡镇', '镇街', 'XZMC'];
const VILLAGE_KEYS = ['village', '村', '村社区', '行政村', 'CMC'];

function firstText(properties: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

/** Boundary features with the `name` (and for villages `township`) the map labels read. */
export function boundaryOutlines(features: readonly unknown[], role: 'townships' | 'villages'): FeatureCollection {
  const named = features.filter((feature): feature is Feature => typeof feature === 'object' && feature !== null && (feature as Feature).geometry !== null);
  return {
    type: 'FeatureCollection',
    features: named.map((feature) => {
      const properties = { ...(feature.properties ?? {}) };
      const ownKeys = role === 'townships' ? [...NAME_KEYS, ...TOWNSHIP_KEYS] : [...NAME_KEYS, ...VILLAGE_KEYS];
      properties.name = firstText(properties, ownKeys) ?? '';
      if (role === 'villages') properties.township = firstText(properties, TOWNSHIP_KEYS) ?? '';
      return { ...feature, properties };
    }),
  };
}

export function mergeCollections(first: FeatureCollection | null, second: FeatureCollection): FeatureCollection {
  return first ? { type: 'FeatureCollection', features: [...first.features, ...second.features] } : second;
}
