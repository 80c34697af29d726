import { battleMapTitle, type BattleMapSheet } from '../domain/battle-map-sheet';
import { METRIC_DEFINITIONS } from '../domain/metrics';
import { plotsBounds } from '../domain/plot-labels/plots-bounds';
import type { Plot, PlotGeometry } from '../domain/types';
import { canvasToPng, createPosterCanvas } from '../io/poster/create-poster-canvas';
import { coordinateBounds, fitFrame, frameZoom, planTiles, polygonPositions, type Bounds } from '../io/poster/map-frame';
import { ledgerSheetLayout, mapPadding, posterLayout } from '../io/poster/poster-layout';
import { POSTER_SIZES, PosterSizeError, smallestTextPixels, type PosterSizeKey } from '../io/poster/poster-sizes';
import type { PosterTexts } from '../io/poster/poster-texts';
import { loadPosterFonts, renderLedgerSheet, renderPoster } from '../io/poster/render-poster';
import type { Trend } from '../state/time-selectors';
import { drawTrend, type TrendTexts } from './time/draw-trend';
import type { LoadedData } from '../state/store';

/** What a poster draws of the loaded data: the plots as of the poster's date, and the boundaries. */
export type PosterData = Pick<LoadedData, 'townships' | 'villages'> & { plots: readonly Plot[] };
import type { Language } from '../state/language';
import type { TextKey } from './i18n';
import { LEDGER_COLUMNS } from './LedgerTable';

/** The largest map tile drawn in one go: within every browser's WebGL limits. */
const MAX_MAP_TILE = 4096;

export interface PosterProgress {
  step: 'map' | 'text' | 'encode';
  fraction: number;
}

function isPolygonal(geometry: { type: string } | null | undefined): geometry is PlotGeometry {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** What the poster's map frames: the township's plots, not its empty fields; its boundary when no plot is shown. */
export function framedBounds(data: PosterData, sheet: BattleMapSheet): Bounds | null {
  const plots = plotsBounds(sheet.rows.map((row) => row.plot));
  if (plots) return plots;
  const feature = data.townships?.features.find((candidate) => candidate.properties?.name === sheet.township);
  if (feature && isPolygonal(feature.geometry)) return coordinateBounds(polygonPositions(feature.geometry));
  return coordinateBounds(sheet.rows.flatMap((row) => [...polygonPositions(row.plot.geometry)]));
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function trendTexts(township: string, text: (key: TextKey) => string, language: Language): TrendTexts {
  const zh = language === 'zh';
  return {
    title: `${township}${zh ? '' : ' '}${text('trend')}`,
    mu: text('mu'),
    months: zh ? MONTHS_EN.map((_, index) => `${index + 1}月`) : MONTHS_EN,
    metrics: { signedMu: text('trendSigned'), demolishedMu: text('trendDemolished'), reclaimedMu: text('trendReclaimed') },
    targetLine: text('targetLine'),
    paceLine: text('paceLine'),
  };
}

/** The plots a battle map's image draws: the township's shown ones (the filter's), every other township's for context. */
export function mapImageData(data: PosterData, sheet: BattleMapSheet) {
  const visible = new Set(sheet.rows.map((row) => row.plot));
  return { plots: data.plots.filter((plot) => plot.township !== sheet.township || visible.has(plot)), stages: sheet.campaign.stages, townships: data.townships, villages: data.villages };
}

export function posterTexts(sheet: BattleMapSheet, text: (key: TextKey) => string, language: Language): PosterTexts {
  const zh = language === 'zh';
  return {
    asOf: text('asOf'),
    note: sheet.campaign.demo ? `${text('demoBadge')}：${text('demoNote')}` : '',
    legend: text('legend'),
    total: text('total'),
    plotsUnit: text('plotsUnit'),
    mu: text('mu'),
    enterprisesUnit: text('enterprisesUnit'),
    targets: text('townshipTargets'),
    target: text('target'),
    done: text('done'),
    exceeded: text('exceeded'),
    noTarget: text('noTarget'),
    ledger: text('ledger'),
    ledgerPart: text('posterLedgerPart'),
    ledgerMore: text('posterLedgerMore'),
    sheetOf: text('posterSheetOf'),
    columns: LEDGER_COLUMNS.map(text),
    overdue: text('overdue'),
    byVillage: text('byVillage'),
    village: text('village'),
    unnamedVillage: zh ? '未填写' : 'not filled in',
    north: zh ? '北' : 'N',
    stageLabels: Object.fromEntries(sheet.campaign.stages.map((stage) => [stage.key, zh ? stage.label : stage.labelEn])),
    metricLabels: Object.fromEntries(METRIC_DEFINITIONS.map((metric) => [metric.key, zh ? metric.label : metric.labelEn])),
  };
}

/**
 * Renders the township's battle map as a PNG of the chosen size, from the same sheet the screen
 * shows; the map itself is drawn by maplibre at the poster's resolution, in tiles if need be.
 */
export async function exportPoster(options: {
  size: PosterSizeKey;
  sheet: BattleMapSheet;
  data: PosterData;
  language: Language;
  text: (key: TextKey) => string;
  /** The township's 进度趋势, drawn beside the targets (none: no dated stages). */
  trend: Trend | null;
  onProgress(progress: PosterProgress): void;
}): Promise<PosterResult> {
  const { sheet, data, language, text, onProgress } = options;
  const ratio = window.devicePixelRatio || 1;
  const { width, height, dpi } = options.size === 'window'
    ? { width: Math.round(window.innerWidth * ratio), height: Math.round(window.innerHeight * ratio), dpi: 96 * ratio }
    : POSTER_SIZES[options.size];
  // A poster for paper keeps its ledger at 7 pt or more, on further sheets if need be; the window's copy is one image.
  const smallestText = options.size === 'window' ? 0 : smallestTextPixels(dpi);
  const { canvas, context } = createPosterCanvas(width, height);
  const layout = posterLayout(width, height, {
    smallestText,
    rowCount: sheet.rows.length,
    villageCount: sheet.villages.length,
    stageCount: sheet.campaign.stages.length,
    metricCount: METRIC_DEFINITIONS.length,
  });
  const bounds = framedBounds(data, sheet) ?? [120, 30, 121, 31];
  const frame = fitFrame(bounds, layout.map, mapPadding(layout));
  const tiles = planTiles(frame, MAX_MAP_TILE, layout.mapPixelRatio);
  onProgress({ step: 'map', fraction: 0.02 });
  // The map library is loaded with the map, a task after the page starts: not part of this module.
  const { MapTileTooLargeError, renderMapImage } = await import('../map/render-map-image');
  let mapImage: HTMLCanvasElement;
  try {
    mapImage = await renderMapImage(
      {
        data: mapImageData(data, sheet),
        township: sheet.township,
        width: layout.map.width,
        height: layout.map.height,
        pixelRatio: layout.mapPixelRatio,
        zoom: frameZoom(frame, layout.mapPixelRatio),
        tiles,
      },
      (done, total) => onProgress({ step: 'map', fraction: 0.05 + (0.65 * done) / total }),
    );
  } catch (error) {
    if (!(error instanceof MapTileTooLargeError)) throw error;
    throw new PosterSizeError(
      `浏览器只能把地图画到 ${error.drawn.join('×')} 像素，达不到所需的 ${error.requested.join('×')} 像素，海报未导出（不会输出模糊或缩小的图）。请选择较小的尺寸。`,
      `The browser could draw the map at only ${error.drawn.join('×')} px of the ${error.requested.join('×')} px needed; the poster was not exported (never a blurred or smaller image). Choose a smaller size.`,
    );
  }
  const title = battleMapTitle(sheet.township, sheet.campaign, language);
  const texts = posterTexts(sheet, text, language);
  onProgress({ step: 'text', fraction: 0.75 });
  await loadPosterFonts([title, JSON.stringify(texts), ...sheet.rows.map((row) => `${row.plot.name}${row.plot.village}${row.plot.industry}${row.plot.officer}`)].join(''));
  const continued = [];
  for (let first = layout.ledger.last; first < sheet.rows.length; first = continued[continued.length - 1].ledger.last) {
    continued.push(ledgerSheetLayout(width, height, first, sheet.rows.length, smallestText));
  }
  const sheets = continued.length + 1;
  const numbers = renderPoster(context, { sheet, title, layout, frame, mapImage, texts, sheets });
  if (options.trend && options.trend.dates.length > 0) drawTrend(context, options.trend, layout.trend, layout.unit, trendTexts(sheet.township, text, language));
  onProgress({ step: 'encode', fraction: 0.85 });
  const sizeName = options.size === 'window' ? `${width}x${height}` : options.size.toUpperCase();
  const files = [{ blob: await canvasToPng(canvas), fileName: `${title}-${sizeName}.png` }];
  for (const [index, part] of continued.entries()) {
    renderLedgerSheet(context, { sheet, title, texts, sheets, layout: part, sheetNumber: index + 2 });
    files.push({ blob: await canvasToPng(canvas), fileName: `${title}-${sizeName}-${index + 2}.png` });
    onProgress({ step: 'encode', fraction: 0.85 + (0.15 * (index + 1)) / continued.length });
  }
  onProgress({ step: 'encode', fraction: 1 });
  const toPoints = (pixels: number) => (pixels / dpi) * 72;
  return {
    files,
    width,
    height,
    numbers: { ...numbers, sizePt: toPoints(numbers.size) },
    ledgerPt: toPoints(Math.min(layout.ledger.fontSize, ...continued.map((part) => part.ledger.fontSize))),
  };
}

/** A poster's files (the battle map, then any sheets the ledger goes on over) and what it drew, in points at the print's resolution. */
export interface PosterResult {
  files: { blob: Blob; fileName: string }[];
  width: number;
  height: number;
  numbers: { count: number; unplaced: number; sizePt: number };
  ledgerPt: number;
}
