import type { BattleMapSheet } from '../../domain/battle-map-sheet';
import { drawLegend, drawMapLabels, drawNorthArrowAndScale, type NumbersDrawn } from './draw-map-furniture';
import { drawLedger, drawVillages } from './draw-tables';
import { drawTargets } from './draw-targets';
import type { MapFrame } from './map-frame';
import type { ledgerSheetLayout, PosterLayout } from './poster-layout';
import { font, type PosterTexts } from './poster-texts';

export interface PosterInput {
  sheet: BattleMapSheet;
  title: string;
  layout: PosterLayout;
  frame: MapFrame;
  /** The map's fills and lines, `layout.map` in size, drawn by maplibre at the poster's resolution. */
  mapImage: CanvasImageSource;
  texts: PosterTexts;
  /** How many sheets the poster has (the ledger may go on over more). */
  sheets: number;
}

function sheetNote(texts: PosterTexts, sheet: number, sheets: number): string {
  return sheets > 1 ? `\u3000${texts.sheetOf.replace('{sheet}', String(sheet)).replace('{sheets}', String(sheets))}` : '';
}

/**
 * Draws the whole battle map onto a canvas of the layout's size, from data: the same sheet the
 * screen shows, so the figures and the reporting date agree.
 */
export function renderPoster(context: CanvasRenderingContext2D, input: PosterInput): NumbersDrawn {
  const { sheet, layout, frame, texts } = input;
  const { unit, map } = layout;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);

  context.fillStyle = '#1f3a5f';
  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  context.font = font(layout.title.fontSize, true);
  context.fillText(input.title, layout.title.x, layout.title.y);
  context.fillStyle = '#4a5568';
  context.font = font(layout.subtitle.fontSize);
  const subtitle = `${texts.asOf} ${sheet.campaign.reportingDate}${texts.note ? `\u3000${texts.note}` : ''}${sheetNote(texts, 1, input.sheets)}`;
  context.fillText(subtitle, layout.subtitle.x, layout.subtitle.y);

  context.drawImage(input.mapImage, map.x, map.y, map.width, map.height);
  const numbers = drawMapLabels(context, sheet, frame, unit, layout.legend);
  context.strokeStyle = '#1c2433';
  context.lineWidth = 2 * unit;
  context.strokeRect(map.x, map.y, map.width, map.height);
  drawLegend(context, sheet, layout, texts);
  drawNorthArrowAndScale(context, frame, unit, texts);
  drawVillages(context, sheet, layout, texts);
  drawTargets(context, sheet, layout, texts);
  drawLedger(context, sheet, layout.ledger, unit, texts);
  return numbers;
}

/** A sheet that continues the ledger: the title, which sheet it is, and its rows. */
export function renderLedgerSheet(
  context: CanvasRenderingContext2D,
  input: Pick<PosterInput, 'sheet' | 'title' | 'texts' | 'sheets'> & { layout: ReturnType<typeof ledgerSheetLayout>; sheetNumber: number },
): void {
  const { layout, texts } = input;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, context.canvas.width, context.canvas.height);
  context.fillStyle = '#1f3a5f';
  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  context.font = font(layout.title.fontSize, true);
  const title = `${input.title}\u3000${texts.asOf} ${input.sheet.campaign.reportingDate}`;
  context.fillText(title, layout.title.x, layout.title.y);
  const titleWidth = context.measureText(title).width;
  context.fillStyle = '#4a5568';
  context.font = font(20 * layout.unit);
  context.fillText(sheetNote(texts, input.sheetNumber, input.sheets).trim(), layout.title.x + titleWidth + 24 * layout.unit, layout.title.y);
  drawLedger(context, input.sheet, layout.ledger, layout.unit, texts);
}

/** Loads the font subsets the poster's text needs, so the canvas draws it in Noto Sans SC. */
export async function loadPosterFonts(text: string): Promise<void> {
  const sample = Array.from(new Set(text)).join('');
  await Promise.all([
    document.fonts.load(font(20, true), sample),
    document.fonts.load(font(20, false), sample),
  ]);
}
