import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { CpuProfile } from './cpu-profile';

/** What the page must show before it counts as loaded. */
export interface ReadySignal {
  /** The map container, which carries data-idle and data-plots. */
  mapSelector: string;
  /** The app also needs its legend filled with the same plot count as the map. */
  legend: boolean;
}

export const APP_READY: ReadySignal = { mapSelector: '[data-testid=map]', legend: true };
export const BARE_READY: ReadySignal = { mapSelector: '#map', legend: false };

export interface MapViewport {
  centre: [number, number];
  zoom: number;
  width: number;
  height: number;
}

const VIEWPORT = { width: 1600, height: 900 };
/** A guard against a page that never gets there, not a wait: loads end on the page's own signal. */
const LOAD_LIMIT_MS = 180_000;

/**
 * Watches the page from its first moment and resolves `window.benchReady` with
 * performance.now() (milliseconds since navigation began) as soon as the map is idle with
 * plots on it and, for the app, the legend's total equals the map's plot count.
 */
function readyWatcher(signal: ReadySignal): string {
  return `(() => {
    const mapSelector = ${JSON.stringify(signal.mapSelector)};
    const needsLegend = ${JSON.stringify(signal.legend)};
    let resolveReady;
    window.benchReady = new Promise((resolve) => { resolveReady = resolve; });
    const isReady = () => {
      const map = document.querySelector(mapSelector);
      if (!map || map.dataset.idle !== 'true' || !map.dataset.plots) return false;
      if (!needsLegend) return true;
      const total = document.querySelector('[data-testid=legend] tr[data-stage=total] td');
      return total !== null && total.textContent.replace(/\\D/g, '') === map.dataset.plots;
    };
    const observer = new MutationObserver(() => {
      if (!isReady()) return;
      observer.disconnect();
      resolveReady(performance.now());
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  })();`;
}

/**
 * Notes every long task (over 50 ms) the main thread runs from the page's first moment, for
 * the longest one during the load.
 */
const LONG_TASK_WATCHER = `(() => {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Notes how long the main thread waits in each call that must wait for the GPU process: a
 * WebGL or 2D context's creation, and WebGL's getters (a shader program's link status, a
 * uniform's location, the extensions). On a software renderer those waits are the browser's
 * own long work (creating the context, compiling shaders), whatever page asks for them.
 */
const GPU_WAIT_WATCHER = `(() => {
  window.benchGpuWaits = [];
  const wrap = (prototype, names) => {
    for (const name of names) {
      const original = prototype[name];
      if (typeof original !== 'function') continue;
      prototype[name] = function (...args) {
        const start = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const duration = performance.now() - start;
          if (duration > 1) window.benchGpuWaits.push({ start, duration });
        }
      };
    }
  };
  const getters = (prototype) => Object.getOwnPropertyNames(prototype).filter((name) => /^get[A-Z]/.test(name) || name === 'checkFramebufferStatus' || name === 'readPixels' || name === 'finish');
  wrap(HTMLCanvasElement.prototype, ['getContext']);
  if (typeof OffscreenCanvas !== 'undefined') wrap(OffscreenCanvas.prototype, ['getContext']);
  wrap(WebGL2RenderingContext.prototype, getters(WebGL2RenderingContext.prototype));
})();`;

/** One page of the app or the bare map, in a context of its own (a cold cache). */
export class BenchPage {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly cdp: CDPSession,
    readonly errors: string[],
  ) {}

  static async open(
    browser: Browser,
    url: string,
    signal: ReadySignal,
    options: { profile?: boolean; limitMs?: number } = {},
  ): Promise<{ page: BenchPage; readyMs: number; profile: CpuProfile | null }> {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await context.addInitScript({ content: readyWatcher(signal) });
    await context.addInitScript({ content: LONG_TASK_WATCHER });
    await context.addInitScript({ content: GPU_WAIT_WATCHER });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const cdp = await context.newCDPSession(page);
    const benchPage = new BenchPage(page, context, cdp, errors);
    if (options.profile) await benchPage.startProfile();
    await page.goto(url);
    const readyMs = await benchPage.waitUntilReady(options.limitMs ?? LOAD_LIMIT_MS);
    const profile = options.profile ? await benchPage.stopProfile() : null;
    return { page: benchPage, readyMs, profile };
  }

  /** Resolves when the page shows what `signal` asks for; fails after `limitMs`. */
  private async waitUntilReady(limitMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const tooLong = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const errors = this.errors.length > 0 ? ` Page errors: ${this.errors.join(' | ')}` : '';
        reject(new Error(`${this.page.url()} did not finish loading in ${limitMs / 1000} s.${errors}`));
      }, limitMs);
    });
    try {
      return await Promise.race([this.page.evaluate('window.benchReady') as Promise<number>, tooLong]);
    } finally {
      clearTimeout(timer);
    }
  }

  async plotCount(selector: string): Promise<number> {
    return Number(await this.page.locator(selector).getAttribute('data-plots'));
  }

  /**
   * The longest task the main thread ran from `fromMs` (navigation by default) until `untilMs`
   * (the page's own clock), in milliseconds; 0 when none took over 50 ms (the browser notes no shorter ones).
   */
  async longestTaskMs(untilMs: number, fromMs = 0): Promise<number> {
    const tasks = (await this.page.evaluate('window.benchLongTasks')) as { start: number; duration: number }[];
    return tasks
      .filter((task) => task.start + task.duration >= fromMs && task.start <= untilMs)
      .reduce((longest, task) => Math.max(longest, task.duration), 0);
  }

  /**
   * Like longestTaskMs, with each task's waits for the GPU process (see GPU_WAIT_WATCHER) taken
   * out: the longest the page's own work held the main thread.
   */
  async longestTaskLessGpuWaitsMs(untilMs: number, fromMs = 0): Promise<number> {
    const tasks = (await this.page.evaluate('window.benchLongTasks')) as { start: number; duration: number }[];
    const waits = (await this.page.evaluate('window.benchGpuWaits')) as { start: number; duration: number }[];
    return tasks
      .filter((task) => task.start + task.duration >= fromMs && task.start <= untilMs)
      .map((task) => {
        const end = task.start + task.duration;
        const waited = waits.filter((wait) => wait.start >= task.start && wait.start < end).reduce((sum, wait) => sum + wait.duration, 0);
        return task.duration - waited;
      })
      .reduce((longest, own) => Math.max(longest, own), 0);
  }

  /**
   * The longest single wait for the GPU process (see GPU_WAIT_WATCHER) until `untilMs`: one
   * call, which no page can split, so the least its task can last.
   */
  async longestGpuWaitMs(untilMs: number): Promise<number> {
    const waits = (await this.page.evaluate('window.benchGpuWaits')) as { start: number; duration: number }[];
    return waits.filter((wait) => wait.start <= untilMs).reduce((longest, wait) => Math.max(longest, wait.duration), 0);
  }

  /** Main-thread JS heap after a full garbage collection, in bytes. */
  async heapUsedBytes(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('Performance.enable');
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Chromium reported no JSHeapUsedSize');
    return used.value;
  }

  /** Where the app's map looks (from its #map=zoom/lat/lon link) and how big it is. */
  async appViewport(): Promise<MapViewport> {
    const hash = await this.page.evaluate('window.location.hash') as string;
    const match = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash);
    if (!match) throw new Error(`The app's address carries no map position: ${hash}`);
    const box = await this.page.locator(APP_READY.mapSelector).boundingBox();
    if (!box) throw new Error('The app shows no map');
    return {
      zoom: Number(match[1]),
      centre: [Number(match[3]), Number(match[2])],
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
  }

  async startProfile(): Promise<void> {
    await this.cdp.send('Profiler.enable');
    await this.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await this.cdp.send('Profiler.start');
  }

  async stopProfile(): Promise<CpuProfile> {
    const { profile } = await this.cdp.send('Profiler.stop');
    return profile;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
