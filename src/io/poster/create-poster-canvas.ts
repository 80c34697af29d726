import { checkCanvasSize, PosterSizeError } from './poster-sizes';

/**
 * A canvas of exactly this size that is known to draw: past its limits a browser may hand
 * out a canvas that silently stays blank, so one pixel is drawn and read back first.
 */
export function createPosterCanvas(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  checkCanvasSize(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context) {
    context.fillStyle = '#ff0000';
    context.fillRect(width - 1, height - 1, 1, 1);
    const [red] = context.getImageData(width - 1, height - 1, 1, 1).data;
    if (red === 255 && canvas.width === width && canvas.height === height) return { canvas, context };
  }
  throw new PosterSizeError(
    `浏览器无法绘制 ${width}×${height} 像素的海报（内存或画布限制），未导出。请选择较小的尺寸或换用桌面浏览器。`,
    `The browser cannot draw a ${width}×${height} px poster (memory or canvas limit); nothing was exported. Choose a smaller size or use a desktop browser.`,
  );
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG'))), 'image/png');
  });
}
