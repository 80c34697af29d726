import type { MemoryBudget } from './protocol';

/**
 * Corners of plot outlines the map's own worker can take in one campaign. It builds each
 * corner as a small array and cuts them into tiles, so its peak grows with the corners, not
 * with the file's bytes. 19.2 million corners (64,000 plots of 300, a 496 MiB file) loaded in
 * 38 s with the page's process at 3.4 GB at its peak (bench machine, headless Chromium). That
 * is also about what the map took when it was given GeoJSON text, whose limit was a browser
 * string's 480 MiB (20 million corners at 25 characters each).
 */
export const MAP_CORNER_LIMIT = 20_000_000;

/**
 * The page's process holds the loaded plots: the page and its workers' heaps came to 1.9× the
 * file after loading the demo's plots at 300,000 plots (bench, "JS heaps after load"), but to
 * 3.8× for a 600 MB file with a finding or two on every plot (each finding keeps its message in
 * both languages), and the tab died loading 1 GB of those. 4× refuses that file before reading
 * it and lets the 600 MB one through; the page's workers live in its process, so the heaps
 * together are held against the page's limit.
 */
const PAGE_HEAP_PER_FILE_BYTE = 4;
/** Share of a heap's limit a load may plan to fill; the rest is for the app itself. */
const HEAP_SHARE = 0.75;
/** Share of the device's memory a load may plan to take, all heaps together. */
const DEVICE_SHARE = 0.75;

export interface LimitMessage {
  zh: string;
  en: string;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const WHAT_TO_DO_ZH = '请按镇街拆分文件，或简化地块边界（减少顶点）后再打开。';
const WHAT_TO_DO_EN = 'Split the file by township, or simplify the plot outlines (fewer vertices), and open it again.';

function tooLarge(name: string, fileBytes: number, neededBytes: number, whereZh: string, whereEn: string): LimitMessage {
  return {
    zh: `“${name}”有 ${formatBytes(fileBytes)}，载入约需 ${formatBytes(neededBytes)} 内存，超过${whereZh}。${WHAT_TO_DO_ZH}`,
    en: `"${name}" is ${formatBytes(fileBytes)}; loading it needs about ${formatBytes(neededBytes)} of memory, more than ${whereEn}. ${WHAT_TO_DO_EN}`,
  };
}

/**
 * Whether this browser can hold a file of this size once loaded, judged before reading a byte.
 * Null when it can (or when neither size nor budget is known); otherwise what to tell the user.
 * `memoryFactor` is the reader's bytes of memory, all heaps together, per byte of file.
 */
export function memoryProblem(name: string, fileBytes: number | null, memoryFactor: number, budget: MemoryBudget | null): LimitMessage | null {
  if (fileBytes === null || budget === null) return null;
  const pageNeed = fileBytes * PAGE_HEAP_PER_FILE_BYTE;
  const pageLimit = budget.heapLimitBytes * HEAP_SHARE;
  if (pageNeed > pageLimit) {
    return tooLarge(name, fileBytes, pageNeed, `本浏览器单个页面可用的 ${formatBytes(pageLimit)}`, `the ${formatBytes(pageLimit)} this browser gives one page`);
  }
  const totalNeed = fileBytes * memoryFactor;
  if (budget.deviceBytes !== null && totalNeed > budget.deviceBytes * DEVICE_SHARE) {
    const deviceLimit = budget.deviceBytes * DEVICE_SHARE;
    return tooLarge(name, fileBytes, totalNeed, `本机可用的 ${formatBytes(deviceLimit)}`, `the ${formatBytes(deviceLimit)} this device has to spare`);
  }
  return null;
}

/** A count of corners in words: 1,650 万 / 16.5 million. */
function formatCorners(count: number): { zh: string; en: string } {
  return { zh: `${Math.round(count / 10_000).toLocaleString('zh-CN')} 万`, en: `${(count / 1_000_000).toFixed(1)} million` };
}

/**
 * Whether the map can take the plots' outlines, judged from the first features read: the
 * corners grow with the file, so their count per byte read so far tells what the whole has.
 */
export function mapCornersProblem(name: string, fileBytes: number | null, bytesRead: number, corners: number): LimitMessage | null {
  if (fileBytes === null || bytesRead === 0) return null;
  const projected = Math.max(corners, (corners / bytesRead) * fileBytes);
  if (projected <= MAP_CORNER_LIMIT) return null;
  const has = formatCorners(projected);
  const limit = formatCorners(MAP_CORNER_LIMIT);
  return {
    zh: `“${name}”有 ${formatBytes(fileBytes)}，其中地块边界约有 ${has.zh}个顶点，超过地图一次能接收的 ${limit.zh}个。${WHAT_TO_DO_ZH}`,
    en: `"${name}" is ${formatBytes(fileBytes)}; its plot outlines have about ${has.en} corners, more than the ${limit.en} the map can take at once. ${WHAT_TO_DO_EN}`,
  };
}

/**
 * What to tell the user when the browser ran out of memory part-way through a load, which the
 * checks before reading did not foresee: in words, with what to do, never the browser's error.
 */
export function ranOutOfMemory(name: string, fileBytes: number | null, featuresRead: number): LimitMessage {
  const size = fileBytes === null ? '' : `（${formatBytes(fileBytes)}）`;
  const sizeEn = fileBytes === null ? '' : ` (${formatBytes(fileBytes)})`;
  return {
    zh: `“${name}”${size}太大，本浏览器在读到第 ${featuresRead.toLocaleString('zh-CN')} 个要素时内存不足，未能载入；作战图保持不变。${WHAT_TO_DO_ZH}`,
    en: `"${name}"${sizeEn} is too large: this browser ran out of memory after ${featuresRead.toLocaleString('en-US')} features and could not load it; the campaign is unchanged. ${WHAT_TO_DO_EN}`,
  };
}
