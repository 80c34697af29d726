import type { Feature } from 'geojson';
import { fileFinding, warning, type Finding, type Issue } from '../../domain/findings';
import { convertGeometry } from './convert-coordinates';
import { datumWarning, describeCoordinateSystem, type CoordinateSystem } from './coordinate-system';
import { describeEncodingDecision, type TextEncoding } from './encoding';
import type { RawLayer } from './import-types';
import { withDbfEncoding } from './read-shapefile';

/** What the user settled in the preview for one layer. */
export interface LayerChoice {
  /** Null keeps the encoding the import found. */
  encoding: TextEncoding | null;
  system: CoordinateSystem;
}

export interface ConvertedLayer {
  /** GeoJSON features in CGCS2000/WGS84 longitude/latitude, one per feature in the file. */
  features: unknown[];
  /** Every conversion made (encoding, projection, datum) and every note, for the data checks. */
  findings: Finding[];
}

function layerIssue(layer: RawLayer, code: string, message: { zh: string; en: string }): Issue {
  return warning(code, `“${layer.name}”：${message.zh}`, `"${layer.name}": ${message.en}`);
}

/** A layer ready to convert: its conversions stated, and a function placing one feature in longitude/latitude. */
export interface PreparedLayer {
  /** The layer as it is read: in the chosen encoding. */
  layer: RawLayer;
  /** Every conversion made (encoding, projection, datum) and every note; features that fail to convert add theirs. */
  issues: Issue[];
  convert(index: number): unknown;
}

/** Decodes the layer in the chosen encoding and states each conversion; the features are converted one by one with `convert`. */
export function prepareLayer(input: RawLayer, choice: LayerChoice): PreparedLayer {
  const layer = choice.encoding && input.dbf && choice.encoding !== input.encoding?.encoding ? withDbfEncoding(input, choice.encoding) : input;
  const issues: Issue[] = [];
  if (layer.encoding) issues.push(layerIssue(layer, 'import-encoding', describeEncodingDecision(layer.encoding)));
  for (const note of layer.notes) issues.push(layerIssue(layer, 'import-note', note));
  const { system } = choice;
  if (layer.declaredSystem && layer.declaredSystem.system.kind === system.kind) {
    issues.push(layerIssue(layer, 'import-declared-system', layer.declaredSystem.reason));
  }
  if (system.kind !== 'lonlat') {
    const from = describeCoordinateSystem(system);
    issues.push(
      layerIssue(layer, system.kind === 'gcj02' || system.kind === 'bd09' ? 'import-offset' : 'import-projection', {
        zh: `坐标由 ${from.zh} 转换为 CGCS2000 经纬度`,
        en: `coordinates converted from ${from.en} to CGCS2000 longitude/latitude`,
      }),
    );
  }
  const datum = datumWarning(system);
  if (datum) issues.push(layerIssue(layer, 'import-datum', datum));

  const convert = (index: number): unknown => {
    const feature = layer.features[index];
    const original = feature.original;
    if (original !== undefined && system.kind === 'lonlat') return original;
    const geometry = feature.geometry ? convertOrKeep(feature.geometry, system, layer, index, issues) : null;
    if (typeof original === 'object' && original !== null) return { ...original, geometry: geometry ?? (original as { geometry?: unknown }).geometry ?? null };
    const plain: Feature | { type: 'Feature'; properties: Record<string, unknown>; geometry: null } = geometry
      ? { type: 'Feature', properties: feature.properties, geometry }
      : { type: 'Feature', properties: feature.properties, geometry: null };
    return plain;
  };
  return { layer, issues, convert };
}

/** The layer's features placed in longitude/latitude, each conversion written as a finding. */
export function convertLayer(input: RawLayer, choice: LayerChoice): ConvertedLayer {
  const prepared = prepareLayer(input, choice);
  const features = prepared.layer.features.map((_, index) => prepared.convert(index));
  return { features, findings: prepared.issues.map(fileFinding) };
}

function convertOrKeep(geometry: NonNullable<RawLayer['features'][number]['geometry']>, system: CoordinateSystem, layer: RawLayer, index: number, issues: Issue[]) {
  try {
    return convertGeometry(geometry, system);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    issues.push(layerIssue(layer, 'import-conversion-failed', { zh: `第 ${index + 1} 个要素的坐标无法转换（${detail}）`, en: `the coordinates of feature ${index + 1} could not be converted (${detail})` }));
    return null;
  }
}
