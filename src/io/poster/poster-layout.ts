import type { Padding, Rect } from './map-frame';

/**
 * Widths of the ledger's columns in em, in the order of LEDGER_COLUMNS: 序号, 企业名称, 阶段, 面积(亩),
 * 逾期, 时间节点, 村, 行业, 责任人. The stage column holds its swatch and a four-character stage word.
 */
export const LEDGER_COLUMN_EMS = [2.6, 9, 6, 4.4, 2.8, 6, 3.8, 4.2, 5.4] as const;
const LEDGER_EMS = LEDGER_COLUMN_EMS.reduce((sum, em) => sum + em, 0);
const LEDGER_GROUP_GAP_EMS = 1.5;
/** Legend entries per row, and the height of a row in units. */
export const LEGEND_COLUMNS = 2;
export const LEGEND_ROW = 30;
/** Line height as a multiple of the font size. */
const ROW_LINE = 1.45;

export interface LedgerLayout {
  rect: Rect;
  /** The rows this part holds: from `first` up to, not including, `last`. */
  first: number;
  last: number;
  /** Side-by-side parts the rows are split into, each with its own header. */
  groups: number;
  rowsPerGroup: number;
  fontSize: number;
  rowHeight: number;
  groupWidth: number;
  groupGap: number;
  titleHeight: number;
}

export interface PosterLayout {
  width: number;
  height: number;
  /** One thousandth of the poster's height on A-series paper: every size is a multiple of it. */
  unit: number;
  margin: number;
  title: { x: number; y: number; fontSize: number };
  subtitle: { x: number; y: number; fontSize: number };
  map: Rect;
  /** maplibre draws the map at this whole pixel ratio, so lines and fills scale with the poster. */
  mapPixelRatio: number;
  legend: Rect;
  targets: Rect;
  /** 进度趋势, between the targets and the ledger. */
  trend: Rect;
  villages: Rect;
  /** The ledger's first part; `ledger.last` < rowCount when the rest goes on further sheets. */
  ledger: LedgerLayout;
}

export interface PosterContent {
  rowCount: number;
  /** The smallest type the ledger may take, in pixels (7 pt at the print's resolution); rows that do not fit go on further sheets. */
  smallestText?: number;
  villageCount: number;
  stageCount: number;
  metricCount: number;
}

/** The screen width the poster's proportions are designed for. */
const DESIGN_WIDTH = 1600;

/**
 * Where everything goes on a poster of `width` × `height` pixels: title band on top; the map
 * with its legend and the village breakdown on the left; targets and the ledger on the right.
 */
export function posterLayout(width: number, height: number, content: PosterContent): PosterLayout {
  const unit = Math.min(width / 1414, height / 1000);
  const margin = Math.round(22 * unit);
  const gap = Math.round(20 * unit);
  const titleSize = 44 * unit;
  const title = { x: margin, y: margin + titleSize, fontSize: titleSize };
  const subtitle = { x: margin, y: title.y + 34 * unit, fontSize: 20 * unit };
  const top = Math.round(subtitle.y + 22 * unit);
  const bottom = height - margin;
  const inner = width - 2 * margin - gap;

  const leftWidth = Math.round(inner * 0.47);
  const villageRow = 34 * unit;
  const villagesHeight = Math.round(42 * unit + (content.villageCount + 1.6) * villageRow);
  const mapPixelRatio = Math.max(1, Math.round(width / DESIGN_WIDTH));
  const snap = (value: number) => Math.floor(value / mapPixelRatio) * mapPixelRatio;
  const map: Rect = { x: margin, y: top, width: snap(leftWidth), height: snap(bottom - top - gap - villagesHeight) };
  const villages: Rect = { x: margin, y: bottom - villagesHeight, width: leftWidth, height: villagesHeight };
  // The legend is a strip along the map's foot, two entries a row, so a wide township keeps the map's width.
  const legendHeight = 16 * unit + Math.ceil((content.stageCount + 1) / LEGEND_COLUMNS) * LEGEND_ROW * unit;
  const legend: Rect = {
    x: map.x + 12 * unit,
    y: map.y + map.height - legendHeight - 12 * unit,
    width: map.width - 24 * unit,
    height: legendHeight,
  };

  const rightX = margin + leftWidth + gap;
  const rightWidth = width - margin - rightX;
  const targetsHeight = Math.round(50 * unit + content.metricCount * 50 * unit);
  const targets: Rect = { x: rightX, y: top, width: rightWidth, height: targetsHeight };
  const trend: Rect = { x: rightX, y: top + targetsHeight + gap, width: rightWidth, height: Math.round(TREND_UNITS * unit) };
  const ledgerTop = trend.y + trend.height + gap;
  const ledgerRect: Rect = { x: rightX, y: ledgerTop, width: rightWidth, height: bottom - ledgerTop };
  return {
    width,
    height,
    unit,
    margin,
    title,
    subtitle,
    map,
    mapPixelRatio,
    legend,
    targets,
    trend,
    villages,
    ledger: ledgerLayout(ledgerRect, content.rowCount, unit, content.smallestText),
  };
}

/** The trend's height on the poster, in units. */
const TREND_UNITS = 250;

/**
 * A sheet that continues the ledger: the title band as on the first sheet, then as many rows
 * from `first` on as fit at `smallestText` or more, over the whole width.
 */
export function ledgerSheetLayout(width: number, height: number, first: number, rowCount: number, smallestText: number): { unit: number; title: PosterLayout['title']; ledger: LedgerLayout } {
  const unit = Math.min(width / 1414, height / 1000);
  const margin = Math.round(22 * unit);
  const title = { x: margin, y: margin + 36 * unit, fontSize: 36 * unit };
  const top = Math.round(title.y + 20 * unit);
  const rect: Rect = { x: margin, y: top, width: width - 2 * margin, height: height - margin - top };
  return { unit, title, ledger: ledgerLayout(rect, rowCount, unit, smallestText, first) };
}

/**
 * Splits the ledger's rows from `first` on into as many side-by-side parts as gives the largest
 * type that fits both the height (all rows) and the width (all nine columns), at most 18 units.
 * When that type would be under `smallestText` pixels, the part holds as many rows as fit at
 * `smallestText`, and the rest are left for the next sheet.
 */
export function ledgerLayout(rect: Rect, rowCount: number, unit: number, smallestText = 0, first = 0): LedgerLayout {
  const titleHeight = 34 * unit;
  const tableHeight = rect.height - titleHeight;
  const remaining = rowCount - first;
  let best: LedgerLayout | null = null;
  for (let groups = 1; groups <= 6; groups++) {
    const rowsPerGroup = Math.max(1, Math.ceil(remaining / groups));
    const byHeight = tableHeight / (rowsPerGroup + 1) / ROW_LINE;
    const byWidth = rect.width / (groups * LEDGER_EMS + (groups - 1) * LEDGER_GROUP_GAP_EMS);
    const fontSize = Math.min(byHeight, byWidth, 18 * unit);
    if (best && fontSize <= best.fontSize) continue;
    best = ledgerParts(rect, first, rowCount, groups, rowsPerGroup, fontSize, titleHeight);
  }
  if (!best) throw new Error('unreachable: the loop runs at least once');
  if (best.fontSize >= smallestText) return best;
  const fontSize = smallestText;
  const groupGap = LEDGER_GROUP_GAP_EMS * fontSize;
  const groups = Math.max(1, Math.floor((rect.width + groupGap) / ((LEDGER_EMS + LEDGER_GROUP_GAP_EMS) * fontSize)));
  const rowsPerGroup = Math.max(1, Math.floor(tableHeight / (fontSize * ROW_LINE)) - 1);
  return ledgerParts(rect, first, Math.min(rowCount, first + groups * rowsPerGroup), groups, rowsPerGroup, fontSize, titleHeight);
}

/** The ledger's rows `first`…`last` in `groups` side-by-side parts at `fontSize`. */
function ledgerParts(rect: Rect, first: number, last: number, groups: number, rowsPerGroup: number, fontSize: number, titleHeight: number): LedgerLayout {
  const groupGap = LEDGER_GROUP_GAP_EMS * fontSize;
  return {
    rect,
    first,
    last,
    groups,
    rowsPerGroup,
    fontSize,
    rowHeight: fontSize * ROW_LINE,
    groupWidth: (rect.width - (groups - 1) * groupGap) / groups,
    groupGap,
    titleHeight,
  };
}

/**
 * Room left around the township's plots on the map: north arrow and scale bar above, the legend
 * strip below, and on every side room for numbers placed beside their plots.
 */
export function mapPadding(layout: PosterLayout): Padding {
  const { unit, legend, map } = layout;
  const numbers = 50 * unit;
  return { top: 100 * unit + numbers, right: numbers, bottom: map.y + map.height - legend.y + numbers, left: numbers };
}
