import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppDriver, StaffDriver } from './driver';

type Browser = Parameters<typeof AppDriver.open>[0];

/**
 * What a planner does to bring their files in, in their words: choose files with 导入数据 or
 * drop them on the window, read the preview, settle encoding and coordinates, import.
 * Speaks to the page only through the AppDriver.
 */
export class ImportDriver {
  private constructor(readonly app: StaffDriver) {}

  /** The planner's hands on a page another driver opened. */
  static of(app: StaffDriver): ImportDriver {
    return new ImportDriver(app);
  }

  static async open(browser: Browser, baseUrl: string, options: Parameters<typeof AppDriver.open>[2] = {}): Promise<ImportDriver> {
    const driver = new ImportDriver(await StaffDriver.openStaff(browser, baseUrl, options));
    await driver.waitForMap();
    return driver;
  }

  /** The map has drawn everything (software WebGL on a busy machine can take a while). */
  async waitForMap(): Promise<void> {
    await this.page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 120_000 });
  }

  get page() {
    return this.app.page;
  }

  /** Chooses files through the 导入数据 button's file picker. */
  async chooseFiles(paths: readonly string[]): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByTestId('import-button').click()]);
    await chooser.setFiles([...paths]);
  }

  /** Drops files on the window, as a person drags them from the desktop. */
  async dropFiles(paths: readonly string[]): Promise<void> {
    const files = await Promise.all(paths.map(async (path) => ({ name: basename(path), bytes: Array.from(await readFile(path)) })));
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([new Uint8Array(file.bytes)], file.name));
      return data;
    }, files);
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  }

  /** 新建作战图: opens its dialog; returns the warning about edits not exported, or null when there is none. */
  async whenStartingANewCampaign(): Promise<string | null> {
    await this.page.getByTestId('new-campaign').click();
    await this.page.getByTestId('new-campaign-dialog').waitFor();
    const warning = this.page.getByTestId('new-campaign-edits');
    return (await warning.count()) > 0 ? await warning.textContent() : null;
  }

  /** Names the new campaign in its dialog and creates it. */
  async whenNamingItAndCreating(name: string): Promise<void> {
    await this.page.getByTestId('new-campaign-name').fill(name);
    await this.page.getByTestId('new-campaign-create').click();
    await this.page.getByTestId('new-campaign-dialog').waitFor({ state: 'detached' });
  }

  async previewShown(): Promise<void> {
    await this.page.getByTestId('import-dialog').waitFor();
  }

  /** The preview table's cells of the first file, row by row. */
  async previewRows(): Promise<string[][]> {
    return this.page.locator('[data-testid=import-preview]').first().locator('tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children).map((cell) => cell.textContent ?? '')));
  }

  /** The first layer's heading in the preview: its name and how many features it has. */
  async layerCount(): Promise<string> {
    return (await this.page.getByTestId('import-layer').first().locator('h3').textContent()) ?? '';
  }

  async reason(): Promise<string> {
    return (await this.page.getByTestId('import-reason').first().textContent()) ?? '';
  }

  async canImport(): Promise<boolean> {
    return this.page.getByTestId('import-submit').isEnabled();
  }

  async confirmCoordinates(): Promise<void> {
    await this.page.getByTestId('import-confirm').first().check();
  }

  async addToPlots(): Promise<void> {
    await this.page.getByTestId('import-mode-add').check();
  }

  async importNow(): Promise<void> {
    await this.page.getByTestId('import-submit').click();
    await this.page.getByTestId('import-dialog').waitFor({ state: 'detached' });
  }

  /** Every finding in the data checks, in Chinese. */
  async findings(): Promise<string> {
    // After a load the data checks come a task after the notice, the map and the legend.
    await this.page.getByTestId('findings').waitFor();
    // Folded, it lists nothing: open it, and again if the panel is drawn anew (folded) as the
    // load settles, until its rows are there.
    const toggle = this.page.locator('[data-testid=findings] button', { hasText: '查看' });
    for (let tries = 0; tries < 50 && (await this.page.locator('[data-testid=findings] .finding').count()) === 0; tries++) {
      if ((await toggle.count()) > 0) await toggle.first().click();
      await this.page.waitForTimeout(100);
    }
    return (await this.page.getByTestId('findings').textContent()) ?? '';
  }
}
