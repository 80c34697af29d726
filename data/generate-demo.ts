import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_PLOT_COUNT, DEMO_SEED, generateCampaign, writeCampaignFiles } from './generator/index';

/**
 * Writes the built-in demo campaign into data/demo, or with `--plots N --out DIR` a larger
 * campaign for benchmarks. `--seed S` picks another fictional county; `--vertices V` gives
 * every plot outline at least V corners (each edge cut into equal pieces), as dense as real
 * surveyed boundaries.
 */
const { values } = parseArgs({
  options: {
    plots: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    vertices: { type: 'string' },
  },
});

const plotCount = values.plots === undefined ? DEMO_PLOT_COUNT : Number(values.plots);
const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
const folder = values.out ?? join(dirname(fileURLToPath(import.meta.url)), 'demo');

const started = performance.now();
const vertices = values.vertices === undefined ? undefined : Number(values.vertices);
const generated = generateCampaign({ seed, plotCount, vertices });
writeCampaignFiles(generated, folder);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${generated.parcels.features.length} plots written to ${folder} in ${seconds} s`);
