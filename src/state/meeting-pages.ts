import { sameView, type AppView } from './view';

/**
 * The pages a meeting steps through: each township's battle map, the week's report (本周通报),
 * then the ranking, on as many slides as it takes (`rankingSlides`, see `rankingSlideCount`), each slide in rank order.
 */
export function meetingPages(townships: readonly string[], rankingSlides = 1): AppView[] {
  const ranking = Array.from({ length: Math.max(1, rankingSlides) }, (_, index): AppView =>
    index === 0 ? { kind: 'ranking' } : { kind: 'ranking', page: index + 1 },
  );
  return [...townships.map((township): AppView => ({ kind: 'township', township })), { kind: 'weekly' }, ...ranking];
}

/** How many slides a ranking of `rows` townships takes at `rowsPerSlide` a slide. */
export function rankingSlideCount(rows: number, rowsPerSlide: number): number {
  return Math.max(1, Math.ceil(rows / Math.max(1, rowsPerSlide)));
}

/** The rows of one ranking slide (page 1, 2 …), the last slide when the page is past the end. */
export function rankingSlideRows(rows: number, rowsPerSlide: number, page: number): { first: number; last: number; page: number } {
  const perSlide = Math.max(1, rowsPerSlide);
  const shown = Math.min(Math.max(1, page), rankingSlideCount(rows, perSlide));
  return { first: (shown - 1) * perSlide, last: Math.min(rows, shown * perSlide), page: shown };
}

/**
 * The page one step forward (+1) or back (-1) from `current`, staying on the first or last
 * page at the ends. From a page that is not in the list (the overview) a step forward opens the
 * first page and a step back stays on the overview.
 */
export function stepMeetingPage(pages: readonly AppView[], current: AppView, step: 1 | -1): AppView {
  const position = pages.findIndex((page) => sameView(page, current));
  if (position === -1) return step === 1 ? (pages[0] ?? current) : current;
  const next = Math.min(pages.length - 1, Math.max(0, position + step));
  return pages[next];
}

/** What a key does in meeting mode, or null when the key is not ours. */
export function meetingKeyAction(key: string): 'next' | 'previous' | 'leave' | null {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ' || key === 'ArrowDown') return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp' || key === 'ArrowUp') return 'previous';
  if (key === 'Escape') return 'leave';
  return null;
}

