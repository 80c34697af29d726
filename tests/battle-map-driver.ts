import { readFile } from 'node:fs/promises';
import { AppDriver } from './driver';

type Browser = Parameters<typeof AppDriver.open>[0];

/**
 * What a leader does with battle maps, in their words: open a township's battle map, step
 * through a meeting, print, export a poster. Speaks to the page only through the AppDriver.
 */
export class BattleMapDriver {
  private constructor(readonly app: AppDriver) {}

  /** Given the app opened at a link (overview unless `query` says otherwise). */
  static async open(browser: Browser, baseUrl: string, options: Parameters<typeof AppDriver.open>[2] = {}): Promise<BattleMapDriver> {
    const driver = new BattleMapDriver(await AppDriver.open(browser, baseUrl, options));
    await driver.waitForMap();
    return driver;
  }

  /** Given a township's battle map opened by its link. */
  static async openBattleMap(browser: Browser, baseUrl: string, township: string, options: Parameters<typeof AppDriver.open>[2] = {}): Promise<BattleMapDriver> {
    return BattleMapDriver.open(browser, baseUrl, { ...options, query: `view=township&township=${encodeURIComponent(township)}` });
  }

  /** The map has drawn everything it was given (software WebGL on a busy machine can take a while). */
  async waitForMap(): Promise<void> {
    await this.page.waitForSelector('[data-testid=map][data-idle=true][data-plots]', { timeout: 120_000 });
  }

  get page() {
    return this.app.page;
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  async whenClickingTheRankingRow(township: string): Promise<void> {
    await this.page.locator(`[data-testid=ranking] tr[data-township="${township}"] button`).click();
    await this.page.waitForSelector(`[data-testid=map][data-focus="${township}"]`);
  }

  /** Scrolls the sidebar to its end, and waits until the ranking's last row has been drawn there. */
  async whenScrollingTheSidebarToTheEnd(): Promise<void> {
    await this.page.locator('.sidebar').evaluate((sidebar) => sidebar.scrollTo({ top: sidebar.scrollHeight }));
    await this.page.waitForFunction(() => {
      const rows = document.querySelectorAll('[data-testid=ranking] tbody tr[data-township]');
      const table = document.querySelector('[data-testid=ranking]');
      return rows.length > 0 && table !== null && Number(rows[rows.length - 1].getAttribute('aria-rowindex')) === Number(table.getAttribute('aria-rowcount'));
    });
  }

  /** The ranking's rows the page holds, as rank and township. */
  async rankingRowsRendered(): Promise<string[]> {
    return this.page.locator('[data-testid=ranking] tbody tr[data-township]').evaluateAll((rows) =>
      rows.map((row) => `${row.querySelector('td')?.textContent ?? ''} ${row.getAttribute('data-township') ?? ''}`),
    );
  }

  /** The ranking's rows a person sees in the sidebar, as rank and the township written in the row. */
  async rankingRowsInSight(): Promise<string[]> {
    return this.page.locator('.sidebar').evaluate((sidebar) => {
      const shown = sidebar.getBoundingClientRect();
      return [...sidebar.querySelectorAll('[data-testid=ranking] tbody tr')]
        .filter((row) => {
          const box = row.getBoundingClientRect();
          return box.top >= shown.top && box.bottom <= shown.bottom;
        })
        .map((row) => `${row.querySelector('td')?.textContent ?? '?'} ${row.querySelector('th')?.textContent ?? '?'}`);
    });
  }

  async whenPressing(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** The page the address bar points at: the view and the township. */
  currentPage(): { view: string; township: string | null } {
    const params = new URL(this.page.url()).searchParams;
    return { view: params.get('view') ?? 'overview', township: params.get('township') };
  }

  async title(): Promise<string> {
    return (await this.page.getByTestId('view-title').textContent()) ?? '';
  }

  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  async ledgerRowCount(): Promise<number> {
    return this.page.locator('[data-testid=battle-ledger] tbody tr').count();
  }

  async overdueRows(): Promise<string[]> {
    return this.page.locator('[data-testid=battle-ledger] tbody tr.overdue').evaluateAll((rows) =>
      rows.map((row) => `${getComputedStyle(row).backgroundColor} ${row.textContent ?? ''}`),
    );
  }

  async isInMeeting(): Promise<boolean> {
    return (await this.page.getByTestId('meeting-bar').count()) === 1;
  }

  /** The smallest font size, in CSS pixels, of the text in the elements matched. */
  async smallestFontSize(selector: string): Promise<number> {
    const sizes = await this.page.locator(selector).evaluateAll((elements) =>
      elements.filter((element) => (element as HTMLElement).offsetParent !== null && (element.textContent ?? '').trim() !== '')
        .map((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
    );
    if (sizes.length === 0) throw new Error(`Nothing visible matches ${selector}`);
    return Math.min(...sizes);
  }

  /** Prints the page as the browser's "Save as PDF" does (on a battle map, once its map for paper is drawn). */
  async printToPdf(): Promise<Buffer> {
    await this.whenThePrintedMapIsReady();
    await this.page.emulateMedia({ media: 'print' });
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: 'screen' });
    return pdf;
  }

  /** On a township's battle map, waits until the map drawn for paper is ready (the page draws it in the background). */
  async whenThePrintedMapIsReady(): Promise<void> {
    if (this.currentPage().view === 'township') await this.page.waitForSelector('[data-testid=print-map]', { state: 'attached', timeout: 120_000 });
  }

  /**
   * Under print media: the smallest font size, in points, of any text printed on the page, and
   * the element it is in; and the printed map frame's aspect against its drawing's.
   */
  async printedTextAndFrame(): Promise<{ smallestPt: number; smallestIn: string; frameAspect: number; drawnAspect: number; screenMapShown: boolean }> {
    await this.whenThePrintedMapIsReady();
    await this.page.emulateMedia({ media: 'print' });
    const found = await this.page.evaluate(() => {
      let smallestPt = Infinity;
      let smallestIn = '';
      for (const element of document.querySelectorAll('body *')) {
        const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
        const box = element.getBoundingClientRect();
        if (!hasText || box.width === 0 || box.height === 0 || element.closest('svg')) continue;
        const points = (Number.parseFloat(getComputedStyle(element).fontSize) * 72) / 96;
        if (points < smallestPt) {
          smallestPt = points;
          smallestIn = `${element.tagName}.${element.className} “${(element.textContent ?? '').trim().slice(0, 20)}”`;
        }
      }
      const image = document.querySelector('[data-testid=print-map]') as HTMLImageElement;
      const frame = image.getBoundingClientRect();
      const screenMap = document.querySelector('[data-testid=map]') as HTMLElement;
      return {
        smallestPt,
        smallestIn,
        frameAspect: frame.width / frame.height,
        drawnAspect: image.naturalWidth / image.naturalHeight,
        screenMapShown: screenMap.getBoundingClientRect().width > 0,
      };
    });
    await this.page.emulateMedia({ media: 'screen' });
    return found;
  }

  /** The plot numbers on the map drawn for paper: how many, how many without a free place, their size in points. */
  async printedNumbers(): Promise<{ count: number; unplaced: number; sizePt: number }> {
    await this.whenThePrintedMapIsReady();
    return this.page.getByTestId('print-map').evaluate((image) => ({
      count: Number((image as HTMLElement).dataset.numbersDrawn),
      unplaced: Number((image as HTMLElement).dataset.numbersUnplaced),
      sizePt: Number((image as HTMLElement).dataset.numberPt),
    }));
  }

  /** Exports the poster at a size offered in the menu and returns its PNG files, the battle map's sheet first. */
  async exportPoster(size: 'a3' | 'a1' | 'window'): Promise<Buffer[]> {
    const downloads: Promise<string | null>[] = [];
    const onDownload = (download: { path(): Promise<string | null> }) => downloads.push(download.path());
    this.page.on('download', onDownload);
    await this.page.getByRole('button', { name: /导出海报|Export poster/ }).click();
    await this.page.locator(`.poster-menu button[data-size=${size}]`).click();
    await this.page.waitForSelector('[data-testid=poster-status][data-state=done]', { timeout: 170_000 });
    const sheets = Number(await this.page.getByTestId('poster-status').getAttribute('data-sheets'));
    while (downloads.length < sheets) await this.page.waitForEvent('download', { timeout: 30_000 });
    this.page.off('download', onDownload);
    return Promise.all(downloads.map(async (path) => readFile((await path) ?? '')));
  }

  /** What the poster export drew: sheets, plot numbers (count, unplaced, size in points) and the ledger's type size in points. */
  async posterDrawn(): Promise<{ sheets: number; numbers: number; unplaced: number; numberPt: number; ledgerPt: number }> {
    return this.page.getByTestId('poster-status').evaluate((status) => {
      const data = (status as HTMLElement).dataset;
      return { sheets: Number(data.sheets), numbers: Number(data.numbersDrawn), unplaced: Number(data.numbersUnplaced), numberPt: Number(data.numberPt), ledgerPt: Number(data.ledgerPt) };
    });
  }

  async posterStatus(): Promise<string> {
    return this.app.text('poster-status');
  }

  /** The plot numbers the map has drawn (from its rendered features, each number once), the size they are drawn at, and any left without room. */
  async plotNumbersDrawn(): Promise<{ count: number; size: number; unplaced: number }> {
    await this.page.waitForSelector('[data-testid=map][data-idle=true][data-numbers-drawn]');
    return this.page.getByTestId('map').evaluate((map) => ({
      count: Number((map as HTMLElement).dataset.numbersDrawn),
      size: Number((map as HTMLElement).dataset.numberSize),
      unplaced: Number((map as HTMLElement).dataset.numbersUnplaced),
    }));
  }

  /**
   * Of the elements `selector` matches, those a person cannot see: outside the window, or
   * covered, so that `document.elementFromPoint` at the element's centre finds something else.
   * Each is described by its text.
   */
  async notSeen(selector: string): Promise<string[]> {
    return this.page.locator(selector).evaluateAll((elements) =>
      elements
        .filter((element) => {
          const box = element.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (box.width === 0 || box.height === 0) return true;
          if (box.left < 0 || box.top < 0 || box.right > window.innerWidth || box.bottom > window.innerHeight) return true;
          const found = document.elementFromPoint(x, y);
          return !found || !(found === element || element.contains(found));
        })
        .map((element) => (element.textContent ?? '').trim() || element.tagName),
    );
  }

  /** Brings an element into sight the way a person scrolls to it (the page or a panel scrolls, never sideways). */
  async whenScrollingTo(selector: string): Promise<void> {
    await this.page.locator(selector).first().evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'nearest' }));
  }

  /**
   * Of the header cells `cells` matches, the names in `names` a person cannot read: missing, or
   * not seen at their centre (see `notSeen`).
   */
  async headersNotSeen(cells: string, names: readonly string[]): Promise<string[]> {
    const found = await this.page.locator(cells).evaluateAll((elements, wanted) =>
      elements
        .filter((element) => wanted.includes((element.textContent ?? '').replace(/[▲▼]/g, '').trim()))
        .map((element) => {
          const name = (element.textContent ?? '').replace(/[▲▼]/g, '').trim();
          const box = element.getBoundingClientRect();
          const inWindow = box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
          const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return { name, seen: inWindow && at !== null && (at === element || element.contains(at)) };
        }), [...names]);
    return names.filter((name) => !found.some((cell) => cell.name === name && cell.seen));
  }

  /** Whether the page fits the window without scrolling, and the sidebar shows all it holds. */
  async fitsWithoutScrolling(): Promise<{ page: boolean; sidebar: boolean }> {
    return this.page.evaluate(() => {
      const sidebar = document.querySelector('.sidebar');
      return {
        page: document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth,
        sidebar: !sidebar || sidebar.scrollHeight <= sidebar.clientHeight + 1,
      };
    });
  }

  /** The ranking rows a person sees on this slide: rank and township, each seen at its centre. */
  async rankingRowsSeen(): Promise<string[]> {
    const rows = '[data-testid=ranking] tbody tr[data-township]';
    const unseen = await this.notSeen(`${rows} th button`);
    if (unseen.length > 0) throw new Error(`Ranking rows not seen: ${unseen.join(', ')}`);
    return this.page.locator(rows).evaluateAll((elements) =>
      elements.map((row) => `${row.querySelector('td')?.textContent ?? ''} ${row.querySelector('th')?.textContent ?? ''}`),
    );
  }

  /** The trend shown on a meeting slide: its title, and whether its chart is in the window and is what is found at its centre. */
  async trendOnSlide(): Promise<{ title: string; seen: boolean }> {
    return this.page.evaluate(() => {
      const shown = [...document.querySelectorAll('.trend-meeting')].find((trend) => trend.getBoundingClientRect().width > 0);
      const chart = shown?.querySelector('svg.trend-chart');
      if (!shown || !chart) return { title: '', seen: false };
      const box = chart.getBoundingClientRect();
      const inWindow = box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
      const found = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { title: (shown.querySelector('h2')?.textContent ?? '').trim(), seen: inWindow && found !== null && chart.contains(found) };
    });
  }

  async whenClicking(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
  }

  /** Copies the view's link and waits for its popover: the link is shown once the clipboard has answered. */
  async whenCopyingTheLink(): Promise<void> {
    await this.page.locator('[data-testid=copy-link]').first().click();
    await this.page.waitForSelector('.share-link-popover');
  }

  async count(selector: string): Promise<number> {
    return this.page.locator(selector).count();
  }
}
