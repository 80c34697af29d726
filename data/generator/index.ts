import type { Feature, Polygon, Position } from 'geojson';
import { geodesicAreaMu } from '../../src/domain/area';
import { DEFAULT_STAGES } from '../../src/domain/stages';
import type { StageKey } from '../../src/domain/types';
import { Officers, plotProperties, type PlotProperties } from './attributes';
import { createBoundaries, project, type Boundaries } from './boundaries';
import { REPORTING_DATE } from './dates';
import { fitOutline } from './fit';
import { roundCoordinate, type Point } from './geometry';
import { Occupancy, TownshipLayout } from './layout';
import { COUNTY } from './names';
import { planSpecs, planTownshipCounts, REPORT_TOWNSHIP } from './plan';
import { Random } from './random';
import { FILE_NAMES } from './serialize';
import { measureFigures, setTargets, type Figures } from './targets';

export { campaignFiles, writeCampaignFiles, FILE_NAMES } from './serialize';
export { REPORT_FIGURES, REPORT_TOWNSHIP } from './plan';

export const DEMO_SEED = 20261115;
export const DEMO_PLOT_COUNT = 2200;
export const DEMO_NOTE = '示例数据：县、镇、村、企业和地块均为虚构';

export interface CampaignFile {
  name: string;
  name_en: string;
  demo: true;
  note: string;
  county: string;
  reporting_date: string;
  parcels: string;
  townships: string;
  villages: string;
  stages: { key: string; label: string; label_en: string; color: string }[];
  targets: Record<string, Partial<Figures>>;
}

export interface NamedCollection<P> {
  type: 'FeatureCollection';
  name: string;
  note: string;
  features: Feature<Polygon, P>[];
}

export interface GeneratedCampaign {
  campaign: CampaignFile;
  parcels: NamedCollection<PlotProperties>;
  townships: NamedCollection<{ name: string; name_en: string; code: string }>;
  villages: NamedCollection<{ name: string; township: string; code: string }>;
}

export interface GenerateOptions {
  seed?: number;
  plotCount?: number;
  /**
   * Corners per plot outline, at least: each edge is cut into equal pieces, as dense as real
   * surveyed boundaries (hundreds of corners) for benchmarks. The demo's plots have 4–12.
   */
  vertices?: number;
}

/** The closed ring with every edge cut into equal pieces, so that it has at least `vertices` corners. */
function densify(coordinates: Position[], vertices: number): Position[] {
  const edges = coordinates.length - 1;
  const pieces = Math.max(1, Math.ceil(vertices / edges));
  if (pieces === 1) return coordinates;
  const dense: Position[] = [];
  for (let edge = 0; edge < edges; edge++) {
    const [x0, y0] = coordinates[edge];
    const [x1, y1] = coordinates[edge + 1];
    for (let piece = 0; piece < pieces; piece++) {
      const t = piece / pieces;
      dense.push([roundCoordinate(x0 + (x1 - x0) * t), roundCoordinate(y0 + (y1 - y0) * t)]);
    }
  }
  dense.push(dense[0]);
  return dense;
}

function outline(boundaries: Boundaries, ring: readonly Point[]): Position[] {
  const open = ring.map((point) => project(boundaries, point).map(roundCoordinate));
  return [...open, open[0]];
}

function polygon(coordinates: Position[]): Polygon {
  return { type: 'Polygon', coordinates: [coordinates] };
}

/**
 * A fictional county-wide campaign of `plotCount` plots (default: the built-in demo), the same
 * for the same seed. Larger counts grow the county and its number of townships.
 */
export function generateCampaign({ seed = DEMO_SEED, plotCount = DEMO_PLOT_COUNT, vertices }: GenerateOptions = {}): GeneratedCampaign {
  if (!Number.isInteger(plotCount) || plotCount < 200) throw new Error('plotCount must be a whole number of at least 200.');
  const root = new Random(seed);
  const scale = Math.max(1, Math.sqrt(plotCount / DEMO_PLOT_COUNT));
  const townshipCount = plotCount <= 3000 ? 10 : Math.min(60, Math.round(10 * scale));
  const boundaries = createBoundaries(root.fork('boundaries'), townshipCount, scale);
  const counts = planTownshipCounts(plotCount, townshipCount, root.fork('counts'));
  const progress = root.fork('progress');
  const occupancy = new Occupancy();
  let clusterId = 0;

  const parcels: Feature<Polygon, PlotProperties>[] = [];
  const figures: Figures[] = [];
  boundaries.townships.forEach((township, index) => {
    const specs = planSpecs(index, counts[index], progress.between(0.1, 0.9), root.fork(`plan ${index}`));
    const layout = new TownshipLayout(boundaries, index, root.fork(`layout ${index}`), occupancy, () => clusterId++);
    const attributes = root.fork(`attributes ${index}`);
    const officers = new Officers(root.fork(`officers ${index}`), township.name);
    const carried = new Map<string, number>();
    const measured: { stage: StageKey; areaMu: number }[] = [];
    layout.place(specs).forEach((plot, number) => {
      const { spec } = plot;
      const group = spec.stage === 'reclaimed' ? 'demolished' : spec.stage;
      const target = spec.areaMu + (spec.exact ? (carried.get(group) ?? 0) : 0);
      const fitted = fitOutline(boundaries, plot.ring, target, spec.exact);
      const coordinates = vertices === undefined ? fitted : densify(fitted, vertices);
      const areaMu = geodesicAreaMu(polygon(coordinates));
      if (spec.exact) carried.set(group, target - areaMu);
      measured.push({ stage: spec.stage, areaMu });
      const properties = plotProperties(attributes, {
        id: `${township.name.prefix}-${String(number + 1).padStart(3, '0')}`,
        township: township.name,
        village: boundaries.villages[plot.village].name,
        stage: spec.stage,
        workshop: spec.workshop,
        measuredMu: areaMu,
        officers,
      });
      parcels.push({ type: 'Feature', properties, geometry: polygon(coordinates) });
    });
    figures.push(measureFigures(measured));
  });

  const targets = setTargets(figures, REPORT_TOWNSHIP, [4, 'reclaimed_mu'], root.fork('targets'));
  const campaign: CampaignFile = {
    name: '退散进集攻坚行动',
    name_en: 'Scattered-workshop Consolidation Campaign',
    demo: true,
    note: DEMO_NOTE,
    county: COUNTY,
    reporting_date: REPORTING_DATE,
    parcels: FILE_NAMES.parcels,
    townships: FILE_NAMES.townships,
    villages: FILE_NAMES.villages,
    stages: DEFAULT_STAGES.map(({ key, label, labelEn, color }) => ({ key, label, label_en: labelEn, color })),
    targets: Object.fromEntries(boundaries.townships.map((township, index) => [township.name.name, targets[index]])),
  };
  return {
    campaign,
    parcels: { type: 'FeatureCollection', name: `${COUNTY}地块（示例）`, note: DEMO_NOTE, features: parcels },
    townships: {
      type: 'FeatureCollection',
      name: `${COUNTY}镇街道界（示例）`,
      note: DEMO_NOTE,
      features: boundaries.townships.map((township) => ({
        type: 'Feature',
        properties: { name: township.name.name, name_en: township.name.nameEn, code: township.code },
        geometry: polygon(outline(boundaries, township.ring)),
      })),
    },
    villages: {
      type: 'FeatureCollection',
      name: `${COUNTY}村社区界（示例）`,
      note: DEMO_NOTE,
      features: boundaries.villages.map((village) => ({
        type: 'Feature',
        properties: {
          name: village.name,
          township: boundaries.townships[village.township].name.name,
          code: village.code,
        },
        geometry: polygon(outline(boundaries, village.ring)),
      })),
    },
  };
}
