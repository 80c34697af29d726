import type { HiddenPlots } from './hidden-plots';
import { stageOrder } from './stages';
import type { Plot } from './types';

/** Ledger columns a user can sort by. */
export const SORT_COLUMNS = ['id', 'name', 'township', 'village', 'industry', 'stage', 'areaMu', 'officer', 'deadline'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface PlotSort {
  column: SortColumn;
  descending: boolean;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Stage position along the vacate path, with `upgraded` after `accepted`. */
function stageRank(plot: Plot): number {
  return stageOrder(plot.stage) ?? 6;
}

/** A sort key per plot, or null for an empty field; empty fields go last either way. */
function keyOf(plot: Plot, column: SortColumn): string | number | null {
  switch (column) {
    case 'stage':
      return stageRank(plot);
    case 'areaMu':
      return plot.areaMu;
    case 'deadline':
      return plot.deadline || null;
    default:
      return plot[column] === '' ? null : plot[column];
  }
}

/**
 * The plots in ledger order: by the column (Chinese text in pinyin order, numbers as numbers),
 * ties and `null` sort in file order. Empty fields go last in both directions.
 */
export function sortPlots(plots: readonly Plot[], sort: PlotSort | null): Plot[] {
  if (sort === null) return plots.slice().sort((a, b) => a.index - b.index);
  const keyed = plots.map((plot) => ({ plot, key: keyOf(plot, sort.column) }));
  const direction = sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else {
      const order =
        typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      if (order !== 0) return order * direction;
    }
    return a.plot.index - b.plot.index;
  });
  return keyed.map(({ plot }) => plot);
}

const fileOrdered = new WeakMap<readonly Plot[], boolean>();

/**
 * Whether the plots come in file order (by index), as loaded: then the plots a filter passes
 * are already the unsorted ledger's rows. Checked once per list.
 */
export function isInFileOrder(plots: readonly Plot[]): boolean {
  let ordered = fileOrdered.get(plots);
  if (ordered === undefined) {
    ordered = plots.every((plot, position) => position === 0 || plots[position - 1].index < plot.index);
    fileOrdered.set(plots, ordered);
  }
  return ordered;
}

/** Each list's plot indexes in its order, kept once per list so that a filter change reads no plot. */
const indexesOf = new WeakMap<readonly Plot[], Int32Array>();

/** The plots of `ordered` that the filter shows, keeping the order of `ordered`. */
export function keepVisible(ordered: readonly Plot[], hidden: HiddenPlots): Plot[] {
  if (hidden.count === 0) return ordered.slice();
  let indexes = indexesOf.get(ordered);
  if (!indexes) {
    indexes = Int32Array.from(ordered, (plot) => plot.index);
    indexesOf.set(ordered, indexes);
  }
  const kept: Plot[] = [];
  for (let position = 0; position < indexes.length; position++) {
    if (hidden.flags[indexes[position]] !== 1) kept.push(ordered[position]);
  }
  return kept;
}
