import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { geodesicAreaMu } from '../src/domain/area';
import { hasReached, DEFAULT_STAGES } from '../src/domain/stages';
import type { StageKey } from '../src/domain/types';
import { parseCampaignFile } from '../src/domain/campaign-file';
import { loadPlots } from '../src/domain/load-plots';
import { weeklyReport } from '../src/domain/time/weekly-report';
import { campaignFiles, generateCampaign, REPORT_FIGURES, type GeneratedCampaign } from './generator/index';

const DEMO_FOLDER = join(import.meta.dirname, 'demo');

function readDemoCampaign() {
  const parsed = parseCampaignFile(JSON.parse(read('campaign.json')));
  if (!parsed.ok) throw new Error(parsed.messageEn);
  return { campaign: parsed.file.campaign, plots: loadPlots(JSON.parse(read(parsed.file.parcels))).plots };
}

type Parcel = Feature<Polygon, { id: string; township: string; village: string; stage: StageKey } & Record<string, unknown>>;

function read(name: string): string {
  return readFileSync(join(DEMO_FOLDER, name), 'utf8');
}

function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum / 2;
}

function boxOf(ring: Position[]): [number, number, number, number] {
  const xs = ring.map((position) => position[0]);
  const ys = ring.map((position) => position[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const side = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) <= 0 && side(c, d, a) * side(c, d, b) <= 0;
}

function polygonsTouch(first: Position[], second: Position[]): boolean {
  for (let i = 1; i < first.length; i++) {
    for (let j = 1; j < second.length; j++) {
      if (segmentsCross(first[i - 1], first[i], second[j - 1], second[j])) return true;
    }
  }
  const inside = (point: Position, ring: Position[]) =>
    booleanPointInPolygon(point, { type: 'Polygon', coordinates: [ring] });
  return inside(first[0], second) || inside(second[0], first);
}

describe('demo campaign generator', () => {
  let generated: GeneratedCampaign;
  let parcels: Parcel[];

  beforeAll(() => {
    generated = generateCampaign();
    parcels = JSON.parse(read('parcels.geojson')).features;
  });

  it('reproduces the committed files byte for byte', () => {
    for (const [name, text] of Object.entries(campaignFiles(generated))) expect(read(name) === text, name).toBe(true);
  });

  it('is marked as fictional demo data', () => {
    const campaign = JSON.parse(read('campaign.json'));
    expect(campaign.demo).toBe(true);
    expect(campaign.note).toContain('示例数据');
    expect(campaign.stages.map((stage: { key: string }) => stage.key)).toEqual(DEFAULT_STAGES.map((stage) => stage.key));
  });

  it('reproduces the published figures of 史桥镇', () => {
    const shiqiao = parcels.filter((parcel) => parcel.properties.township === '史桥镇');
    const sum = (milestone: StageKey) =>
      shiqiao
        .filter((parcel) => hasReached(parcel.properties.stage, milestone))
        .reduce((total, parcel) => total + geodesicAreaMu(parcel.geometry), 0);
    expect(shiqiao.filter((parcel) => hasReached(parcel.properties.stage, 'signed'))).toHaveLength(REPORT_FIGURES.signedPlots);
    expect(Math.abs(sum('signed') - 402.2)).toBeLessThan(0.05);
    expect(Math.abs(sum('demolished') - 248.8)).toBeLessThan(0.05);
    expect(Math.abs(sum('accepted') - 213.0)).toBeLessThan(0.05);
    const targets = JSON.parse(read('campaign.json')).targets['史桥镇'];
    expect((sum('signed') / targets.signed_mu) * 100).toBeCloseTo(160.8, 1);
    expect((sum('demolished') / targets.demolished_mu) * 100).toBeCloseTo(146.3, 1);
    expect((sum('accepted') / targets.saved_quota_mu) * 100).toBeCloseTo(125.3, 1);
  });

  it('dates every stage from signing on inside the campaign year, in order, none after the reporting date', () => {
    const reporting = JSON.parse(read('campaign.json')).reporting_date;
    const keys = ['visited_on', 'assessed_on', 'signed_on', 'demolished_on', 'reclaimed_on', 'accepted_on'];
    for (const parcel of parcels) {
      const dates = keys.map((key) => parcel.properties[key]).filter((date): date is string => typeof date === 'string');
      expect(dates, parcel.properties.id).toEqual([...dates].sort());
      expect(dates.every((date) => date <= reporting), parcel.properties.id).toBe(true);
      const signed = parcel.properties.signed_on;
      if (typeof signed === 'string') expect(signed >= '2026-01-01', parcel.properties.id).toBe(true);
    }
  });

  it('gives the weekly report real movement: gains in the report week, and a township overtaking a neighbour', () => {
    const { campaign, plots } = readDemoCampaign();
    const report = weeklyReport(plots, campaign, campaign.reportingDate);
    expect(report.county.increments.signedMu).toBeGreaterThan(0);
    expect(report.rows.find((row) => row.township === '长丰镇')?.rankChange).toBe(1);
    expect(report.rows.filter((row) => row.pace === 'behind').length).toBeGreaterThan(0);
    expect(report.rows.filter((row) => row.pace === 'ahead').length).toBeGreaterThan(0);
    expect(weeklyReport(plots, campaign, '2026-06-30').rows.map((row) => row.township)).not.toEqual(report.rows.map((row) => row.township));
  });

  it('has a plausible number of plots, every stage and unique ids', () => {
    expect(parcels.length).toBeGreaterThanOrEqual(1500);
    expect(parcels.length).toBeLessThanOrEqual(3000);
    const stages = new Set(parcels.map((parcel) => parcel.properties.stage));
    for (const stage of DEFAULT_STAGES) expect(stages.has(stage.key), stage.key).toBe(true);
    expect(new Set(parcels.map((parcel) => parcel.properties.id)).size).toBe(parcels.length);
  });

  it('draws every plot as a closed, counter-clockwise, simple polygon inside its township and village', () => {
    const townships = new Map<string, Feature<Polygon>>();
    const villages = new Map<string, Feature<Polygon>>();
    for (const feature of (JSON.parse(read('townships.geojson')) as FeatureCollection<Polygon>).features) {
      townships.set(feature.properties!.name, feature);
    }
    for (const feature of (JSON.parse(read('villages.geojson')) as FeatureCollection<Polygon>).features) {
      villages.set(`${feature.properties!.township}/${feature.properties!.name}`, feature);
    }
    const problems: string[] = [];
    for (const parcel of parcels) {
      const { id, township, village } = parcel.properties;
      const rings = parcel.geometry.coordinates;
      const ring = rings[0];
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (rings.length !== 1) problems.push(`${id}: ${rings.length} rings`);
      if (ring.length < 4 || ring.length > 16) problems.push(`${id}: ${ring.length} positions`);
      if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${id}: not closed`);
      if (signedRingArea(ring) <= 0) problems.push(`${id}: clockwise`);
      if (kinks(parcel).features.length > 0) problems.push(`${id}: self-intersecting`);
      const townshipOutline = townships.get(township)!;
      const villageOutline = villages.get(`${township}/${village}`)!;
      for (const position of ring) {
        if (!booleanPointInPolygon(position, townshipOutline)) problems.push(`${id}: outside ${township}`);
        if (!booleanPointInPolygon(position, villageOutline)) problems.push(`${id}: outside ${village}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps plots from overlapping one another', () => {
    const rings = parcels.map((parcel) => parcel.geometry.coordinates[0]);
    const boxes = rings.map(boxOf);
    const order = boxes.map((_, index) => index).sort((a, b) => boxes[a][0] - boxes[b][0]);
    const overlapping: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const a = order[i];
      for (let j = i + 1; j < order.length && boxes[order[j]][0] <= boxes[a][2]; j++) {
        const b = order[j];
        if (boxes[b][1] > boxes[a][3] || boxes[a][1] > boxes[b][3]) continue;
        if (polygonsTouch(rings[a], rings[b])) overlapping.push(`${parcels[a].properties.id} / ${parcels[b].properties.id}`);
      }
    }
    expect(overlapping).toEqual([]);
  });

  it('tiles each township with its villages', () => {
    const townshipArea = new Map<string, number>();
    for (const feature of (JSON.parse(read('townships.geojson')) as FeatureCollection<Polygon>).features) {
      townshipArea.set(feature.properties!.name, geodesicAreaMu(feature.geometry));
    }
    const villageArea = new Map<string, number>();
    for (const feature of (JSON.parse(read('villages.geojson')) as FeatureCollection<Polygon>).features) {
      const township = feature.properties!.township;
      villageArea.set(township, (villageArea.get(township) ?? 0) + geodesicAreaMu(feature.geometry));
    }
    expect(townshipArea.size).toBeGreaterThanOrEqual(8);
    for (const [township, area] of townshipArea) expect(villageArea.get(township)! / area, township).toBeCloseTo(1, 9);
  });

  it('gives boundary rings counter-clockwise outer rings', () => {
    for (const name of ['townships.geojson', 'villages.geojson']) {
      for (const feature of (JSON.parse(read(name)) as FeatureCollection<Polygon>).features) {
        const ring = feature.geometry.coordinates[0];
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        expect(signedRingArea(ring)).toBeGreaterThan(0);
        expect(kinks(feature).features).toHaveLength(0);
      }
    }
  });
});
