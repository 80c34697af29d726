import { featureFinding, fileFinding, error, warning, type FeatureLabel, type Finding, type Issue } from './findings';
import { assemblePlot, normalizePlotFields } from './normalize-plot';
import type { Plot, PlotGeometry } from './types';
import { coordinateIssue } from './validate-coordinates';
import { declaredAreaIssue } from './validate-declared-area';
import { describeValue, geometryShapeIssue } from './validate-geometry-shape';
import { repairRings } from './validate-rings';
import { selfIntersectionIssue } from './validate-self-intersection';
import { stageDateIssues } from './validate-stage-dates';
import { structureIssue } from './validate-structure';

export interface PlotLoadResult {
  plots: Plot[];
  findings: Finding[];
  /** Features found in the input; plots.length + rejectedCount === inputCount. */
  inputCount: number;
  rejectedCount: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The features to load, and what to say about a file that is not a plain FeatureCollection. */
export function featuresOf(input: unknown): { features: unknown[]; fileIssue: Issue | null } {
  if (Array.isArray(input)) {
    return {
      features: input,
      fileIssue: warning('file-not-feature-collection', '文件是要素数组而不是 FeatureCollection，已逐个读取', 'the file is an array of features, not a FeatureCollection; each was read'),
    };
  }
  if (!isObject(input)) {
    return {
      features: [],
      fileIssue: error('file-not-geojson', `文件内容不是 GeoJSON 对象（${describeValue(input)}），没有载入任何地块`, `the file is not a GeoJSON object (${describeValue(input)}); no plots were loaded`),
    };
  }
  if (Array.isArray(input.features)) {
    if (input.type === 'FeatureCollection') return { features: input.features, fileIssue: null };
    return {
      features: input.features,
      fileIssue: warning(
        'file-not-feature-collection',
        `文件类型为 ${describeValue(input.type)} 而不是 FeatureCollection，已按要素集合读取`,
        `the file's type is ${describeValue(input.type)}, not FeatureCollection; its features were read`,
      ),
    };
  }
  if (input.type === 'Feature') {
    return {
      features: [input],
      fileIssue: warning('file-not-feature-collection', '文件是单个要素而不是 FeatureCollection，已作为一个地块读取', 'the file is a single Feature, not a FeatureCollection; it was read as one plot'),
    };
  }
  if (input.type === 'FeatureCollection') {
    return {
      features: [],
      fileIssue: error('file-no-features', 'FeatureCollection 缺少 features 数组，没有载入任何地块', 'the FeatureCollection has no features array; no plots were loaded'),
    };
  }
  return {
    features: [],
    fileIssue: error(
      'file-not-feature-collection',
      `文件类型为 ${describeValue(input.type)}，需要包含地块要素的 FeatureCollection，没有载入任何地块`,
      `the file's type is ${describeValue(input.type)}; a FeatureCollection of plot features is needed; no plots were loaded`,
    ),
  };
}

/** Checks a geometry in order; the first error rejects the feature, warnings come with the repaired geometry. */
function validateGeometry(feature: Record<string, unknown>, properties: Record<string, unknown>): { geometry: PlotGeometry | null; issues: Issue[] } {
  const shape = geometryShapeIssue(feature.geometry);
  if (shape) return { geometry: null, issues: [shape] };
  const repair = repairRings(feature.geometry as PlotGeometry);
  const issues = repair.issues;
  if (issues.some((issue) => issue.severity === 'error')) return { geometry: null, issues };
  const { geometry } = repair;
  const coordinates = coordinateIssue(geometry);
  if (coordinates?.severity === 'error') return { geometry: null, issues: [coordinates] };
  if (coordinates) issues.push(coordinates);
  const blocking = selfIntersectionIssue(geometry) ?? structureIssue({ ...feature, properties, geometry: null });
  if (blocking) return { geometry: null, issues: [blocking] };
  return { geometry, issues };
}

function loadFeature(raw: unknown, index: number): { plot: Plot | null; findings: Finding[] } {
  if (!isObject(raw)) {
    const label: FeatureLabel = { index, id: null, name: '' };
    const issue = error('feature-not-object', `不是 GeoJSON 要素对象：${describeValue(raw)}`, `it is not a GeoJSON feature object: ${describeValue(raw)}`);
    return { plot: null, findings: [featureFinding(label, issue)] };
  }
  const properties = isObject(raw.properties) ? raw.properties : {};
  const { fields, writtenId, issues: fieldIssues } = normalizePlotFields(properties, index);
  const { geometry, issues: geometryIssues } = validateGeometry(raw, properties);
  if (geometry === null) {
    const label: FeatureLabel = { index, id: writtenId, name: fields.name };
    return { plot: null, findings: geometryIssues.filter((issue) => issue.severity === 'error').map((issue) => featureFinding(label, issue)) };
  }
  const plot = assemblePlot(fields, geometry, properties, index);
  if (!(plot.areaM2 > 0)) {
    const label: FeatureLabel = { index, id: writtenId, name: fields.name };
    const issue = error('geometry-zero-area', '面积为零（顶点共线或重合）', 'its area is zero (its corners lie on one line or on one point)');
    return { plot: null, findings: [featureFinding(label, issue)] };
  }
  const label: FeatureLabel = { index, id: fields.id, name: fields.name };
  const issues = [...geometryIssues, ...fieldIssues, ...stageDateIssues(fields.stage, fields.dates)];
  const area = declaredAreaIssue(fields.declaredAreaMu, plot.areaMu);
  if (area) issues.push(area);
  return { plot, findings: issues.map((issue) => featureFinding(label, issue)) };
}

/**
 * Loads features one at a time, in file order, as a stream reader hands them over: each is
 * loaded or rejected with findings, and a repeated plot code is a warning naming the first.
 */
export interface PlotCollector {
  /** Loads the feature at `index` (its 0-based position in the file). */
  add(raw: unknown, index: number): { plot: Plot | null; findings: Finding[] };
}

export function createPlotCollector(): PlotCollector {
  const firstIndexById = new Map<string, number>();
  return {
    add(raw, index) {
      const loaded = loadFeature(raw, index);
      const plot = loaded.plot;
      if (plot === null) return loaded;
      const firstIndex = firstIndexById.get(plot.id);
      if (firstIndex === undefined) {
        firstIndexById.set(plot.id, index);
        return loaded;
      }
      const issue = warning(
        'id-duplicate',
        `地块编号“${plot.id}”与第 ${firstIndex + 1} 个要素重复`,
        `its plot code "${plot.id}" repeats that of feature ${firstIndex + 1}`,
      );
      return { plot, findings: [...loaded.findings, featureFinding({ index, id: plot.id, name: plot.name }, issue)] };
    },
  };
}


/**
 * Reads a parcels GeoJSON into typed plots. Never throws: every feature is loaded or rejected,
 * and every rejection, repair or doubt is a finding naming the feature. A repeated plot code is
 * a warning; the plot is kept under the same code.
 */
export function loadPlots(input: unknown): PlotLoadResult {
  const { features, fileIssue } = featuresOf(input);
  const findings: Finding[] = fileIssue ? [fileFinding(fileIssue)] : [];
  const plots: Plot[] = [];
  const collector = createPlotCollector();
  for (let index = 0; index < features.length; index++) {
    const loaded = collector.add(features[index], index);
    findings.push(...loaded.findings);
    if (loaded.plot !== null) plots.push(loaded.plot);
  }
  return { plots, findings, inputCount: features.length, rejectedCount: features.length - plots.length };
}
