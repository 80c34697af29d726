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

  private constructor(
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
    options: { query?: string; hash?: string; width?: number; height?: number; language?: 'zh' | 'en' } = {},
  ): Promise<AppDriver> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1600, height: options.height ?? 900 },
      deviceScaleFactor: 1,
    });
    if (options.language) {
      await context.addInitScript((language) => window.localStorage.setItem('battle-map.language', language), options.language);
    }
    const driver = new AppDriver(await context.newPage(), baseUrl);
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

  async close(): Promise<void> {
    await this.page.context().close();
  }

  /** The colour a person sees at a point of the page, read back from a screenshot. */
  async colourAt(x: number, y: number): Promise<Rgb> {
    const png = PNG.sync.read(await this.page.screenshot());
    const offset = (png.width * Math.round(y) + Math.round(x)) * 4;
    return [png.data[offset], png.data[offset + 1], png.data[offset + 2]];
  }

  async mapCentre(): Promise<{ x: number; y: number }> {
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

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
