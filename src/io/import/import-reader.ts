import type { FeatureCollection } from 'geojson';
import { warning } from '../../domain/findings';
import { LoadError } from '../load-error';
import type { ImportChoices, ImportLayerChoice } from '../worker/protocol';
import type { FeatureReader, ReaderContext, ReaderFile } from '../worker/readers';
import { boundaryOutlines, mergeCollections } from './boundary-outlines';
import { prepareLayer } from './convert-layer';
import { detectCoordinateSystem } from './detect-coordinate-system';
import type { ImportFile, RawLayer } from './import-types';
import { readImportFiles } from './read-import-files';
import { extentOf } from './transform-geometry';

/** Features converted per batch: the worker says how far it is, and the page takes each batch in one short task. */
const FEATURES_PER_BATCH = 1000;
/**
 * The files are read whole, parsed, then converted feature by feature; the bar shares the
 * main file's size out over these steps in these proportions.
 */
const READ_SHARE = 0.2;
const PARSE_SHARE = 0.15;

/** Without a preview (a Shapefile or KML opened directly), each layer is plots in the coordinates its .prj or its numbers clearly say. */
function choicesWithoutPreview(layers: readonly RawLayer[]): ImportChoices {
  return {
    layers: layers.map((layer): ImportLayerChoice => {
      const detection = detectCoordinateSystem(layer.prj, extentOf(layer.features.map((feature) => feature.geometry)), null);
      const system = layer.declaredSystem?.system ?? (detection.confirm ? null : detection.system);
      if (!system) {
        throw new LoadError(
          `“${layer.name}”的坐标系需要确认：请用“导入数据”导入，在预览中选择坐标系`,
          `The coordinate system of "${layer.name}" needs confirming: import it with Import data and choose it in the preview`,
        );
      }
      return { name: layer.name, role: 'parcels', encoding: null, system };
    }),
  };
}

function choicesFor(layers: readonly RawLayer[], choices: ImportChoices | null): ImportLayerChoice[] {
  if (!choices) return choicesWithoutPreview(layers).layers;
  const same = choices.layers.length === layers.length && choices.layers.every((choice, position) => choice.name === layers[position].name);
  if (!same) throw new LoadError('导入的文件与预览时不同（文件是否在预览后被改动？）：请重新导入', 'The files differ from those previewed (were they changed after the preview?): import them again');
  return choices.layers;
}

async function readWhole(files: readonly ReaderFile[], context: ReaderContext, share: (part: number) => void): Promise<ImportFile[]> {
  const total = files.reduce((sum, file) => sum + (file.size ?? 0), 0);
  const read: ImportFile[] = [];
  let done = 0;
  for (const file of files) {
    if (context.signal.aborted) break;
    const bytes = new Uint8Array(await file.arrayBuffer());
    read.push({ name: file.name, bytes });
    done += bytes.length;
    share(total > 0 ? (done / total) * READ_SHARE : READ_SHARE);
    context.stage('read');
  }
  return read;
}

/**
 * The import in the loading worker: reads the files the preview showed, decodes and converts
 * each layer as it settled, hands the plots' features on a batch at a time (the pipeline
 * checks them and measures their areas) and the boundary layers as outlines. Every conversion
 * is stated in the data checks.
 */
export const readImport: FeatureReader = async function* (files, context) {
  const mainSize = files[0]?.size ?? null;
  const share = (part: number) => {
    if (mainSize) context.bytesRead(Math.round(mainSize * part));
  };
  const read = await readWhole(files, context, share);
  if (context.signal.aborted) return;
  context.stage('parse');
  const bundle = await readImportFiles(read);
  share(READ_SHARE + PARSE_SHARE);
  const choices = choicesFor(bundle.layers, context.choices);
  const plotFeatures = bundle.layers.reduce((sum, layer, position) => sum + (choices[position].role === 'parcels' ? layer.features.length : 0), 0);
  let converted = 0;
  let townships: FeatureCollection | null = null;
  let villages: FeatureCollection | null = null;
  for (const [position, layer] of bundle.layers.entries()) {
    const choice = choices[position];
    if (choice.role === 'skip') {
      context.note(warning('import-skipped', `“${layer.name}”的 ${layer.features.length} 个要素按选择未导入`, `the ${layer.features.length} features of "${layer.name}" were not imported, as chosen`));
      continue;
    }
    context.stage('convert');
    const prepared = prepareLayer(layer, choice);
    const count = prepared.layer.features.length;
    if (choice.role === 'parcels') {
      for (let start = 0; start < count; start += FEATURES_PER_BATCH) {
        if (context.signal.aborted) return;
        context.stage('convert');
        const batch: unknown[] = [];
        for (let index = start; index < Math.min(count, start + FEATURES_PER_BATCH); index++) batch.push(prepared.convert(index));
        converted += batch.length;
        share(READ_SHARE + PARSE_SHARE + (1 - READ_SHARE - PARSE_SHARE) * (converted / Math.max(1, plotFeatures)));
        context.stage('convert');
        yield batch;
      }
    } else {
      const outlines = boundaryOutlines(prepared.layer.features.map((_, index) => prepared.convert(index)), choice.role);
      if (choice.role === 'townships') townships = mergeCollections(townships, outlines);
      else villages = mergeCollections(villages, outlines);
    }
    for (const issue of prepared.issues) context.note(issue);
  }
  if (townships || villages) context.outlines({ townships, villages });
};
