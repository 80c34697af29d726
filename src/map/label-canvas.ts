/**
 * Sets up the browser's 2D canvas drawing for this page before the map draws anything.
 *
 * maplibre draws every label's glyphs on an OffscreenCanvas that it reads back often
 * (`willReadFrequently`), and the page's first drawing call on such a canvas sets the
 * browser's canvas drawing up. On a computer whose WebGL runs in software, that call waits
 * for the GPU process, which is then busy drawing the map's first frames: one call of
 * 28–449 ms at page open, measured on 2 cores. Made first, before the campaign starts
 * loading, the same call took 0–111 ms, and maplibre's glyphs find the canvas ready.
 */
export function prepareLabelCanvas(): void {
  if (typeof OffscreenCanvas === 'undefined') return;
  new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })?.clearRect(0, 0, 1, 1);
}
