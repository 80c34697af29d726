import { formatMu } from '../../domain/format';
import type { Rect } from '../../io/poster/map-frame';
import { font } from '../../io/poster/poster-texts';
import type { Trend } from '../../state/time-selectors';
import { TREND_COLORS, trendChartLayout, type TrendLine } from './trend-chart-layout';

/** The words the poster's trend needs, in the reader's language. */
export interface TrendTexts {
  title: string;
  mu: string;
  months: readonly string[];
  metrics: Readonly<Record<TrendLine['metric'], string>>;
  targetLine: string;
  paceLine: string;
}

function polyline(context: CanvasRenderingContext2D, points: readonly [number, number][], dash: number[]): void {
  context.setLineDash(dash);
  context.beginPath();
  points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
  context.stroke();
}

/**
 * 进度趋势 on the poster: the same chart as the screen's (one layout function), drawn on the
 * canvas in `box`, its key beneath. Sizes are in units, so A1 draws it larger than A3.
 */
export function drawTrend(context: CanvasRenderingContext2D, trend: Trend, box: Rect, unit: number, texts: TrendTexts): void {
  const titleHeight = 34 * unit;
  const keyRow = 28 * unit;
  const chart = { width: box.width, height: box.height - titleHeight - 2 * keyRow, left: 70 * unit, right: 14 * unit, top: 14 * unit, bottom: 28 * unit };
  const layout = trendChartLayout(trend, chart);
  context.save();
  context.fillStyle = '#1c2433';
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  context.font = font(24 * unit, true);
  context.fillText(texts.title, box.x + 4 * unit, box.y + 26 * unit);
  const titleWidth = context.measureText(texts.title).width;
  context.font = font(16 * unit);
  context.fillStyle = '#4a5568';
  context.fillText(`（${texts.mu}）`, box.x + 8 * unit + titleWidth, box.y + 26 * unit);
  context.translate(box.x, box.y + titleHeight);
  context.font = font(14 * unit);
  context.fillStyle = '#4a5568';
  context.strokeStyle = '#dfe3e8';
  context.lineWidth = unit;
  context.textBaseline = 'middle';
  for (const tick of layout.ticks) {
    polyline(context, [[layout.plot.x0, tick.y], [layout.plot.x1, tick.y]], []);
    context.textAlign = 'right';
    context.fillText(String(tick.value), layout.plot.x0 - 6 * unit, tick.y);
  }
  context.textAlign = 'left';
  context.textBaseline = 'top';
  for (const month of layout.months) context.fillText(texts.months[month.month - 1], month.x + 3 * unit, layout.plot.y0 + 6 * unit);
  context.strokeStyle = '#1f3a5f';
  polyline(context, [[layout.asOfX, layout.plot.y1], [layout.asOfX, layout.plot.y0]], [3 * unit, 3 * unit]);
  for (const line of layout.lines) {
    context.strokeStyle = TREND_COLORS[line.metric];
    context.lineWidth = 1.6 * unit;
    if (line.target) polyline(context, line.target, [9 * unit, 6 * unit]);
    if (line.pace) polyline(context, line.pace, [2 * unit, 4 * unit]);
    context.lineWidth = 4 * unit;
    polyline(context, line.done, []);
  }
  context.setLineDash([]);
  let x = 4 * unit;
  let keyY = chart.height + keyRow / 2;
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  context.font = font(16 * unit);
  for (const line of layout.lines) {
    context.fillStyle = TREND_COLORS[line.metric];
    context.fillRect(x, keyY - 3 * unit, 22 * unit, 6 * unit);
    context.fillStyle = '#1c2433';
    const label = `${texts.metrics[line.metric]} ${formatMu(line.lastValue)}${line.targetValue !== null ? ` / ${formatMu(line.targetValue)}` : ''} ${texts.mu}`;
    context.fillText(label, x + 28 * unit, keyY);
    x += 28 * unit + context.measureText(label).width + 24 * unit;
  }
  x = 4 * unit;
  keyY += keyRow;
  context.strokeStyle = '#59636e';
  context.lineWidth = 2 * unit;
  for (const [label, dash] of [[texts.targetLine, [9 * unit, 6 * unit]], [texts.paceLine, [2 * unit, 4 * unit]]] as const) {
    polyline(context, [[x, keyY], [x + 30 * unit, keyY]], [...dash]);
    context.fillText(label, x + 36 * unit, keyY);
    x += 36 * unit + context.measureText(label).width + 24 * unit;
  }
  context.restore();
}
