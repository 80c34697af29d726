import type { BattleMapSheet } from '../../domain/battle-map-sheet';
import { canvasToPng, createPosterCanvas } from '../../io/poster/create-poster-canvas';
import { drawMapLabels, drawNorthArrowAndScale, NUMBER_CLEAR_TOP, type NumbersDrawn } from '../../io/poster/draw-map-furniture';
import { fitFrame, frameZoom, planTiles } from '../../io/poster/map-frame';
import type { PosterTexts } from '../../io/poster/poster-texts';
import { loadPosterFonts } from '../../io/poster/render-poster';
import { framedBounds, mapImageData, type PosterData } from '../export-poster';

/** The printed battle map's frame on the A3 landscape page (print.css), in millimetres. */
export const PRINT_MAP_MM = { width: 176, height: 146 } as const;
/** Resolution of the printed map: sharp on paper, quick to draw. */
const PRINT_DPI = 200;
/** The poster's unit on A3 (a thousandth of 297 mm), so that print and poster draw numbers, arrow and scale alike. */
const UNIT_MM = 297 / 1000;
/** Room for numbers placed beside the plots, in units. */
const NUMBER_ROOM = 50;

export interface PrintMap {
  url: string;
  numbers: NumbersDrawn & { sizePt: number };
}

const pixels = (millimetres: number) => Math.round((millimetres / 25.4) * PRINT_DPI);

/**
 * The battle map for paper, drawn for the printed frame's own size and shape rather than the
 * screen's: the township's plots fill the frame, every number placed as on the poster, the
 * north arrow and scale bar in the frame's top band (the legend prints below the frame).
 */
export async function renderPrintMap(sheet: BattleMapSheet, data: PosterData, texts: Pick<PosterTexts, 'north'>): Promise<PrintMap> {
  const width = pixels(PRINT_MAP_MM.width);
  const height = pixels(PRINT_MAP_MM.height);
  const unit = (UNIT_MM / 25.4) * PRINT_DPI;
  const rect = { x: 0, y: 0, width, height };
  const bounds = framedBounds(data, sheet) ?? [120, 30, 121, 31];
  const room = NUMBER_ROOM * unit;
  const frame = fitFrame(bounds, rect, { top: NUMBER_CLEAR_TOP * unit + room, right: room, bottom: room, left: room });
  const { renderMapImage } = await import('../../map/render-map-image');
  const mapImage = await renderMapImage(
    { data: mapImageData(data, sheet), township: sheet.township, width, height, pixelRatio: 1, zoom: frameZoom(frame, 1), tiles: planTiles(frame, 4096, 1) },
    () => undefined,
  );
  const { canvas, context } = createPosterCanvas(width, height);
  await loadPosterFonts(`0123456789 km${texts.north}`);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(mapImage, 0, 0);
  const numbers = drawMapLabels(context, sheet, frame, unit, { x: 0, y: height, width, height: 0 });
  drawNorthArrowAndScale(context, frame, unit, texts);
  const url = URL.createObjectURL(await canvasToPng(canvas));
  return { url, numbers: { ...numbers, sizePt: (numbers.size / PRINT_DPI) * 72 } };
}
