import type { Feature } from 'geojson';
import { fileFinding, warning, type Finding } from '../../domain/findings';
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

function layerFinding(layer: RawLayer, code: string, message: { zh: string; en: string }): Finding {
  return fileFinding(warning(code, `“${layer.name}”：${message.zh}`, `"${layer.name}": ${message.en}`));
}

/** The layer's features placed in longitude/latitude, each conversion written as a finding. */
export function convertLayer(input: RawLayer, choice: LayerChoice): ConvertedLayer {
  const layer = choice.encoding && input.dbf && choice.encoding !== input.encoding?.encoding ? withDbfEncoding(input, choice.encoding) : input;
  const findings: Finding[] = [];
  if (layer.encoding) findings.push(layerFinding(layer, 'import-encoding', describeEncodingDecision(layer.encoding)));
  for (const note of layer.notes) findings.push(layerFinding(layer, 'import-note', note));
  const { system } = choice;
  if (layer.declaredSystem && layer.declaredSystem.system.kind === system.kind) {
    findings.push(layerFinding(layer, 'import-declared-system', layer.declaredSystem.reason));
  }
  if (system.kind !== 'lonlat') {
    const from = describeCoordinateSystem(system);
    findings.push(
      layerFinding(layer, system.kind === 'gcj02' || system.kind === 'bd09' ? 'import-offset' : 'import-projection', {
        zh: `坐标由 ${from.zh} 转换为 CGCS2000 经纬度`,
        en: `coordinates converted from ${from.en} to CGCS2000 longitude/latitude`,
      }),
    );
  }
  const datum = datumWarning(system);
  if (datum) findings.push(layerFinding(layer, 'import-datum', datum));

  const features = layer.features.map((feature, index): unknown => {
    const original = feature.original;
    if (original !== undefined && system.kind === 'lonlat') return original;
    const geometry = feature.geometry ? convertOrKeep(feature.geometry, system, layer, index, findings) : null;
    if (typeof original === 'object' && original !== null) return { ...original, geometry: geometry ?? (original as { geometry?: unknown }).geometry ?? null };
    const plain: Feature | { type: 'Feature'; properties: Record<string, unknown>; geometry: null } = geometry
      ? { type: 'Feature', properties: feature.properties, geometry }
      : { type: 'Feature', properties: feature.properties, geometry: null };
    return plain;
  });
  return { features, findings };
}

function convertOrKeep(geometry: NonNullable<RawLayer['features'][number]['geometry']>, system: CoordinateSystem, layer: RawLayer, index: number, findings: Finding[]) {
  try {
    return convertGeometry(geometry, system);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    findings.push(layerFinding(layer, 'import-conversion-failed', { zh: `第 ${index + 1} 个要素的坐标无法转换（${detail}）`, en: `the coordinates of feature ${index + 1} could not be converted (${detail})` }));
    return null;
  }
}
