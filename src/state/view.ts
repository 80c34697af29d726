/** Which page the user is on. */
export type AppView =
  | { kind: 'overview' }
  | { kind: 'township'; township: string }
  /** The ranking; in a meeting it may take several slides (page 2, 3 …; the first has none). */
  | { kind: 'ranking'; page?: number }
  /** 本周通报: the week's gains and rank changes, and the county's trend. */
  | { kind: 'weekly' };

export const OVERVIEW: AppView = { kind: 'overview' };

const VIEW_KEY = 'view';
const TOWNSHIP_KEY = 'township';
const PAGE_KEY = 'page';

export function viewToSearchParams(view: AppView, params: URLSearchParams): URLSearchParams {
  params.delete(VIEW_KEY);
  params.delete(TOWNSHIP_KEY);
  params.delete(PAGE_KEY);
  if (view.kind === 'township') {
    params.set(VIEW_KEY, 'township');
    params.set(TOWNSHIP_KEY, view.township);
  } else if (view.kind === 'ranking') {
    params.set(VIEW_KEY, 'ranking');
    if (view.page !== undefined && view.page > 1) params.set(PAGE_KEY, String(view.page));
  } else if (view.kind === 'weekly') {
    params.set(VIEW_KEY, 'weekly');
  }
  return params;
}

export function viewFromSearchParams(params: URLSearchParams): AppView {
  const kind = params.get(VIEW_KEY);
  const township = params.get(TOWNSHIP_KEY);
  if (kind === 'township' && township) return { kind: 'township', township };
  if (kind === 'ranking') {
    const page = Number(params.get(PAGE_KEY));
    return Number.isInteger(page) && page > 1 ? { kind: 'ranking', page } : { kind: 'ranking' };
  }
  if (kind === 'weekly') return { kind: 'weekly' };
  return OVERVIEW;
}

export function sameView(a: AppView, b: AppView): boolean {
  if (a.kind === 'township' && b.kind === 'township') return a.township === b.township;
  if (a.kind === 'ranking' && b.kind === 'ranking') return (a.page ?? 1) === (b.page ?? 1);
  return a.kind === b.kind;
}
