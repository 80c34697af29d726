/** Which page the user is on. */
export type AppView =
  | { kind: 'overview' }
  | { kind: 'township'; township: string }
  | { kind: 'ranking' }
  /** 本周通报: the week's gains and rank changes, and the county's trend. */
  | { kind: 'weekly' };

export const OVERVIEW: AppView = { kind: 'overview' };

const VIEW_KEY = 'view';
const TOWNSHIP_KEY = 'township';

export function viewToSearchParams(view: AppView, params: URLSearchParams): URLSearchParams {
  params.delete(VIEW_KEY);
  params.delete(TOWNSHIP_KEY);
  if (view.kind === 'township') {
    params.set(VIEW_KEY, 'township');
    params.set(TOWNSHIP_KEY, view.township);
  } else if (view.kind === 'ranking') {
    params.set(VIEW_KEY, 'ranking');
  } else if (view.kind === 'weekly') {
    params.set(VIEW_KEY, 'weekly');
  }
  return params;
}

export function viewFromSearchParams(params: URLSearchParams): AppView {
  const kind = params.get(VIEW_KEY);
  const township = params.get(TOWNSHIP_KEY);
  if (kind === 'township' && township) return { kind: 'township', township };
  if (kind === 'ranking') return { kind: 'ranking' };
  if (kind === 'weekly') return { kind: 'weekly' };
  return OVERVIEW;
}

export function sameView(a: AppView, b: AppView): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'township' || a.township === (b as { township: string }).township;
}
