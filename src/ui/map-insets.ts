/** Pixels from each edge of the map that overlays cover. */
export interface EdgeInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What the overlays cover of a map, edge by edge: each overlay is pushed against the edge it
 * takes least from (the legend in a corner takes from the left or the bottom, whichever is
 * less). Overlays outside the map, or with no size, take nothing.
 */
export function coveredInsets(map: Rect, overlays: readonly Rect[]): EdgeInsets {
  const insets: EdgeInsets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const overlay of overlays) {
    if (overlay.right <= overlay.left || overlay.bottom <= overlay.top) continue;
    if (overlay.right <= map.left || overlay.left >= map.right || overlay.bottom <= map.top || overlay.top >= map.bottom) continue;
    const takes: Array<[keyof EdgeInsets, number]> = [
      ['top', overlay.bottom - map.top],
      ['right', map.right - overlay.left],
      ['bottom', map.bottom - overlay.top],
      ['left', overlay.right - map.left],
    ];
    const [edge, amount] = takes.reduce((least, candidate) => (candidate[1] < least[1] ? candidate : least));
    insets[edge] = Math.max(insets[edge], Math.ceil(amount));
  }
  return insets;
}
