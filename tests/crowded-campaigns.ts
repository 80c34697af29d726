import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the generated campaigns go: served with the other fixtures, not committed. */
const ROOT = 'tests/fixtures/generated';

function square(lon: number, lat: number, side: number): number[][][] {
  return [[[lon, lat], [lon + side, lat], [lon + side, lat + side * 0.8], [lon, lat + side * 0.8], [lon, lat]]];
}

function write(name: string, campaign: object, features: object[]): string {
  const folder = join(ROOT, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'campaign.json'), JSON.stringify({ reporting_date: '2026-11-15', parcels: 'parcels.geojson', ...campaign }));
  writeFileSync(join(folder, 'parcels.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  return `fixtures/generated/${name}/campaign.json`;
}

const STAGES = ['listed', 'negotiating', 'signed', 'demolished', 'reclaimed', 'accepted', 'upgraded'];

/**
 * One township of `plots` plots packed into three small estates, as dense as a village
 * industrial park: the hardest case for numbering every plot. Returns the campaign's path.
 */
export function crowdedTownship(plots: number): { path: string; township: string } {
  const township = '密集镇';
  const estates = [[120.50, 30.60], [120.53, 30.615], [120.515, 30.58]];
  const features = Array.from({ length: plots }, (_, index) => {
    const [lon, lat] = estates[index % 3];
    const slot = Math.floor(index / 3);
    const column = slot % 10;
    const row = Math.floor(slot / 10);
    return {
      type: 'Feature',
      properties: { id: `MJ-${index + 1}`, name: `企业${index + 1}`, township, village: `村${(index % 3) + 1}`, stage: STAGES[index % STAGES.length], deadline: '2026-06-30' },
      geometry: { type: 'Polygon', coordinates: square(lon + column * 0.0011, lat + row * 0.0009, 0.0009) },
    };
  });
  return { path: write('crowded', { name: '密集测试行动', targets: { [township]: { signed_mu: 100 } } }, features), township };
}

/** A county of `count` townships with two plots each and different completions. Returns the path and the townships. */
export function manyTownships(count: number): { path: string; townships: string[] } {
  const townships = Array.from({ length: count }, (_, index) => `第${index + 1}镇`);
  const targets: Record<string, { signed_mu: number }> = {};
  const features = townships.flatMap((township, index) => {
    targets[township] = { signed_mu: 10 + index * 3 };
    const lon = 120.3 + (index % 9) * 0.05;
    const lat = 30.4 + Math.floor(index / 9) * 0.05;
    return [0, 1].map((part) => ({
      type: 'Feature',
      properties: { id: `T${index + 1}-${part + 1}`, name: `企业${index + 1}-${part + 1}`, township, village: '村', stage: part === 0 ? 'signed' : 'listed' },
      geometry: { type: 'Polygon', coordinates: square(lon + part * 0.01, lat, 0.004) },
    }));
  });
  return { path: write('many-townships', { name: '多镇测试行动', targets }, features), townships };
}
