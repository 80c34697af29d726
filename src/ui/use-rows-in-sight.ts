import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { rowsInSight, type RowRange } from './rows-in-sight';

/** The nearest ancestor that scrolls vertically, or null for the page itself. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent && parent !== document.documentElement; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === 'auto' || overflowY === 'scroll') return parent;
  }
  return null;
}

/** Where the part of `scroller` (or of the page, for null) that shows starts, and its height. */
function shownPart(scroller: HTMLElement | null): { top: number; height: number } {
  if (scroller === null) return { top: 0, height: window.innerHeight };
  return { top: scroller.getBoundingClientRect().top + scroller.clientTop, height: scroller.clientHeight };
}

/** Whether the page is being printed (or saved as PDF): printing shows every row. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The rows must be in the page before the browser lays it out for paper.
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing;
}

/**
 * The rows of a table body that its scrolling ancestor (say, the sidebar) shows, plus a few
 * either side: only those need rendering, so a filter change lays out a dozen rows, not every
 * one. Rows are taken to be of equal height, measured from those rendered (rows marked
 * `data-gap` are the gaps that stand for the others). Every row is rendered until measured,
 * and while printing.
 */
export function useRowsInSight(bodyRef: RefObject<HTMLElement | null>, count: number, overscan = 4): RowRange {
  const [range, setRange] = useState<RowRange | null>(null);
  const printing = usePrinting();

  useLayoutEffect(() => {
    const body = bodyRef.current;
    // With no rows there is nothing to measure: the page's first render (before any campaign)
    // does not force the page's first layout here.
    if (!body || printing || count === 0) return;
    const scroller = scrollingAncestor(body);
    let rowHeight = 0;
    const measure = () => {
      const rows = body.querySelectorAll<HTMLElement>(':scope > tr:not([data-gap])');
      if (rows.length > 0) {
        const span = rows[rows.length - 1].getBoundingClientRect().bottom - rows[0].getBoundingClientRect().top;
        if (span > 0) rowHeight = span / rows.length;
      }
      const shown = shownPart(scroller);
      const next = rowsInSight(body.getBoundingClientRect().top - shown.top, shown.height, rowHeight, count, overscan);
      setRange((current) =>
        current !== null && current.first === next.first && current.last === next.last && current.rowHeight === next.rowHeight ? current : next,
      );
    };
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(body);
    if (scroller) resized.observe(scroller);
    const scrolled: HTMLElement | Window = scroller ?? window;
    scrolled.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      resized.disconnect();
      scrolled.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [bodyRef, count, overscan, printing]);

  if (printing || range === null) return { first: 0, last: count, rowHeight: 0 };
  return { first: Math.min(range.first, count), last: Math.min(range.last, count), rowHeight: range.rowHeight };
}
