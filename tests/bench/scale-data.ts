import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCampaignFile } from '../../src/domain/campaign-file';

export const BENCH_DATA_DIRECTORY = 'tests/bench/data';
const GENERATOR_SOURCES = ['data/generator', 'data/generate-demo.ts'];
const COMPLETE_MARKER = '.complete';

/** A generated campaign on disk, the way a user would hand one to the app. */
export interface ScaleCampaign {
  plotCount: number;
  /** Corners per outline at least, for dense campaigns; null for the demo's own outlines. */
  vertices: number | null;
  /** Folder under tests/bench/data/, named by plot count and generator version. */
  directory: string;
  campaignFile: string;
  parcelsFile: string;
  parcelsBytes: number;
}

function sourceFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => sourceFiles(join(path, name)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
}

/** The generator's version: a hash of its source, so any change to it makes new data. */
export function generatorVersion(): string {
  const hash = createHash('sha256');
  const files = GENERATOR_SOURCES.flatMap(sourceFiles);
  if (files.length === 0) throw new Error('The demo generator (data/generate-demo.ts) is missing');
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(file)).update('\n');
  return hash.digest('hex').slice(0, 12);
}

function runGenerator(plotCount: number, outDirectory: string, vertices: number | null): Promise<void> {
  const dense = vertices === null ? [] : ['--vertices', String(vertices)];
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'data/generate-demo.ts', '--plots', String(plotCount), '--out', outDirectory, ...dense],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`The demo generator exited with code ${code} for ${plotCount} plots`));
    });
  });
}

function describeCampaign(plotCount: number, vertices: number | null, directory: string): ScaleCampaign {
  const campaignFile = join(directory, 'campaign.json');
  const parsed = parseCampaignFile(JSON.parse(readFileSync(campaignFile, 'utf8')));
  if (!parsed.ok) throw new Error(`${campaignFile}: ${parsed.messageEn}`);
  const parcelsFile = join(directory, parsed.file.parcels);
  return { plotCount, vertices, directory, campaignFile, parcelsFile, parcelsBytes: statSync(parcelsFile).size };
}

/**
 * A campaign of `plotCount` plots from the demo generator (with `vertices`, outlines of at
 * least that many corners), made on first use and kept in tests/bench/data/ until the
 * generator changes.
 */
export async function scaleCampaign(plotCount: number, log: (line: string) => void, vertices: number | null = null): Promise<ScaleCampaign> {
  const prefix = vertices === null ? `plots-${plotCount}-` : `plots-${plotCount}-vertices-${vertices}-`;
  const name = `${prefix}${generatorVersion()}`;
  const directory = join(BENCH_DATA_DIRECTORY, name);
  if (existsSync(join(directory, COMPLETE_MARKER))) return describeCampaign(plotCount, vertices, directory);

  for (const stale of existsSync(BENCH_DATA_DIRECTORY) ? readdirSync(BENCH_DATA_DIRECTORY) : []) {
    if (stale.startsWith(prefix) && (vertices !== null || !stale.includes('vertices'))) rmSync(join(BENCH_DATA_DIRECTORY, stale), { recursive: true, force: true });
  }
  const partial = `${directory}.partial`;
  log(`generating ${plotCount.toLocaleString('en-US')} plots into ${relative('.', directory)} …`);
  const start = performance.now();
  await runGenerator(plotCount, partial, vertices);
  renameSync(partial, directory);
  writeFileSync(join(directory, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  log(`  done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return describeCampaign(plotCount, vertices, directory);
}
