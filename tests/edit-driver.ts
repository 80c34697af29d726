import { StaffDriver } from './driver';

/**
 * Staff keeping the ledger in the app, in their words: edit a plot, bulk edit, read the change
 * log, undo, decide conflicts. Speaks to the page only through the StaffDriver.
 */
export class EditDriver {
  constructor(readonly app: StaffDriver) {}

  get page() {
    return this.app.page;
  }

  /** Opens the clicked plot's edit card. */
  async whenEditingTheSelectedPlot(): Promise<void> {
    await this.page.getByTestId('edit-plot').click();
    await this.page.getByTestId('edit-card').waitFor();
  }

  /** Fills the edit card: the stage (by key) with its date, other fields by their test id; gives a name if asked. */
  async whenSaving(fields: { stage?: string; date?: string; officer?: string; note?: string }, author = '李娜'): Promise<void> {
    if (fields.stage) await this.page.getByTestId('edit-stage').selectOption(fields.stage);
    if (fields.date) await this.page.getByTestId('edit-stage-date').fill(fields.date);
    if (fields.officer !== undefined) await this.page.getByTestId('edit-officer').fill(fields.officer);
    if (fields.note !== undefined) await this.page.getByTestId('edit-note').fill(fields.note);
    if ((await this.page.getByTestId('edit-author').count()) > 0) await this.page.getByTestId('edit-author').fill(author);
    await this.page.getByTestId('edit-save').click();
  }

  /** Bulk edits the plots the ledger shows: 标记为 `stage` on `date`. Leaves the click's outcome to the page. */
  async whenBulkEditingTheFiltered(stage: string, date: string, author = '李娜'): Promise<void> {
    await this.app.openLedger();
    await this.page.getByTestId('bulk-edit-filtered').click();
    await this.page.getByTestId('bulk-stage').selectOption(stage);
    await this.page.getByTestId('bulk-stage-date').fill(date);
    if ((await this.page.getByTestId('edit-author').count()) > 0) await this.page.getByTestId('edit-author').fill(author);
    await this.page.getByTestId('bulk-save').click();
  }

  /** The number in 已保存 N 处修改, once the saved edits have been read. */
  async savedCount(): Promise<number> {
    await this.page.waitForSelector('[data-testid=edit-status]:not([data-storage=opening])', { timeout: 30_000 });
    return Number(/已保存 (\d+) 处修改/.exec(await this.status())?.[1]);
  }

  /** 导入修改 with a file from disk. */
  async whenImportingEdits(path: string): Promise<void> {
    await this.page.getByTestId('import-edits-input').setInputFiles(path);
  }

  /** Edits the plot at the map's centre: click it, 编辑, fill and save. */
  async whenEditingThePlotAtTheCentre(fields: Parameters<EditDriver['whenSaving']>[0]): Promise<void> {
    await this.app.clickMapCentre();
    await this.whenEditingTheSelectedPlot();
    await this.whenSaving(fields);
  }

  /** The storage line: 已保存 N 处修改 · … */
  async status(): Promise<string> {
    return (await this.page.getByTestId('edit-status').textContent()) ?? '';
  }

  async waitForSavedEdits(count: number): Promise<void> {
    await this.page.waitForFunction(
      (text) => document.querySelector('[data-testid=edit-status]')?.textContent?.includes(text) ?? false,
      `已保存 ${count} 处修改`,
      { timeout: 30_000 },
    );
  }

  async openChangeLog(): Promise<void> {
    if ((await this.page.getByTestId('change-log').count()) === 0) await this.page.getByTestId('change-log-toggle').click();
    await this.page.getByTestId('change-log').waitFor();
  }

  /** The change log's rows as read: time, author, plot, field, before → after, batch. */
  async logRows(): Promise<string[][]> {
    return this.page.locator('[data-testid=log-row]').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => (cell.textContent ?? '').trim())),
    );
  }

  async undoByKeyboard(): Promise<void> {
    await this.page.locator('body').click({ position: { x: 1, y: 1 } });
    await this.page.keyboard.press('Control+z');
  }

  async redoByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** The conflicts listed for a decision: plot id and field of each. */
  async conflicts(): Promise<Array<{ plot: string; field: string }>> {
    return this.page.locator('[data-testid=edit-conflict]').evaluateAll((items) =>
      items.map((item) => ({ plot: (item as HTMLElement).dataset.plot ?? '', field: (item as HTMLElement).dataset.field ?? '' })),
    );
  }
}
