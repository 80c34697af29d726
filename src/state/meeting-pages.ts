import { sameView, type AppView } from './view';

/** The pages a meeting steps through: each township's battle map, the week's report (本周通报), then the ranking. */
export function meetingPages(townships: readonly string[]): AppView[] {
  return [...townships.map((township): AppView => ({ kind: 'township', township })), { kind: 'weekly' }, { kind: 'ranking' }];
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

