import { formatMu } from '../../domain/format';
import { useTrend } from '../../state/time-selectors';
import { useLanguage, useText, type TextKey } from '../i18n';
import { TREND_COLORS, trendChartLayout } from './trend-chart-layout';
import './time.css';

/** The chart's drawing box: a panel beside the map, or a low strip for paper and meeting slides. */
const BOXES = {
  panel: { width: 480, height: 240, left: 52, right: 12, top: 24, bottom: 26 },
  strip: { width: 720, height: 190, left: 52, right: 12, top: 14, bottom: 26 },
  slide: { width: 520, height: 230, left: 56, right: 10, top: 12, bottom: 28 },
} as const;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const METRIC_LABELS = { signedMu: 'trendSigned', demolishedMu: 'trendDemolished', reclaimedMu: 'trendReclaimed' } as const satisfies Record<string, TextKey>;

const points = (line: [number, number][]) => line.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/**
 * 进度趋势: cumulative signed, demolished and reclaimed mu by week against each annual target
 * (dashed) and the time-proportional line (dotted). Plain SVG: a dozen lines and labels need no
 * chart library, it draws offline with the page's own Chinese font, prints sharp at any size,
 * and its layout function also draws the poster's copy.
 */
export function TrendChart({ township, shape = 'panel', className = '' }: { township: string | null; shape?: keyof typeof BOXES; className?: string }) {
  const text = useText();
  const language = useLanguage();
  const trend = useTrend(township);
  if (!trend || trend.dates.length === 0) return null;
  const box = BOXES[shape];
  const layout = trendChartLayout(trend, box);
  const title = `${township ?? text('county')}${language === 'zh' ? '' : ' '}${text('trend')}`;
  return (
    <section className={`panel trend trend-${shape} ${className}`.trim()} aria-label={title} data-testid={shape === 'panel' ? 'trend' : `trend-${shape}`}>
      <h2>{title}{shape !== 'panel' && <span className="trend-unit">（{text('mu')}）</span>}</h2>
      <svg className="trend-chart" viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={title}>
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={layout.plot.x0} x2={layout.plot.x1} y1={tick.y} y2={tick.y} className="trend-grid" />
            <text x={layout.plot.x0 - 4} y={tick.y + 4} className="trend-axis" textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {shape === 'panel' && <text x={layout.plot.x0 - 4} y={11} className="trend-axis" textAnchor="end">{text('mu')}</text>}
        {layout.months.map((month) => (
          <text key={month.month} x={month.x + 2} y={box.height - 8} className="trend-axis">
            {language === 'zh' ? `${month.month}月` : MONTHS_EN[month.month - 1]}
          </text>
        ))}
        <line x1={layout.asOfX} x2={layout.asOfX} y1={layout.plot.y1} y2={layout.plot.y0} className="trend-as-of" />
        {layout.lines.map((line) => (
          <g key={line.metric} data-metric={line.metric} stroke={TREND_COLORS[line.metric]}>
            {line.target && <polyline points={points(line.target)} className="trend-target" />}
            {line.pace && <polyline points={points(line.pace)} className="trend-pace" />}
            <polyline points={points(line.done)} className="trend-done" />
          </g>
        ))}
      </svg>
      <ul className="trend-legend">
        {layout.lines.map((line) => (
          <li key={line.metric} data-metric={line.metric}>
            <span className="trend-swatch" style={{ background: TREND_COLORS[line.metric] }} />
            {text(METRIC_LABELS[line.metric])}
            <span className="trend-value">
              {' '}{formatMu(line.lastValue)}
              {line.targetValue !== null && ` / ${formatMu(line.targetValue)}`} {text('mu')}
            </span>
          </li>
        ))}
        <li className="trend-key">
          <span className="trend-key-line trend-key-target" /> {text('targetLine')}
          <span className="trend-key-line trend-key-pace" /> {text('paceLine')}
        </li>
      </ul>
    </section>
  );
}
