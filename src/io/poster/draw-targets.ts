import type { BattleMapSheet } from '../../domain/battle-map-sheet';
import { formatMu, formatPercent } from '../../domain/format';
import { METRIC_DEFINITIONS, type MetricDefinition } from '../../domain/metrics';
import type { PosterLayout } from './poster-layout';
import { font, type PosterTexts } from './poster-texts';

function amount(value: number, definition: MetricDefinition, texts: PosterTexts): string {
  return definition.unit === 'mu' ? `${formatMu(value)} ${texts.mu}` : `${Math.round(value)} ${texts.enterprisesUnit}`.trim();
}

/** Target, done and completion per metric with a bar; past 100 % a red 超额完成 badge. */
export function drawTargets(context: CanvasRenderingContext2D, sheet: BattleMapSheet, layout: PosterLayout, texts: PosterTexts): void {
  const { targets: box, unit } = layout;
  context.save();
  context.fillStyle = '#f6f7f9';
  context.fillRect(box.x, box.y, box.width, box.height);
  context.fillStyle = '#1c2433';
  context.textBaseline = 'alphabetic';
  context.font = font(24 * unit, true);
  context.fillText(texts.targets, box.x + 14 * unit, box.y + 34 * unit);
  const left = box.x + 14 * unit;
  const right = box.x + box.width - 14 * unit;
  const labelWidth = 190 * unit;
  const percentWidth = 130 * unit;
  const badgeWidth = 110 * unit;
  const barLeft = left + labelWidth;
  const barRight = right - percentWidth - badgeWidth;
  let y = box.y + 50 * unit;
  for (const definition of METRIC_DEFINITIONS) {
    const progress = sheet.progress[definition.key];
    const exceeded = progress.completion !== null && progress.completion > 1;
    const middle = y + 25 * unit;
    context.fillStyle = '#1c2433';
    context.textAlign = 'left';
    context.textBaseline = 'middle';
    context.font = font(19 * unit, true);
    context.fillText(texts.metricLabels[definition.key] ?? definition.label, left, middle - 6 * unit);
    context.font = font(14 * unit);
    context.fillStyle = '#4a5568';
    const target = progress.target === null ? texts.noTarget : amount(progress.target, definition, texts);
    context.fillText(`${texts.done} ${amount(progress.done, definition, texts)} / ${texts.target} ${target}`, barLeft, middle - 11 * unit);
    const barY = middle + 2 * unit;
    const barHeight = 14 * unit;
    context.fillStyle = '#dfe3e8';
    context.fillRect(barLeft, barY, barRight - barLeft, barHeight);
    context.fillStyle = exceeded ? '#b22222' : '#1f5fa8';
    context.fillRect(barLeft, barY, (barRight - barLeft) * Math.min(1, progress.completion ?? 0), barHeight);
    context.textAlign = 'right';
    context.fillStyle = exceeded ? '#b22222' : '#1c2433';
    context.font = font(26 * unit, true);
    context.fillText(progress.completion === null ? texts.noTarget : formatPercent(progress.completion), right - badgeWidth, middle);
    if (exceeded) {
      const badgeX = right - badgeWidth + 12 * unit;
      context.fillStyle = '#b22222';
      context.fillRect(badgeX, middle - 15 * unit, badgeWidth - 12 * unit, 30 * unit);
      context.fillStyle = '#ffffff';
      context.textAlign = 'center';
      context.font = font(17 * unit, true);
      context.fillText(texts.exceeded, badgeX + (badgeWidth - 12 * unit) / 2, middle);
    }
    y += 50 * unit;
  }
  context.restore();
}
