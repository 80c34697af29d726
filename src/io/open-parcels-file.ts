import { LoadError } from './load-error';
import { loadParcelsInWorker, type LoadOptions, type ParcelsLoad } from './worker/load-client';

/**
 * Reads a parcels file the user picked or dropped, in the loading worker. Resolves to null
 * when cancelled; a file with no features at all is refused with what the file said.
 */
export async function openParcelsFile(files: File[], options: LoadOptions): Promise<ParcelsLoad | null> {
  const name = files[0].name;
  const result = await loadParcelsInWorker({ kind: 'files', files }, options);
  if (result && result.inputCount === 0 && result.plots.length === 0) {
    const fileLevel = result.findings.find((finding) => finding.featureIndex === null);
    throw new LoadError(
      `无法打开“${name}”：${fileLevel?.messageZh ?? '文件中没有地块'}`,
      `Cannot open "${name}": ${fileLevel?.messageEn ?? 'the file has no plots'}`,
    );
  }
  return result;
}
