import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BARE_READY, BenchPage, type MapViewport } from './bench-browser';
import { bareUrl } from './browser-load';
import { context, type Figure } from './results';
import { BENCH_DATA_DIRECTORY } from './scale-data';
import { median } from './statistics';

/** One small square, and the view the bare page draws it in. */
const ONE_PLOT_FILE = 'one-plot.geojson';
const ONE_PLOT_VIEW: MapViewport = { centre: [120.5, 30.6], zoom: 10, width: 1600, height: 900 };
const ONE_PLOT = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { stage: 'signed' },
      geometry: { type: 'Polygon', coordinates: [[[120.49, 30.59], [120.51, 30.59], [120.51, 30.61], [120.49, 30.61], [120.49, 30.59]]] },
    },
  ],
};

/**
 * On a page that does nothing else: how long creating its first WebGL2 context holds the main
 * thread (the page's first use of the GPU process) for a canvas of `width` × `height`, then a
 * second one, and whether the browser offers KHR_parallel_shader_compile, the one way a page
 * can link a shader program without waiting for it.
 */
function emptyPageWebgl(width: number, height: number): string {
  return `(async () => {
  // Once the page has drawn its first frame and the browser is idle.
  await new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve)));
  const canvas = document.createElement('canvas');
  canvas.width = ${width};
  canvas.height = ${height};
  document.body.append(canvas);
  const start = performance.now();
  const gl = canvas.getContext('webgl2');
  const contextMs = performance.now() - start;
  const secondStart = performance.now();
  document.createElement('canvas').getContext('webgl2');
  const secondContextMs = performance.now() - secondStart;
  return { contextMs, secondContextMs, asyncLinks: gl !== null && gl.getExtension('KHR_parallel_shader_compile') !== null };
})()`;
}

interface EmptyPageWebgl {
  contextMs: number;
  secondContextMs: number;
  asyncLinks: boolean;
}

async function onEmptyPage(browser: Browser, width: number, height: number): Promise<EmptyPageWebgl> {
  const emptyContext = await browser.newContext();
  try {
    const empty = await emptyContext.newPage();
    return (await empty.evaluate(emptyPageWebgl(width, height))) as EmptyPageWebgl;
  } finally {
    await emptyContext.close();
  }
}

/**
 * What WebGL holds the main thread for in this browser on this machine when a page draws next
 * to nothing: an empty page's context, and the bare maplibre page drawing one plot (its
 * context, its shader links, its first frame). One round first that is not counted (the
 * browser's own first use of WebGL).
 */
export async function measureWebglAlone(browser: Browser, origin: string, rounds: number, log: (line: string) => void): Promise<Figure[]> {
  const parcelsFile = join(BENCH_DATA_DIRECTORY, ONE_PLOT_FILE);
  writeFileSync(parcelsFile, JSON.stringify(ONE_PLOT));
  const onePlotUrl = bareUrl(origin, { parcelsFile, plotCount: 1 }, ONE_PLOT_VIEW);
  const contextMs: number[] = [];
  const secondContextMs: number[] = [];
  const tinyContextMs: number[] = [];
  const longestMs: number[] = [];
  const lessGpuMs: number[] = [];
  let asyncLinks = false;
  for (let round = 0; round <= rounds; round++) {
    const webgl = await onEmptyPage(browser, ONE_PLOT_VIEW.width, ONE_PLOT_VIEW.height);
    const tiny = await onEmptyPage(browser, 1, 1);
    const { page, readyMs } = await BenchPage.open(browser, onePlotUrl, BARE_READY);
    const longest = await page.longestTaskMs(readyMs);
    const lessGpu = await page.longestTaskLessGpuWaitsMs(readyMs);
    await page.close();
    asyncLinks = webgl.asyncLinks;
    if (round === 0) {
      log(`  warm-up: WebGL2 context ${webgl.contextMs.toFixed(0)} ms; one plot's longest task ${longest.toFixed(0)} ms`);
      continue;
    }
    contextMs.push(webgl.contextMs);
    secondContextMs.push(webgl.secondContextMs);
    tinyContextMs.push(tiny.contextMs);
    longestMs.push(longest);
    lessGpuMs.push(lessGpu);
    log(`  round ${round}: WebGL2 contexts ${webgl.contextMs.toFixed(0)} and ${webgl.secondContextMs.toFixed(0)} ms (1×1: ${tiny.contextMs.toFixed(0)} ms); one plot's longest task ${longest.toFixed(0)} ms (${lessGpu.toFixed(0)} ms less GPU waits)`);
  }
  return [
    context({ key: 'alone.first_webgl_context_ms', label: `an empty page creating its first WebGL2 context, ${ONE_PLOT_VIEW.width}×${ONE_PLOT_VIEW.height} canvas, one call`, value: median(contextMs), unit: 'ms', samples: contextMs }),
    context({ key: 'alone.second_webgl_context_ms', label: 'the same page creating a second one', value: median(secondContextMs), unit: 'ms', samples: secondContextMs }),
    context({
      key: 'alone.tiny_webgl_context_ms',
      label: 'another empty page, its first context on a 1×1 canvas',
      value: median(tinyContextMs),
      unit: 'ms',
      samples: tinyContextMs,
      note: 'most of the wait for a first context is for its drawing buffer: the larger the canvas, the longer',
    }),
    context({
      key: 'alone.async_shader_links',
      label: 'asynchronous shader links offered (KHR_parallel_shader_compile)',
      value: asyncLinks ? 1 : 0,
      unit: 'yes/no',
      note: 'without it, a page waits on its main thread for every shader program it links',
    }),
    context({ key: 'alone.one_plot_longest_ms', label: 'bare maplibre page drawing one plot: longest main-thread task', value: median(longestMs), unit: 'ms', samples: longestMs }),
    context({ key: 'alone.one_plot_less_gpu_ms', label: 'the same, less its waits for the GPU process', value: median(lessGpuMs), unit: 'ms', samples: lessGpuMs }),
  ];
}
