/** Print sizes in pixels: A3 landscape at 300 dpi and A1 landscape at 200 dpi. */
export const POSTER_SIZES = {
  a3: { width: 4961, height: 3508, dpi: 300 },
  a1: { width: 6622, height: 4677, dpi: 200 },
} as const;

/** The smallest type on paper, 7 pt, in pixels at `dpi`. */
export function smallestTextPixels(dpi: number): number {
  return (7 / 72) * dpi;
}

export type PosterSizeKey = keyof typeof POSTER_SIZES | 'window';

/** Chromium and Firefox refuse a canvas past 16384 px a side or 268 million pixels. */
export const MAX_CANVAS_SIDE = 16384;
export const MAX_CANVAS_AREA = 268_435_456;

/** A poster the browser cannot draw, with a message for the user in both languages. */
export class PosterSizeError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'PosterSizeError';
  }
}

/** Throws unless a canvas of this size can be drawn in one piece. */
export function checkCanvasSize(width: number, height: number): void {
  if (Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0
    && width <= MAX_CANVAS_SIDE && height <= MAX_CANVAS_SIDE && width * height <= MAX_CANVAS_AREA) return;
  throw new PosterSizeError(
    `海报尺寸 ${width}×${height} 像素超出浏览器可绘制的范围（单边不超过 ${MAX_CANVAS_SIDE} 像素，总像素不超过 2.68 亿），未导出。请选择较小的尺寸。`,
    `A poster of ${width}×${height} px is beyond what the browser can draw (at most ${MAX_CANVAS_SIDE} px a side and 268 million pixels); nothing was exported. Choose a smaller size.`,
  );
}
