import { AppDriver } from './driver';

type Browser = Parameters<typeof AppDriver.open>[0];

/** What the page went through while a file loaded, as watched frame by frame from inside it. */
export interface LoadWatch {
  /** Animation frames drawn while the progress bar showed a reading, parsing or checking stage. */
  framesWhileWorking: number;
  /** The bar's values, each time it showed a new one, in order. */
  barValues: number[];
  /** Stages the bar named, in the order first seen. */
  stages: string[];
  /** The bytes and features under the bar, each time they changed, in order. */
  figures: string[];
  /** The map's sizes ("width×height"), each time it changed: the map redraws at each one. */
  mapSizes: string[];
}

/** Counts frames and notes the bar in each; kept in `window.loadWatch`. */
const FRAME_WATCHER = `(() => {
  const watch = { framesWhileWorking: 0, barValues: [], stages: [], figures: [], mapSizes: [] };
  window.loadWatch = watch;
  const sizes = new ResizeObserver(([entry]) => {
    const size = Math.round(entry.contentRect.width) + '×' + Math.round(entry.contentRect.height);
    if (size !== watch.mapSizes[watch.mapSizes.length - 1]) watch.mapSizes.push(size);
  });
  let mapWatched = false;
  const frame = () => {
    const map = document.querySelector('[data-testid=map]');
    if (map && !mapWatched) {
      sizes.observe(map);
      mapWatched = true;
    }
    const card = document.querySelector('[data-testid=load-progress]');
    const bar = document.querySelector('[data-testid=load-progress-bar]');
    const figures = document.querySelector('[data-testid=load-figures]');
    const stage = card && card.dataset.stage;
    if (stage && stage !== 'draw') watch.framesWhileWorking++;
    if (stage && !watch.stages.includes(stage)) watch.stages.push(stage);
    if (bar && bar.hasAttribute('value') && bar.value !== watch.barValues[watch.barValues.length - 1]) watch.barValues.push(bar.value);
    const text = figures ? figures.textContent : null;
    if (text && text !== watch.figures[watch.figures.length - 1]) watch.figures.push(text);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/**
 * Notes, in `window.largestFeatureListFromMapWorkers`, the longest list of features any answer
 * from the map's workers carried to the page: the page taking in every plot again costs it
 * seconds with the map frozen.
 */
const MAP_WORKER_ANSWER_WATCHER = `(() => {
  window.largestFeatureListFromMapWorkers = 0;
  const note = (value, depth) => {
    if (depth > 4 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return;
    if (Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      const inner = value[key];
      if (key === 'features' && Array.isArray(inner)) {
        window.largestFeatureListFromMapWorkers = Math.max(window.largestFeatureListFromMapWorkers, inner.length);
      } else note(inner, depth + 1);
    }
  };
  const listen = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (type === 'message' && this instanceof Worker) {
      listen.call(this, type, (event) => { if (event.data && event.data.type === '<response>') note(event.data, 0); }, options);
    }
    return listen.call(this, type, listener, options);
  };
})();`;

/**
 * Notes whether the app was drawn when the page's first loading worker started, and what the
 * page showed then.
 */
const FIRST_LOAD_WATCHER = `(() => {
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      if (options && options.name === 'loader' && window.appDrawnAtFirstLoad === undefined) {
        window.appDrawnAtFirstLoad = document.querySelector('#root .app') !== null;
        window.shownAtFirstLoad = document.getElementById('root').textContent;
      }
    }
  };
})();`;

/**
 * What someone opening a big file does and sees: picks it, watches the bar, presses 取消.
 * Speaks to the page only through the AppDriver.
 */
export class LoadingDriver {
  private constructor(readonly app: AppDriver) {}

  /** Watches the loads of a page another driver opened (an import started through 导入数据). */
  static watching(app: AppDriver): LoadingDriver {
    return new LoadingDriver(app);
  }

  static async open(browser: Browser, baseUrl: string): Promise<LoadingDriver> {
    const driver = new LoadingDriver(await AppDriver.open(browser, baseUrl, { initScript: MAP_WORKER_ANSWER_WATCHER }));
    await driver.app.page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 120_000 });
    return driver;
  }

  /**
   * Starts counting animation frames and noting the progress bar in each: if the page stops
   * answering, no frame is drawn and the bar is not seen to move.
   */
  async watchFrames(): Promise<void> {
    await this.app.page.evaluate(FRAME_WATCHER);
  }

  /**
   * Opens `?campaign=<path>` with the frame watcher running from the page's first moment, and
   * waits until the load has ended (drawn, failed or cancelled).
   */
  static async openCampaign(browser: Browser, baseUrl: string, path: string): Promise<LoadingDriver> {
    const driver = new LoadingDriver(await AppDriver.open(browser, baseUrl, { query: `campaign=${path}`, initScript: FRAME_WATCHER }));
    await driver.app.page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 120_000 });
    await driver.waitForLoadToEnd();
    return driver;
  }

  /** Opens the demo noting when its load started (see `appDrawnAtFirstLoad`), and waits until it is drawn. */
  static async openWatchingFirstLoad(browser: Browser, baseUrl: string): Promise<LoadingDriver> {
    const driver = new LoadingDriver(await AppDriver.open(browser, baseUrl, { initScript: FIRST_LOAD_WATCHER }));
    await driver.app.page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 120_000 });
    return driver;
  }

  /** Whether the app was drawn, and what the page said, when the page's first loading worker started. */
  async atFirstLoad(): Promise<{ appDrawn: boolean; shown: string }> {
    return (await this.app.page.evaluate('({ appDrawn: window.appDrawnAtFirstLoad, shown: window.shownAtFirstLoad })')) as { appDrawn: boolean; shown: string };
  }

  /** Opens the app in a browser that says one page may hold only `heapLimitBytes` of JavaScript. */
  static async openWithHeapLimit(browser: Browser, baseUrl: string, heapLimitBytes: number): Promise<LoadingDriver> {
    const limit = `Object.defineProperty(Performance.prototype, 'memory', { configurable: true, get: () => ({ jsHeapSizeLimit: ${heapLimitBytes}, totalJSHeapSize: 0, usedJSHeapSize: 0 }) });`;
    const driver = new LoadingDriver(await AppDriver.open(browser, baseUrl, { initScript: limit }));
    await driver.app.page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 120_000 });
    return driver;
  }

  async watched(): Promise<LoadWatch> {
    return (await this.app.page.evaluate('window.loadWatch')) as LoadWatch;
  }

  /** The most features one answer from the map's workers carried to the page (needs `open`). */
  async largestFeatureListFromMapWorkers(): Promise<number> {
    return (await this.app.page.evaluate('window.largestFeatureListFromMapWorkers')) as number;
  }

  async pickFile(path: string): Promise<void> {
    await this.app.page.getByTestId('file-input').setInputFiles(path);
  }

  /** Waits until the bar shows at least `share` (0–1) of the file done. */
  async waitForProgress(share: number): Promise<void> {
    await this.app.page.waitForFunction(
      (least) => (document.querySelector<HTMLProgressElement>('[data-testid=load-progress-bar]')?.position ?? -1) >= least,
      share,
      { timeout: 120_000, polling: 'raf' },
    );
  }

  async cancel(): Promise<void> {
    await this.app.page.getByTestId('load-cancel').click();
  }

  /** Waits until the bar shows a load (the app reads a picked file's first bytes before it starts). */
  async waitForLoadToStart(): Promise<void> {
    await this.app.page.waitForSelector('[data-testid=load-progress]', { state: 'attached', timeout: 120_000 });
  }

  /** Waits until no load is shown any more: drawn, failed or cancelled. */
  async waitForLoadToEnd(): Promise<void> {
    await this.app.page.waitForSelector('[data-testid=load-progress]', { state: 'detached', timeout: 540_000 });
  }

  async isLoading(): Promise<boolean> {
    return (await this.app.page.getByTestId('load-progress').count()) > 0;
  }

  async legendTotal(): Promise<string | null> {
    return this.app.page.locator('[data-testid=legend] tr[data-stage=total] td').first().textContent();
  }

  async mapPlotCount(): Promise<string | null> {
    return this.app.page.getByTestId('map').getAttribute('data-plots');
  }

  async title(): Promise<string | null> {
    return this.app.page.locator('h1').textContent();
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
