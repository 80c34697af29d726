import type { BattleMapSheet } from '../../domain/battle-map-sheet';
import { formatMu } from '../../domain/format';
import { representativePoint } from '../../domain/outline';
import { metresPerPixel, project, scaleBar, type MapFrame } from './map-frame';
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
 * A plot's number in proportion to the plot's size on the poster, between 3 and 11 units, so
 * that on small plots the number leaves the stage colour around it visible.
 */
export function numberSize(plotSidePixels: number, unit: number): number {
  return Math.min(11 * unit, Math.max(3 * unit, plotSidePixels * 0.35));
}

/** Every plot's number, drawn from the data at the poster's resolution. */
export function drawMapLabels(context: CanvasRenderingContext2D, sheet: BattleMapSheet, frame: MapFrame, unit: number): void {
  const { rect } = frame;
  context.save();
  context.beginPath();
  context.rect(rect.x, rect.y, rect.width, rect.height);
  context.clip();
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillStyle = '#111111';
  const pixelsPerMetre = 1 / metresPerPixel(frame);
  for (const row of sheet.rows) {
    const [x, y] = project(frame, representativePoint(row.plot.geometry));
    const side = Math.sqrt(row.plot.areaM2) * pixelsPerMetre;
    const size = numberSize(side, unit);
    context.font = font(size, true);
    const label = String(row.number);
    const width = context.measureText(label).width;
    // A number wider than its plot is written beside it, so the plot's stage colour still shows.
    const offset = width > side * 0.7 ? side / 2 + width / 2 + unit : 0;
    haloText(context, label, x + offset, y, size * 0.18);
  }
  context.restore();
}

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
