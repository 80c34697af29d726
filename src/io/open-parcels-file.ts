import { loadPlots, type PlotLoadResult } from '../domain/load-plots';
import { parseJsonText } from './fetch-json';
import { LoadError } from './load-error';

/** Reads a parcels GeoJSON the user picked or dropped. */
export async function openParcelsFile(file: File): Promise<PlotLoadResult> {
  if (!/\.(geo)?json$/i.test(file.name)) {
    throw new LoadError(
      `无法打开“${file.name}”：请选择 GeoJSON 文件（.geojson 或 .json）`,
      `Cannot open "${file.name}": choose a GeoJSON file (.geojson or .json)`,
    );
  }
  const json = parseJsonText(await file.text(), file.name);
  const result = loadPlots(json);
  if (result.inputCount === 0 && result.plots.length === 0) {
    // Only an error explains the refusal; a warning such as "its features were read" would contradict it.
    const fileLevel = result.findings.find((finding) => finding.featureIndex === null && finding.severity === 'error');
    throw new LoadError(
      `无法打开“${file.name}”：${fileLevel?.messageZh ?? '文件中没有任何要素。'}`,
      `Cannot open "${file.name}": ${fileLevel?.messageEn ?? 'the file holds no features.'}`,
    );
  }
  return result;
}
