import type { Position } from 'geojson';
import type { BattleMapSheet } from '../../domain/battle-map-sheet';
import { formatMu } from '../../domain/format';
import { representativePoint } from '../../domain/outline';
import { metresPerPixel, project, scaleBar, type MapFrame } from './map-frame';
import type { PosterLayout } from './poster-layout';
import { fitText, font, type PosterTexts } from './poster-texts';

/** Text with a white halo, readable over any fill. */
function haloText(context: CanvasRenderingContext2D, text: string, x: number, y: number, halo: number): void {
  context.lineJoin = 'round';
  context.lineWidth = halo;
  context.strokeStyle = 'rgba(255,255,255,0.95)';
  context.strokeText(text, x, y);
  context.fillText(text, x, y);
}

/** A plot's number in proportion to the plot's size on the poster, between 4 and 11 units. */
export function numberSize(plotSidePixels: number, unit: number): number {
  return Math.min(11 * unit, Math.max(4 * unit, plotSidePixels * 0.45));
}

/** Village names and every plot's number, drawn from the data at the poster's resolution. */
export function drawMapLabels(
  context: CanvasRenderingContext2D,
  sheet: BattleMapSheet,
  frame: MapFrame,
  villages: readonly { name: string; position: Position }[],
  unit: number,
): void {
  const { rect } = frame;
  context.save();
  context.beginPath();
  context.rect(rect.x, rect.y, rect.width, rect.height);
  context.clip();
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.font = font(15 * unit, true);
  context.fillStyle = '#4b5a4f';
  for (const village of villages) {
    const [x, y] = project(frame, village.position);
    haloText(context, village.name, x, y, 4 * unit);
  }
  context.fillStyle = '#111111';
  const pixelsPerMetre = 1 / metresPerPixel(frame);
  for (const row of sheet.rows) {
    const [x, y] = project(frame, representativePoint(row.plot.geometry));
    const size = numberSize(Math.sqrt(row.plot.areaM2) * pixelsPerMetre, unit);
    context.font = font(size, true);
    haloText(context, String(row.number), x, y, size * 0.3);
  }
  context.restore();
}

/** The legend box: each stage's colour, name, plots and mu, and the total. */
export function drawLegend(context: CanvasRenderingContext2D, sheet: BattleMapSheet, layout: PosterLayout, texts: PosterTexts): void {
  const { legend: box, unit } = layout;
  const row = 25 * unit;
  context.save();
  context.fillStyle = 'rgba(255,255,255,0.94)';
  context.strokeStyle = '#5a6472';
  context.lineWidth = 1.5 * unit;
  context.fillRect(box.x, box.y, box.width, box.height);
  context.strokeRect(box.x, box.y, box.width, box.height);
  const left = box.x + 12 * unit;
  const right = box.x + box.width - 12 * unit;
  context.fillStyle = '#1c2433';
  context.textBaseline = 'middle';
  context.font = font(18 * unit, true);
  context.fillText(texts.legend, left, box.y + 22 * unit);
  let y = box.y + 46 * unit + row / 2;
  const countX = right - 88 * unit;
  const drawRow = (label: string, count: number, areaMu: number, color: string | null, bold: boolean) => {
    if (color) {
      context.fillStyle = color;
      context.fillRect(left, y - 8 * unit, 26 * unit, 16 * unit);
      context.strokeStyle = 'rgba(0,0,0,0.5)';
      context.lineWidth = unit;
      context.strokeRect(left, y - 8 * unit, 26 * unit, 16 * unit);
    }
    context.fillStyle = '#1c2433';
    context.font = font(15 * unit, bold);
    context.textAlign = 'left';
    context.fillText(label, left + 34 * unit, y);
    context.textAlign = 'right';
    context.fillText(`${count}${texts.plotsUnit}`, countX, y);
    context.fillText(formatMu(areaMu), right, y);
    y += row;
  };
  for (const stage of sheet.campaign.stages) {
    const tally = sheet.summary.byStage[stage.key];
    drawRow(texts.stageLabels[stage.key] ?? stage.label, tally.count, tally.areaMu, stage.color, false);
  }
  drawRow(`${texts.total}（${texts.mu}）`, sheet.summary.plotCount, sheet.summary.areaMu, null, true);
  context.restore();
}

/** A north arrow in the map's top right corner and a scale bar in its bottom right. */
export function drawNorthArrowAndScale(context: CanvasRenderingContext2D, frame: MapFrame, unit: number, texts: PosterTexts): void {
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
  const barRight = rect.x + rect.width - 30 * unit;
  const barLeft = barRight - bar.pixels;
  const barY = rect.y + rect.height - 34 * unit;
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
