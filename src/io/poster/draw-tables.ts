import type { BattleMapSheet, LedgerRow } from '../../domain/battle-map-sheet';
import { formatMu } from '../../domain/format';
import { LEDGER_COLUMN_EMS, type LedgerLayout, type PosterLayout } from './poster-layout';
import { fitText, font, type PosterTexts } from './poster-texts';

const OVERDUE_RED = '#b22222';
/** Positions of columns in LEDGER_COLUMNS that are drawn differently. */
const STAGE_COLUMN = 2;
const AREA_COLUMN = 3;
const OVERDUE_COLUMN = 4;
const DEADLINE_COLUMN = 5;

/**
 * The ledger's rows `ledger.first`–`ledger.last` in side-by-side parts, each with its own header
 * row; overdue rows in red with 逾期. When the ledger goes on over several sheets its heading
 * says which rows this sheet holds and where the rest are.
 */
export function drawLedger(context: CanvasRenderingContext2D, sheet: BattleMapSheet, ledger: LedgerLayout, unit: number, texts: PosterTexts): void {
  const { rect, fontSize, rowHeight, groupWidth, groupGap } = ledger;
  context.save();
  context.fillStyle = '#1c2433';
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  context.font = font(24 * unit, true);
  const heading = `${texts.ledger}（${sheet.rows.length}${texts.plotsUnit}）`;
  context.fillText(heading, rect.x + 4 * unit, rect.y + 26 * unit);
  if (ledger.first > 0 || ledger.last < sheet.rows.length) {
    const headingWidth = context.measureText(heading).width;
    context.font = font(18 * unit);
    context.fillStyle = '#4a5568';
    context.fillText(ledgerPartNote(texts, ledger, sheet.rows.length), rect.x + 20 * unit + headingWidth, rect.y + 26 * unit);
  }
  const stageColours = new Map(sheet.campaign.stages.map((stage) => [stage.key, stage.color]));
  const emTotal = LEDGER_COLUMN_EMS.reduce((sum, em) => sum + em, 0);
  const widths = LEDGER_COLUMN_EMS.map((em) => (em / emTotal) * groupWidth);
  const padding = fontSize * 0.25;
  for (let group = 0; group < ledger.groups; group++) {
    const start = ledger.first + group * ledger.rowsPerGroup;
    const rows = sheet.rows.slice(start, Math.min(ledger.last, start + ledger.rowsPerGroup));
    if (rows.length === 0 && group > 0) break;
    const x0 = rect.x + group * (groupWidth + groupGap);
    let y = rect.y + ledger.titleHeight;
    context.fillStyle = '#1f3a5f';
    context.fillRect(x0, y, groupWidth, rowHeight);
    context.fillStyle = '#ffffff';
    context.font = font(fontSize, true);
    drawCells(context, texts.columns, widths, x0, y + rowHeight / 2, padding, () => '#ffffff');
    y += rowHeight;
    rows.forEach((row, position) => {
      context.fillStyle = row.overdue ? '#fde8e6' : position % 2 === 0 ? '#ffffff' : '#f1f3f6';
      context.fillRect(x0, y, groupWidth, rowHeight);
      context.font = font(fontSize, row.overdue);
      const cells = ledgerCells(row, texts);
      drawCells(context, cells, widths, x0, y + rowHeight / 2, padding, (column) => (row.overdue && (column === OVERDUE_COLUMN || column === DEADLINE_COLUMN) ? OVERDUE_RED : '#1c2433'));
      const stageX = x0 + widths.slice(0, STAGE_COLUMN).reduce((sum, width) => sum + width, 0) + padding;
      context.fillStyle = stageColours.get(row.plot.stage) ?? '#ffffff';
      context.fillRect(stageX, y + rowHeight * 0.22, fontSize * 0.9, rowHeight * 0.56);
      y += rowHeight;
    });
    context.strokeStyle = '#b8c0cc';
    context.lineWidth = Math.max(1, fontSize * 0.06);
    context.strokeRect(x0, rect.y + ledger.titleHeight, groupWidth, y - rect.y - ledger.titleHeight);
  }
  context.restore();
}

/** Which rows a sheet holds ("第 1–38 行"), and, unless it is the last, that the rest follow on the next sheet. */
export function ledgerPartNote(texts: Pick<PosterTexts, 'ledgerPart' | 'ledgerMore'>, ledger: Pick<LedgerLayout, 'first' | 'last'>, rowCount: number): string {
  const part = texts.ledgerPart.replace('{first}', String(ledger.first + 1)).replace('{last}', String(ledger.last));
  return ledger.last < rowCount ? `${part}${texts.ledgerMore}` : part;
}

function ledgerCells(row: LedgerRow, texts: PosterTexts): string[] {
  const { plot } = row;
  return [
    String(row.number),
    plot.name,
    texts.stageLabels[plot.stage] ?? plot.stage,
    formatMu(plot.areaMu),
    row.overdue ? texts.overdue : '',
    plot.deadline ?? '',
    plot.village,
    plot.industry,
    plot.officer,
  ];
}

/** Right-aligned numbers (序号, 面积), everything else left-aligned; a stage cell leaves room for its swatch. */
function drawCells(
  context: CanvasRenderingContext2D,
  cells: readonly string[],
  widths: readonly number[],
  x0: number,
  middle: number,
  padding: number,
  colour: (column: number) => string,
): void {
  context.textBaseline = 'middle';
  let x = x0;
  cells.forEach((cell, column) => {
    const width = widths[column];
    const numeric = column === 0 || column === AREA_COLUMN;
    const indent = column === STAGE_COLUMN ? padding * 5 : padding;
    context.fillStyle = colour(column);
    context.textAlign = numeric ? 'right' : 'left';
    const text = fitText(context, cell, width - indent - padding);
    context.fillText(text, numeric ? x + width - padding : x + indent, middle);
    x += width;
  });
}

/** Plots and mu per stage for each village of the township: the count, and the mu beneath it. */
export function drawVillages(context: CanvasRenderingContext2D, sheet: BattleMapSheet, layout: PosterLayout, texts: PosterTexts): void {
  const { villages: box, unit } = layout;
  const row = 34 * unit;
  const stages = sheet.campaign.stages;
  const firstWidth = 96 * unit;
  const cellWidth = (box.width - firstWidth) / (stages.length + 1);
  context.save();
  context.fillStyle = '#1c2433';
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  context.font = font(22 * unit, true);
  context.fillText(texts.byVillage, box.x, box.y + 26 * unit);
  let y = box.y + 40 * unit;
  const cellX = (column: number) => (column === 0 ? box.x + 6 * unit : box.x + firstWidth + column * cellWidth - 6 * unit);
  context.fillStyle = '#1f3a5f';
  context.fillRect(box.x, y, box.width, row * 0.75);
  context.fillStyle = '#ffffff';
  context.font = font(14 * unit, true);
  context.textBaseline = 'middle';
  [texts.village, ...stages.map((stage) => texts.stageLabels[stage.key] ?? stage.label), texts.total].forEach((cell, column) => {
    context.textAlign = column === 0 ? 'left' : 'right';
    context.fillText(fitText(context, cell, column === 0 ? firstWidth - 8 * unit : cellWidth - 8 * unit), cellX(column), y + row * 0.375);
  });
  y += row * 0.75;
  sheet.villages.forEach((village, position) => {
    context.fillStyle = position % 2 === 0 ? '#ffffff' : '#f1f3f6';
    context.fillRect(box.x, y, box.width, row);
    const tallies = [...stages.map((stage) => village.byStage[stage.key]), village.total];
    context.fillStyle = '#1c2433';
    context.textAlign = 'left';
    context.font = font(15 * unit, true);
    context.fillText(fitText(context, village.village || texts.unnamedVillage, firstWidth - 8 * unit), cellX(0), y + row / 2);
    context.textAlign = 'right';
    tallies.forEach((tally, index) => {
      const x = cellX(index + 1);
      if (tally.count === 0) {
        context.fillStyle = '#9aa3ad';
        context.font = font(14 * unit);
        context.fillText('–', x, y + row / 2);
        return;
      }
      context.fillStyle = '#1c2433';
      context.font = font(14 * unit, true);
      context.fillText(`${tally.count}${texts.plotsUnit}`, x, y + row * 0.3);
      context.fillStyle = '#4a5568';
      context.font = font(12 * unit);
      context.fillText(formatMu(tally.areaMu), x, y + row * 0.72);
    });
    y += row;
  });
  context.restore();
}
