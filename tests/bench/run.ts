import { rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../driver';
import { serveStatic } from '../static-server';
import type { MapViewport } from './bench-browser';
import { measureLoads, MOUNTS } from './browser-load';
import { buildPages } from './build';
import { bundleFigures } from './bundle';
import { domainFigures } from './domain';
import { filterBaselineFigures, measureBareFilterChanges, type BareFilterTimes } from './filter-baseline';
import { measureFilterChanges } from './filter-latency';
import { measureLargeLoad } from './large-load';
import { measureGigabyteFile } from './gigabyte-file';
import { measureAsOfChanges } from './as-of-latency';
import { loadFigures, memoryFigures } from './load-figures';
import { measurePickedLoads } from './picked-load';
import { profileSummaries } from './profiles';
import { formatMarkdownTable, formatTable, notMeasured, writeJson, type Figure } from './results';
import { BENCH_DATA_DIRECTORY, generatorVersion, scaleCampaign } from './scale-data';
import { measureTaskCpu } from './task-cpu';
import { measureWebglAlone } from './webgl-alone';

/**
 * `npm run bench`: every speed and size figure the product promises, measured in one run,
 * printed as a table and written to tests/bench/out/latest.json. Exits 0 when a goal is missed:
 * benchmarks inform, they do not gate. `-- --profile` adds CPU profiles of a 100,000-plot load
 * and filter change (top self-time functions) to the report; `-- --rounds N` sets how many
 * times each page is loaded at 100,000 plots (default 3); `-- --only as-of` runs only the parts
 * whose name contains the words given.
 */
const OUTPUT = 'tests/bench/out/latest.json';
const MARKDOWN_OUTPUT = 'tests/bench/out/latest.md';
const PROFILE_DIRECTORY = 'tests/bench/out';
const { values: flags } = parseArgs({
  options: {
    profile: { type: 'boolean', default: false },
    /** Rounds of app and bare loads at 100,000 plots (10,000 plots get at most 3). */
    rounds: { type: 'string', default: '3' },
    /** Runs only the parts whose name contains this text (e.g. "as-of"); all of them when absent. */
    only: { type: 'string' },
  },
});
const largeRounds = Math.max(1, Number(flags.rounds) || 3);
/** Corners per outline in the dense campaign: as many as real surveyed village boundaries. */
const DENSE_VERTICES = 300;
/** The filter figures in the table: the goal and its yardstick first, back-to-back last; others after. */
const FILTER_FIGURE_ORDER = [
  'filter.median_ms',
  'filter.bare_median_ms',
  'filter.ratio',
  'filter.worst_ms',
  'filter.back_to_back_median_ms',
  'filter.bare_back_to_back_median_ms',
];

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const small = await scaleCampaign(10_000, log);
  const large = await scaleCampaign(100_000, log);
  const huge = await scaleCampaign(300_000, log);
  const dense = await scaleCampaign(10_000, log, DENSE_VERTICES);

  log('building the app and the bare maplibre page …');
  const builds = await buildPages({ unminifiedApp: flags.profile });
  const figures: Figure[] = [];
  const profiles: string[] = [];
  /** Runs one part of the bench; a part that fails is reported as not measured, and the rest go on. */
  const section = async (name: string, goal: string, measure: () => Figure[] | Promise<Figure[]>) => {
    if (flags.only !== undefined && !name.includes(flags.only)) return;
    log(`${name} …`);
    try {
      figures.push(...(await measure()));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      log(`  failed: ${reason}`);
      figures.push(notMeasured(`${name}.failed`, name, goal, reason));
    }
  };
  await section('bundle', '≤ 1.6×', () => bundleFigures(builds.app));
  await section('domain (Node)', 'see issue 3', () => domainFigures(large));

  const browser = await launchBrowser();
  const server = await serveStatic({ [MOUNTS.app]: builds.app, [MOUNTS.bare]: builds.bare, [MOUNTS.data]: BENCH_DATA_DIRECTORY });
  /** The view the app chose at 100,000 plots, for the bare page's filter baseline. */
  let largeViewport: MapViewport | null = null;
  try {
    await section('WebGL in this browser on this machine, on pages that draw next to nothing', '', () => measureWebglAlone(browser, server.url, Math.min(3, largeRounds), log));
    await section('load 10,000 plots, app and bare maplibre alternately', '', async () =>
      loadFigures(await measureLoads(browser, server.url, small, { rounds: Math.min(3, largeRounds), warmUp: true, heap: false, log }), null),
    );
    await section('load 100,000 plots, app and bare maplibre alternately', '≤ 1.2×', async () => {
      const loads = await measureLoads(browser, server.url, large, { rounds: largeRounds, warmUp: false, heap: true, log });
      largeViewport = loads.viewport;
      return [...loadFigures(loads, 1.2), ...memoryFigures(loads, large.parcelsBytes)];
    });
    await section('page opened on 100,000 plots, traced: the longest tasks, running and waiting', '', () => measureTaskCpu(browser, server.url, large, largeRounds, log));
    await section('100,000 plots picked with the file picker in the open app', '< 200 ms', () => measurePickedLoads(browser, server.url, large, largeRounds, log));
    await section('filter changes at 100,000 plots, app then bare maplibre', '< 100 ms', async () => {
      const app = await measureFilterChanges(browser, server.url, large, log);
      const appMedian = app.find((figure) => figure.key === 'filter.median_ms')?.value ?? null;
      const viewport = largeViewport;
      let bare: BareFilterTimes | string;
      if (viewport === null) bare = 'the 100,000-plot loads, which give the view, were not measured';
      else {
        try {
          bare = await measureBareFilterChanges(browser, server.url, large, viewport, log);
        } catch (error) {
          bare = error instanceof Error ? error.message.split('\n')[0] : String(error);
        }
      }
      const figures = [...app, ...filterBaselineFigures(appMedian, bare, large.plotCount)];
      const rank = (figure: Figure) => {
        const at = FILTER_FIGURE_ORDER.indexOf(figure.key);
        return at === -1 ? FILTER_FIGURE_ORDER.length : at;
      };
      return figures.sort((a, b) => rank(a) - rank(b));
    });

    await section('load 300,000 plots, app then bare maplibre', '≤ 2.5× file', () => measureLargeLoad(browser, server.url, huge, log));
    await section(`load 10,000 plots of ${DENSE_VERTICES} corners, app then bare maplibre`, '< 200 ms', () => measureLargeLoad(browser, server.url, dense, log));
    await section('a 1 GB GeoJSON file of 16-corner plots opened with the file picker', 'loads, or is refused in words', () => measureGigabyteFile(browser, server.url, 'dense', log));
    await section('a 1 GB GeoJSON file of demo-like plots opened with the file picker', 'loads, or is refused in words', () => measureGigabyteFile(browser, server.url, 'demo-like', log));
    await section('as-of date and playback at 100,000 plots', '< 150 ms, ≥ 5 steps/s', () => measureAsOfChanges(browser, server.url, large, log));

    if (flags.profile && builds.unminifiedApp) {
      log('profiling the unminified app at 100,000 plots …');
      const profileServer = await serveStatic({ [MOUNTS.app]: builds.unminifiedApp, [MOUNTS.data]: BENCH_DATA_DIRECTORY });
      try {
        profiles.push(...(await profileSummaries(browser, profileServer.url, large, PROFILE_DIRECTORY)));
      } catch (error) {
        log(`  profiling failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await profileServer.close();
      }
    }
    figures.push({
      key: 'run.seconds',
      label: 'this run took',
      value: (performance.now() - started) / 1000,
      unit: 's',
      goal: '',
      met: null,
    });

    const machine = {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
      platform: `${process.platform} ${process.arch}`,
    };
    const table = formatTable(figures);
    process.stdout.write(`\n${table}\n`);
    process.stdout.write(
      `\nMachine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}, Chromium ${machine.chromium}, ${machine.platform}\n`,
    );
    for (const profile of profiles) process.stdout.write(`\n${profile}\n`);
    writeJson(OUTPUT, {
      takenAt: new Date().toISOString(),
      generatorVersion: generatorVersion(),
      machine,
      figures,
      profiles,
    });
    writeFileSync(
      MARKDOWN_OUTPUT,
      `${formatMarkdownTable(figures)}\n\n${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}, Chromium ${machine.chromium}\n`,
    );
    log(`\nwritten to ${OUTPUT} and, as a Markdown table for the README, ${MARKDOWN_OUTPUT}`);
  } finally {
    await server.close();
    await browser.close();
    rmSync(builds.root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
