import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path';

export type Rgb = [number, number, number];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * What a person does with the app and sees of it, in their words: open it, look at a place
 * on the map, read the legend, click a plot. The only file that speaks Playwright.
 */
export class AppDriver {
  readonly consoleErrors: string[] = [];
  readonly requests: string[] = [];
  /** With `mapScriptAfter`: whether the map had not started when its script was let through. */
  mapScriptHeldUntilMapStarted = false;

  protected constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(error.message));
    page.on('request', (request) => this.requests.push(request.url()));
  }

  static async open(
    browser: Browser,
    baseUrl: string,
    options: {
      query?: string;
      hash?: string;
      width?: number;
      height?: number;
      language?: 'zh' | 'en';
      initScript?: string;
      /** Holds the map's script back until this selector is on the page, as a slow link may. */
      mapScriptAfter?: string;
      /** Holds the campaign's GeoJSON files back until this selector is on the page, as a large file would. */
      plotsAfter?: string;
    } = {},
  ): Promise<AppDriver> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1600, height: options.height ?? 900 },
      deviceScaleFactor: 1,
    });
    if (options.language) {
      await context.addInitScript((language) => window.localStorage.setItem('battle-map.language', language), options.language);
    }
    // Runs in the page before the app does: a watcher, or a browser that says it has less memory.
    if (options.initScript) await context.addInitScript({ content: options.initScript });
    const driver = new AppDriver(await context.newPage(), baseUrl);
    const { mapScriptAfter } = options;
    if (mapScriptAfter) {
      await context.route(/\/battle-map-view-[^/]*\.js$/, async (route) => {
        await driver.page.waitForSelector(mapScriptAfter, { timeout: 45_000 });
        driver.mapScriptHeldUntilMapStarted = (await driver.page.locator('.maplibregl-canvas').count()) === 0;
        await route.continue();
      });
    }
    const { plotsAfter } = options;
    if (plotsAfter) {
      await context.route(/\.geojson$/, async (route) => {
        await driver.page.waitForSelector(plotsAfter, { state: 'attached', timeout: 45_000 });
        await route.continue();
      });
    }
    const query = options.query ? `?${options.query}` : '';
    const hash = options.hash ? `#${options.hash}` : '';
    await driver.page.goto(`${baseUrl}${query}${hash}`);
    return driver;
  }

  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  /** Requests that went anywhere but the app's own origin (data: and blob: stay in the page). */
  foreignRequests(): string[] {
    return this.requests.filter((url) => !url.startsWith(this.origin) && !/^(data|blob):/.test(url));
  }

  async waitForMap(): Promise<void> {
    await this.page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 45_000 });
  }

  /** Moves the map the way a shared link does (#map=zoom/lat/lon), and waits for it to settle. */
  async jumpTo(longitude: number, latitude: number, zoom: number): Promise<void> {
    await this.page.evaluate((hash) => {
      const map = document.querySelector<HTMLElement>('[data-testid=map]');
      if (map) map.dataset.idle = 'false';
      window.location.hash = hash;
    }, `map=${zoom}/${latitude}/${longitude}`);
    await this.waitForMap();
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }

  /** The same address opened in another tab of the same browser profile, which shares its storage. */
  async anotherTab(): Promise<this> {
    const page = await this.page.context().newPage();
    const other = Object.setPrototypeOf(new AppDriver(page, this.baseUrl), Object.getPrototypeOf(this) as object) as this;
    await page.goto(this.page.url());
    return other;
  }

  /** Closes this tab at once, whatever it is doing, and opens the same address in a new tab of the same profile. */
  async closeTabAndReopen(): Promise<this> {
    const url = this.page.url();
    const page = await this.page.context().newPage();
    await this.page.close();
    const other = Object.setPrototypeOf(new AppDriver(page, this.baseUrl), Object.getPrototypeOf(this) as object) as this;
    await page.goto(url);
    return other;
  }

  /** Reloads the page, as closing and reopening the browser tab does. */
  async reload(): Promise<void> {
    await this.page.reload();
  }

  /** The colour a person sees at a point of the page, read back from a screenshot. */
  async colourAt(x: number, y: number): Promise<Rgb> {
    const png = PNG.sync.read(await this.page.screenshot());
    const offset = (png.width * Math.round(y) + Math.round(x)) * 4;
    return [png.data[offset], png.data[offset + 1], png.data[offset + 2]];
  }

  /** Every colour within `radius` pixels (a square) of a point of the page, from one screenshot. */
  async coloursAround(x: number, y: number, radius: number): Promise<Rgb[]> {
    const png = PNG.sync.read(await this.page.screenshot());
    const colours: Rgb[] = [];
    for (let row = Math.round(y) - radius; row <= Math.round(y) + radius; row++) {
      for (let column = Math.round(x) - radius; column <= Math.round(x) + radius; column++) {
        const offset = (png.width * row + column) * 4;
        colours.push([png.data[offset], png.data[offset + 1], png.data[offset + 2]]);
      }
    }
    return colours;
  }

  /**
   * The middle of the map on the page, once the map has taken its box's size: it resizes a frame
   * after the layout changes (a panel opened), and a click before then lands elsewhere on it.
   */
  async mapCentre(): Promise<{ x: number; y: number }> {
    await this.page.waitForFunction(() => {
      const map = document.querySelector('[data-testid=map]');
      const canvas = map?.querySelector('canvas');
      if (!map || !canvas) return false;
      const [box, drawn] = [map.getBoundingClientRect(), canvas.getBoundingClientRect()];
      return Math.abs(box.width - drawn.width) < 1 && Math.abs(box.height - drawn.height) < 1;
    });
    const box = await this.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('The map is not on the page');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  async colourAtMapCentre(): Promise<Rgb> {
    const { x, y } = await this.mapCentre();
    return this.colourAt(x, y);
  }

  async clickMapCentre(): Promise<void> {
    const { x, y } = await this.mapCentre();
    await this.page.mouse.click(x, y);
  }

  /** Legend rows as the user reads them: label, plot count, mu. */
  async legendRows(): Promise<Array<{ stage: string; label: string; count: string; mu: string }>> {
    return this.page.locator('[data-testid=legend] tr[data-stage]').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = Array.from(row.children).map((cell) => (cell.textContent ?? '').trim());
        return { stage: (row as HTMLElement).dataset.stage ?? '', label: cells[0], count: cells[1], mu: cells[2] };
      }),
    );
  }

  async plotDetailsText(): Promise<string> {
    return (await this.page.getByTestId('plot-details').textContent()) ?? '';
  }

  async text(testId: string): Promise<string> {
    return (await this.page.getByTestId(testId).textContent()) ?? '';
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}

/** Staff at work: filtering, the ledger, measuring, picking, sharing and exporting. */
export class StaffDriver extends AppDriver {
  static async openStaff(browser: Browser, baseUrl: string, options: Parameters<typeof AppDriver.open>[2] = {}): Promise<StaffDriver> {
    const app = await AppDriver.open(browser, baseUrl, options);
    return Object.setPrototypeOf(app, StaffDriver.prototype) as StaffDriver;
  }

  /** Waits until the map shows the filter's result: `hidden` plots hidden and the map idle. */
  async waitForFilteredMap(hidden: number): Promise<void> {
    await this.page.waitForSelector(`[data-testid=map][data-hidden-plots="${hidden}"][data-idle=true]`, { timeout: 45_000 });
  }

  async whenFilteringByIndustry(industry: string): Promise<void> {
    await this.page.locator(`[data-testid=filter-industries] label[data-value="${industry}"] input`).check();
  }

  async whenFilteringByStage(stage: string): Promise<void> {
    await this.page.locator(`[data-testid=filter-stages] label[data-value="${stage}"] input`).check();
  }

  /** The filter panel's industry list: each industry and the count shown beside it. */
  async industryOptionCounts(): Promise<Record<string, number>> {
    return this.page.locator('[data-testid=filter-industries] label').evaluateAll((labels) =>
      Object.fromEntries(
        labels.map((label) => [(label as HTMLElement).dataset.value ?? '', Number(label.querySelector('.filter-option-count')?.textContent)]),
      ),
    );
  }

  /** Opens the village drop-down by clicking it, as a user does, and reads the count beside each village. */
  async villageOptionCounts(): Promise<Record<string, number>> {
    const list = this.page.getByTestId('filter-village');
    await list.click();
    const counts = await list.locator('option:not([value=""])').evaluateAll((options) =>
      Object.fromEntries(
        options.map((option) => [(option as HTMLOptionElement).value, Number(/\((\d+)\)$/.exec(option.textContent ?? '')?.[1])]),
      ),
    );
    await this.page.keyboard.press('Escape');
    return counts;
  }

  async whenSearching(text: string): Promise<void> {
    await this.page.getByTestId('filter-text').fill(text);
  }

  async whenClearingTheFilter(): Promise<void> {
    await this.page.getByTestId('filter-clear').click();
  }

  /** The chips of the active filter, as the user reads them. */
  async filterChips(): Promise<string[]> {
    return this.page.locator('[data-testid=filter-chips] .filter-chip').allTextContents();
  }

  async isShown(testId: string): Promise<boolean> {
    return (await this.page.getByTestId(testId).count()) > 0;
  }

  /** Clicks "copy link" and reads the link offered. */
  async copyLink(): Promise<string> {
    await this.page.getByTestId('copy-link').click();
    return this.page.getByTestId('share-link').inputValue();
  }

  /** The address bar's whole address now. */
  address(): string {
    return this.page.url();
  }

  /** The `#map=zoom/lat/lon` the address bar shows now. */
  async mapHash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  /** Clicks a button that downloads a file; returns the file's name and text. */
  async download(testId: string): Promise<{ name: string; text: string; path: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const name = download.suggestedFilename();
    const path = join(await mkdtemp(join(tmpdir(), 'battle-map-')), name);
    await download.saveAs(path);
    return { name, text: await readFile(path, 'utf8'), path };
  }

  async openFile(path: string): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(path);
  }

  async openLedger(): Promise<void> {
    if ((await this.page.getByTestId('ledger').count()) === 0) await this.page.getByTestId('ledger-toggle').click();
    await this.page.getByTestId('ledger').waitFor();
  }

  async sortLedgerBy(header: string): Promise<void> {
    await this.page.locator('.ledger-head button', { hasText: header }).click();
  }

  /** The ledger rows rendered now: position, plot index, whether selected, and the cells' text. */
  async ledgerRows(): Promise<Array<{ index: number; selected: boolean; cells: string[] }>> {
    return this.page.locator('[data-testid=ledger-row]').evaluateAll((rows) =>
      rows.map((row) => ({
        index: Number((row as HTMLElement).dataset.index),
        selected: row.getAttribute('aria-selected') === 'true',
        cells: Array.from(row.children).map((cell) => (cell.textContent ?? '').trim()),
      })),
    );
  }

  async clickLedgerRow(position: number): Promise<void> {
    await this.page.locator('[data-testid=ledger-row]').nth(position).click();
  }

  /** Whether the ledger row of a plot is inside the ledger's visible area. */
  async ledgerRowInSight(plotIndex: number): Promise<boolean> {
    const locator = this.page.locator(`[data-testid=ledger-row][data-index="${plotIndex}"]`);
    if ((await locator.count()) === 0) return false;
    const row = await locator.boundingBox();
    const body = await this.page.locator('.ledger-body').boundingBox();
    if (!row || !body) return false;
    return row.y >= body.y - 1 && row.y + row.height <= body.y + body.height + 1;
  }

  async mapBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('The map is not on the page');
    return box;
  }

  /** Draws a polygon to measure: a click at each corner, then on the first corner to close it. */
  async drawPolygon(corners: ReadonlyArray<{ x: number; y: number }>): Promise<void> {
    await this.page.getByTestId('measure-area').click();
    await this.page.waitForSelector('[data-testid=map][data-drawing=polygon]');
    for (const corner of [...corners, corners[0]]) await this.page.mouse.click(corner.x, corner.y);
    await this.page.getByTestId('measure-result').waitFor();
  }

  /** Draws a line to measure: a click at each point, then on the last point again to finish. */
  async drawLine(points: ReadonlyArray<{ x: number; y: number }>): Promise<void> {
    await this.page.getByTestId('measure-length').click();
    await this.page.waitForSelector('[data-testid=map][data-drawing=line]');
    for (const point of [...points, points[points.length - 1]]) await this.page.mouse.click(point.x, point.y);
    await this.page.getByTestId('measure-result').waitFor();
  }

  async shiftClick(x: number, y: number): Promise<void> {
    await this.page.keyboard.down('Shift');
    await this.page.mouse.click(x, y);
    await this.page.keyboard.up('Shift');
  }

  async shiftDrag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.keyboard.down('Shift');
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await this.page.mouse.move(to.x, to.y, { steps: 4 });
    await this.page.mouse.up();
    await this.page.keyboard.up('Shift');
  }

  /** Rows of a stage tally (picks, plots inside an outline): stage key, count text, mu text. */
  async tallyRows(testId: string): Promise<Array<{ stage: string; count: string; mu: string }>> {
    return this.page.locator(`[data-testid=${testId}] tr[data-stage]`).evaluateAll((rows) =>
      rows.map((row) => {
        const cells = Array.from(row.children).map((cell) => (cell.textContent ?? '').trim());
        return { stage: (row as HTMLElement).dataset.stage ?? '', count: cells[1], mu: cells[2] };
      }),
    );
  }
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
