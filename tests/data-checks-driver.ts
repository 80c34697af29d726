import { StaffDriver } from './driver';

type Browser = Parameters<typeof StaffDriver.openStaff>[0];

/**
 * What a planner does with the data checks, in their words: open a file, read the findings by
 * kind, narrow them, click one to see the feature. Speaks to the page through the StaffDriver.
 */
export class DataChecksDriver {
  private constructor(readonly app: StaffDriver) {}

  static async open(browser: Browser, baseUrl: string, options: Parameters<typeof StaffDriver.openStaff>[2] = {}): Promise<DataChecksDriver> {
    const driver = new DataChecksDriver(await StaffDriver.openStaff(browser, baseUrl, options));
    await driver.app.waitForMap();
    return driver;
  }

  get page() {
    return this.app.page;
  }

  /** Opens a parcels file and waits until the app says how many features it read. */
  async openParcels(path: string, features: number): Promise<void> {
    await this.app.openFile(path);
    await this.page.waitForFunction(
      (count) => document.querySelector('[data-testid=load-counts]')?.textContent?.startsWith(`共 ${count} 个要素`) ?? false,
      features,
      { timeout: 90_000 },
    );
  }

  async showFindings(): Promise<void> {
    if ((await this.page.getByTestId('finding-list').count()) === 0) await this.page.getByTestId('findings-toggle').click();
    await this.page.getByTestId('finding-list').waitFor();
  }

  /** The grouped lines, top first, as a person reads them. */
  async groupLines(): Promise<string[]> {
    return this.page.locator('[data-testid=finding-groups] button').allInnerTexts();
  }

  /** The first `count` findings listed: outcome and message. */
  async listedFindings(count: number): Promise<Array<{ severity: string; code: string; text: string }>> {
    return this.page.locator('[data-testid=finding-list] > li').evaluateAll(
      (items, limit) =>
        items.slice(0, limit).map((item) => ({
          severity: (item as HTMLElement).dataset.severity ?? '',
          code: (item as HTMLElement).dataset.code ?? '',
          text: (item.textContent ?? '').trim(),
        })),
      count,
    );
  }

  async chooseOutcome(label: string): Promise<void> {
    await this.page.getByTestId('finding-severity').selectOption({ label });
  }

  async clickFinding(position: number): Promise<void> {
    await this.page.locator('[data-testid=finding-list] > li').nth(position).locator('button').click();
  }

  /** Whether the element with this test id is on screen and is what a click at its centre would hit. */
  async isOnTop(testId: string): Promise<boolean> {
    return this.page.getByTestId(testId).first().evaluate((element) => {
      const box = element.getBoundingClientRect();
      const inside = box.width > 0 && box.height > 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth && box.top >= 0;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return inside && hit !== null && element.contains(hit);
    });
  }
}
