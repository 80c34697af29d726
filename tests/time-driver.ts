import { AppDriver } from './driver';

type Browser = Parameters<typeof AppDriver.open>[0];

/**
 * What a leader does with time, in their words: show the figures as of a date, read the weekly
 * ranking, play the weeks back. Speaks to the page only through the AppDriver.
 */
export class TimeDriver {
  private constructor(readonly app: AppDriver) {}

  static async open(browser: Browser, baseUrl: string, options: Parameters<typeof AppDriver.open>[2] = {}): Promise<TimeDriver> {
    const driver = new TimeDriver(await AppDriver.open(browser, baseUrl, options));
    await driver.waitForMap();
    return driver;
  }

  get page() {
    return this.app.page;
  }

  /** The map has drawn everything it was given (software WebGL on a busy machine can take a while). */
  async waitForMap(): Promise<void> {
    await this.page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 120_000 });
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  /** Types a date into the 截至 date input, as a person does with the keyboard. */
  async whenShowingAsOf(date: string): Promise<void> {
    await this.page.getByTestId('as-of-date').fill(date);
    await this.page.waitForSelector(`[data-testid=map][data-as-of="${date}"]`);
    await this.waitForMap();
  }

  async asOfDate(): Promise<string> {
    return this.page.getByTestId('as-of-date').inputValue();
  }

  /** The address bar, once it has caught up with the page. */
  async addressWith(parameter: string): Promise<string> {
    await this.page.waitForFunction((part) => window.location.search.includes(part), parameter);
    return this.page.url();
  }

  legendRows() {
    return this.app.legendRows();
  }

  async colourAt(longitude: number, latitude: number) {
    await this.app.jumpTo(longitude, latitude, 17);
    return this.app.colourAtMapCentre();
  }

  /** The ranking rows as read: township, rank change and pace mark. */
  async rankingRows(): Promise<Array<{ township: string; change: string; pace: string; cells: string[] }>> {
    // Only the rows in sight are drawn: look at the table as a person would, scrolled to it.
    await this.page.getByTestId('ranking').scrollIntoViewIfNeeded();
    await this.page.waitForSelector('[data-testid=ranking] tbody tr[data-township]');
    return this.page.locator('[data-testid=ranking] tbody tr[data-township]').evaluateAll((rows) =>
      rows.map((row) => {
        const element = row as HTMLElement;
        const cellText = (selector: string) => (element.querySelector(selector)?.textContent ?? '').trim();
        return {
          township: element.dataset.township ?? '',
          change: cellText('[data-column=rank-change]'),
          pace: cellText('[data-column=pace]'),
          cells: Array.from(element.children).map((cell) => (cell.textContent ?? '').trim()),
        };
      }),
    );
  }

  async whenPlayingBack(): Promise<void> {
    await this.page.getByTestId('playback-play').click();
    await this.page.waitForSelector('[data-testid=playback][data-playing=true]');
  }

  /** Waits for playback to stop at its last week (the as-of date). */
  async untilPlaybackEnds(date: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid=playback][data-playing=false][data-date="${date}"]`, { timeout: 120_000 });
    await this.page.waitForSelector(`[data-testid=map][data-as-of="${date}"]`);
    await this.waitForMap();
  }

  /** Steps one week by hand and waits for the map to show it. */
  async whenSteppingPlayback(): Promise<void> {
    const before = await this.playbackDate();
    await this.page.getByTestId('playback-step').click();
    await this.page.waitForFunction((date) => document.querySelector('[data-testid=playback]')?.getAttribute('data-date') !== date, before);
    const date = await this.playbackDate();
    await this.page.waitForSelector(`[data-testid=map][data-as-of="${date}"]`);
    await this.waitForMap();
  }

  /** Enters meeting mode with its key, as a person at the projector does. */
  async whenInMeeting(): Promise<void> {
    await this.page.keyboard.press('f');
    await this.page.waitForSelector('.app.meeting');
  }

  /** Whether an element is inside the window and is what the page shows at its centre. */
  async isOnScreen(selector: string): Promise<boolean> {
    return this.page.locator(selector).first().evaluate((element) => {
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const inside = box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
      const hit = document.elementFromPoint(x, y);
      return inside && hit !== null && (hit === element || element.contains(hit));
    });
  }

  /** The 本周通报 slide's township rows: name, rank change, and whether the whole row is on screen and not covered. */
  async weeklySlideRows(): Promise<Array<{ township: string; change: string; onScreen: boolean }>> {
    return this.page.locator('[data-testid=weekly-table] tbody tr[data-township]:not([data-township=""])').evaluateAll((rows) =>
      rows.map((row) => {
        const box = row.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          township: (row as HTMLElement).dataset.township ?? '',
          change: (row.querySelector('[data-column=rank-change]')?.textContent ?? '').trim(),
          onScreen: box.top >= 0 && box.bottom <= window.innerHeight && hit !== null && row.contains(hit),
        };
      }),
    );
  }

  /** Clicks a download button and reads the file it gives. */
  async download(testId: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  async playbackDate(): Promise<string> {
    return (await this.page.getByTestId('playback').getAttribute('data-date')) ?? '';
  }
}
