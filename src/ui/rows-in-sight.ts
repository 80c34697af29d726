/** Rows [first, last) of a list, and the height of one row in pixels. */
export interface RowRange {
  first: number;
  last: number;
  rowHeight: number;
}

/**
 * The rows of a list of equal-height rows that a scrolling area shows, plus `overscan` rows
 * either side. `top` is where the first row starts, in pixels below the top of the area's
 * visible part (negative once scrolled past it), `height` is that visible part's height.
 * Every row while the row height is not known yet; none when the list is out of sight.
 */
export function rowsInSight(top: number, height: number, rowHeight: number, count: number, overscan: number): RowRange {
  if (!(rowHeight > 0)) return { first: 0, last: count, rowHeight: 0 };
  const last = Math.min(count, Math.max(0, Math.ceil((height - top) / rowHeight) + overscan));
  const first = Math.min(last, Math.max(0, Math.floor(-top / rowHeight) - overscan));
  return { first, last, rowHeight };
}
