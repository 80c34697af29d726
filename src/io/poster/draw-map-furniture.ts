import type { BattleMapSheet } from '../../domain/battle-map-sheet';
import { formatMu } from '../../domain/format';
import { representativePoint } from '../../domain/outline';
import { leaderStart, placeLabels, type Box, type LabelRequest } from '../../domain/plot-labels/place-labels';
import { project, scaleBar, type MapFrame, type Rect } from './map-frame';
import { LEGEND_ROW, LEGEND_COLUMNS, type PosterLayout } from './poster-layout';
import { fitText, font, type PosterTexts } from './poster-texts';

/** Text with a white halo, readable over any fill. */
function haloText(context: CanvasRenderingContext2D, text: string, x: number, y: number, halo: number): void {
  context.lineJoin = 'round';
  context.lineWidth = halo;
  context.strokeStyle = 'rgba(255,255,255,0.95)';
  context.strokeText(text, x, y);
  context.fillText(text, x, y);
}

/**
 * A plot number's text size on the poster, in units (a thousandth of the poster's height):
 * 10 units is 8.4 pt on A3 at 300 dpi (at least 7 pt, readable at arm's length) and grows
 * with the paper on A1.
 */
export const NUMBER_UNITS = 10;

/**
 * Every plot's number, drawn from the data at the poster's resolution, none over another: on
 * its plot where there is room, otherwise beside it with a leader line (the same placement as
 * the screen's). Numbers stay clear of the north arrow and scale bar above and of the legend.
 */
export function drawMapLabels(context: CanvasRenderingContext2D, sheet: BattleMapSheet, frame: MapFrame, unit: number, legend: Rect): NumbersDrawn {
  const { rect } = frame;
  context.save();
  context.beginPath();
  context.rect(rect.x, rect.y, rect.width, rect.height);
  context.clip();
  const size = NUMBER_UNITS * unit;
  context.font = font(size, true);
  const requests: LabelRequest[] = sheet.rows.map((row) => {
    const [x, y] = project(frame, representativePoint(row.plot.geometry));
    return { id: row.number, x, y, width: context.measureText(String(row.number)).width + size * 0.4, height: size * 1.2 };
  });
  const room: Box = { left: rect.x + 4 * unit, top: rect.y + NUMBER_CLEAR_TOP * unit, right: rect.x + rect.width - 4 * unit, bottom: legend.y - 4 * unit };
  const { placed, unplaced } = placeLabels(requests, room);
  const byId = new Map(requests.map((request) => [request.id, request]));
  // A number with no free place (a poster far too small) is still written, on its plot.
  const labels = [...placed, ...unplaced.map((id) => {
    const request = byId.get(id) as LabelRequest;
    return { id, x: request.x, y: request.y, anchorX: request.x, anchorY: request.y, leader: false };
  })];
  context.strokeStyle = 'rgba(28,36,51,0.85)';
  context.lineWidth = Math.max(1, 0.8 * unit);
  for (const label of labels) {
    if (!label.leader) continue;
    const request = byId.get(label.id) as LabelRequest;
    const [x, y] = leaderStart(label, request.width, request.height);
    context.beginPath();
    context.moveTo(label.anchorX, label.anchorY);
    context.lineTo(x, y);
    context.stroke();
  }
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillStyle = '#111111';
  for (const label of labels) haloText(context, String(label.id), label.x, label.y, size * 0.22);
  context.restore();
  return { count: new Set(labels.map((label) => label.id)).size, unplaced: unplaced.length, size };
}

/** The plot numbers a map drew: how many (each once), how many had no free place, and their text size in pixels. */
export interface NumbersDrawn {
  count: number;
  unplaced: number;
  size: number;
}

/** The band at the map's top, in units, that the north arrow and the scale bar take. */
export const NUMBER_CLEAR_TOP = 100;

/** The legend strip: each stage's colour, name, plots and mu, and the total, two to a row. */
export function drawLegend(context: CanvasRenderingContext2D, sheet: BattleMapSheet, layout: PosterLayout, texts: PosterTexts): void {
  const { legend: box, unit } = layout;
  const row = LEGEND_ROW * unit;
  context.save();
  context.fillStyle = 'rgba(255,255,255,0.95)';
  context.strokeStyle = '#5a6472';
  context.lineWidth = 1.5 * unit;
  context.fillRect(box.x, box.y, box.width, box.height);
  context.strokeRect(box.x, box.y, box.width, box.height);
  const titleWidth = 64 * unit;
  context.fillStyle = '#1c2433';
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  context.font = font(18 * unit, true);
  context.fillText(texts.legend, box.x + 12 * unit, box.y + 8 * unit + row / 2);
  const entryWidth = (box.width - titleWidth - 12 * unit) / LEGEND_COLUMNS;
  const entries = sheet.campaign.stages.map((stage) => ({
    label: texts.stageLabels[stage.key] ?? stage.label,
    tally: sheet.summary.byStage[stage.key],
    color: stage.color as string | null,
  }));
  entries.push({ label: texts.total, tally: { count: sheet.summary.plotCount, areaMu: sheet.summary.areaMu }, color: null });
  entries.forEach((entry, position) => {
    const left = box.x + titleWidth + (position % LEGEND_COLUMNS) * entryWidth;
    const right = left + entryWidth - 14 * unit;
    const y = box.y + 8 * unit + Math.floor(position / LEGEND_COLUMNS) * row + row / 2;
    if (entry.color) {
      context.fillStyle = entry.color;
      context.fillRect(left, y - 8 * unit, 26 * unit, 16 * unit);
      context.strokeStyle = 'rgba(0,0,0,0.5)';
      context.lineWidth = unit;
      context.strokeRect(left, y - 8 * unit, 26 * unit, 16 * unit);
    }
    const bold = entry.color === null;
    context.fillStyle = '#1c2433';
    context.font = font(15 * unit, bold);
    context.textAlign = 'left';
    context.fillText(entry.label, left + 32 * unit, y);
    context.textAlign = 'right';
    context.fillText(`${formatMu(entry.tally.areaMu)}${texts.mu}`, right, y);
    context.fillText(`${entry.tally.count}${texts.plotsUnit}`, right - 110 * unit, y);
  });
  context.restore();
}

/** A north arrow in the map's top right corner and a scale bar in its top left. */
export function drawNorthArrowAndScale(context: CanvasRenderingContext2D, frame: MapFrame, unit: number, texts: Pick<PosterTexts, 'north'>): void {
  const { rect } = frame;
  context.save();
  const cx = rect.x + rect.width - 50 * unit;
  const top = rect.y + 24 * unit;
  context.fillStyle = '#1c2433';
  context.strokeStyle = '#1c2433';
  context.lineWidth = 2 * unit;
  context.beginPath();
  context.moveTo(cx, top);
  context.lineTo(cx + 18 * unit, top + 60 * unit);
  context.lineTo(cx, top + 48 * unit);
  context.closePath();
  context.fill();
  context.beginPath();
  context.moveTo(cx, top);
  context.lineTo(cx - 18 * unit, top + 60 * unit);
  context.lineTo(cx, top + 48 * unit);
  context.closePath();
  context.fillStyle = '#ffffff';
  context.fill();
  context.stroke();
  context.fillStyle = '#1c2433';
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.font = font(20 * unit, true);
  context.fillText(texts.north, cx, top + 66 * unit);

  const bar = scaleBar(frame, rect.width * 0.22);
  const barLeft = rect.x + 34 * unit;
  const barRight = barLeft + bar.pixels;
  const barY = rect.y + 60 * unit;
  const height = 9 * unit;
  context.fillStyle = 'rgba(255,255,255,0.9)';
  context.fillRect(barLeft - 12 * unit, barY - 34 * unit, bar.pixels + 24 * unit, 54 * unit);
  for (let part = 0; part < 4; part++) {
    context.fillStyle = part % 2 === 0 ? '#1c2433' : '#ffffff';
    context.fillRect(barLeft + (part * bar.pixels) / 4, barY, bar.pixels / 4, height);
  }
  context.lineWidth = 1.5 * unit;
  context.strokeRect(barLeft, barY, bar.pixels, height);
  context.fillStyle = '#1c2433';
  context.textBaseline = 'bottom';
  context.font = font(16 * unit, true);
  context.textAlign = 'left';
  context.fillText('0', barLeft, barY - 4 * unit);
  context.textAlign = 'right';
  const label = bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`;
  context.fillText(fitText(context, label, bar.pixels), barRight, barY - 4 * unit);
  context.restore();
}
