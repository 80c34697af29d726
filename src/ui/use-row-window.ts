import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { rowsInSight } from './rows-in-sight';

/**
 * The rows of a scrolling list of fixed-height rows that are in sight, plus a few either side:
 * only those are rendered, so 100,000 rows scroll as smoothly as 100.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  enabled: boolean,
  overscan = 5,
): { first: number; last: number; totalHeight: number; scrollToRow(position: number): void } {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);

  // Measured before the first paint: until then the height is 0 and only the overscan rows
  // would be rendered, which is what the page would show until the first resize callback.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!enabled || !element) return;
    setHeight(element.clientHeight);
    setScrollTop(element.scrollTop);
    const scrolled = () => setScrollTop(element.scrollTop);
    const resized = new ResizeObserver(() => {
      setHeight(element.clientHeight);
      setScrollTop(element.scrollTop);
    });
    resized.observe(element);
    element.addEventListener('scroll', scrolled, { passive: true });
    return () => {
      resized.disconnect();
      element.removeEventListener('scroll', scrolled);
    };
  }, [scrollRef, enabled]);

  const scrollToRow = useCallback(
    (position: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const top = position * rowHeight;
      if (top >= element.scrollTop && top + rowHeight <= element.scrollTop + element.clientHeight) return;
      element.scrollTop = Math.max(0, top - (element.clientHeight - rowHeight) / 2);
    },
    [scrollRef, rowHeight],
  );

  const { first, last } = rowsInSight(-scrollTop, height, rowHeight, count, overscan);
  return { first, last, totalHeight: count * rowHeight, scrollToRow };
}
