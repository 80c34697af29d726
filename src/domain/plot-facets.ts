import { compileFilter, isFilterActive, type PlotFilter } from './filter';
import { STAGE_INDEX } from './metrics';
import { isOverdueAt, plotColumnsOf } from './plot-columns';
import { dayNumber } from './time/day-number';
import { STAGE_KEYS, type Plot } from './types';

/*
 * The fields a filter list chooses from (stage, industry, township, village, category),
 * numbered once per list of plots in typed arrays, so that filtering and counting by them
 * reads no plot object: a filter change at 100,000 plots walks arrays of numbers.
 */

/** Each distinct value of one field numbered, and each plot's number for it. */
export class Facet {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();

  number(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.numbers.set(value, number);
      this.values.push(value);
    }
    return number;
  }

  /** 1 for each chosen value, or null when nothing is chosen (any value passes). */
  chosen(values: readonly string[]): Uint8Array | null {
    if (values.length === 0) return null;
    const flags = new Uint8Array(this.values.length);
    for (const value of values) {
      const number = this.numbers.get(value);
      if (number !== undefined) flags[number] = 1;
    }
    return flags;
  }
}

/** The plots' field values as numbers, built once per list of plots, so that counting is cheap. */
export interface PlotIndex {
  stage: Uint8Array;
  industries: Facet;
  industry: Int32Array;
  townships: Facet;
  township: Int32Array;
  villages: Facet;
  village: Int32Array;
  categories: Facet;
  /** The categories of plot i are categoryList[categoryStart[i] .. categoryStart[i + 1]), each once. */
  categoryStart: Int32Array;
  categoryList: Int32Array;
}

const indexes = new WeakMap<readonly Plot[], PlotIndex>();

export function facetIndexOf(plots: readonly Plot[]): PlotIndex {
  const cached = indexes.get(plots);
  if (cached) return cached;
  const industries = new Facet();
  const townships = new Facet();
  const villages = new Facet();
  const categories = new Facet();
  const stage = new Uint8Array(plots.length);
  const industry = new Int32Array(plots.length);
  const township = new Int32Array(plots.length);
  const village = new Int32Array(plots.length);
  const categoryStart = new Int32Array(plots.length + 1);
  const categoryList: number[] = [];
  plots.forEach((plot, position) => {
    stage[position] = STAGE_INDEX[plot.stage];
    industry[position] = industries.number(plot.industry);
    township[position] = townships.number(plot.township);
    village[position] = villages.number(plot.village);
    categoryStart[position] = categoryList.length;
    for (const value of plot.categories) {
      const number = categories.number(value);
      if (!categoryList.includes(number, categoryStart[position])) categoryList.push(number);
    }
  });
  categoryStart[plots.length] = categoryList.length;
  const index = { stage, industries, industry, townships, township, villages, village, categories, categoryStart, categoryList: Int32Array.from(categoryList) };
  indexes.set(plots, index);
  return index;
}

/**
 * Gives `next` (the plots of `previous` with the plots at `changed` positions edited) an index
 * made from the one `previous` has, by patching the changed plots' stages, instead of numbering
 * 100,000 plots again. Does nothing when `previous` has none, or when an edit changed
 * categories (then `next` is indexed afresh when asked).
 */
export function carryFacetIndex(previous: readonly Plot[], next: readonly Plot[], changed: readonly number[]): void {
  const index = indexes.get(previous);
  if (!index || indexes.has(next) || previous.length !== next.length) return;
  for (const position of changed) {
    const before = previous[position];
    const after = next[position];
    if (before.categories !== after.categories || before.industry !== after.industry || before.township !== after.township || before.village !== after.village) return;
  }
  const stage = index.stage.slice();
  for (const position of changed) stage[position] = STAGE_INDEX[next[position].stage];
  indexes.set(next, { ...index, stage });
}

/** The chosen values of each list as flags by value number; null where nothing is chosen. */
export interface FacetChoice {
  stages: Uint8Array | null;
  industries: Uint8Array | null;
  township: Uint8Array | null;
  village: Uint8Array | null;
  categories: Uint8Array | null;
}

export function chooseFacets(index: PlotIndex, filter: PlotFilter): FacetChoice {
  return {
    stages: filter.stages.length === 0 ? null : new Uint8Array(STAGE_KEYS.map((key) => (filter.stages.includes(key) ? 1 : 0))),
    industries: index.industries.chosen(filter.industries),
    township: filter.township === null ? null : index.townships.chosen([filter.township]),
    village: filter.village === null ? null : index.villages.chosen([filter.village]),
    categories: index.categories.chosen(filter.categories),
  };
}

/** Whether the plot at `position` has any chosen category (always, when none is chosen). */
export function hasChosenCategory(index: PlotIndex, categories: Uint8Array | null, position: number): boolean {
  if (categories === null) return true;
  for (let at = index.categoryStart[position]; at < index.categoryStart[position + 1]; at++) {
    if (categories[index.categoryList[at]] === 1) return true;
  }
  return false;
}

/**
 * What the filter asks beyond the lists and overdue (area, text: nothing that changes with the
 * stage, so it may read the loaded plots on any date), or null when it asks nothing more.
 */
export function restOfFilter(filter: PlotFilter, reportingDate: string): ((plot: Plot) => boolean) | null {
  const rest = { ...filter, stages: [], industries: [], township: null, village: null, categories: [], overdueOnly: false };
  return isFilterActive(rest) ? compileFilter(rest, reportingDate) : null;
}

/** 1 for each plot overdue at its stage in `index` on `reportingDate`, by position, or null when the filter does not ask. */
export function overdueFlags(plots: readonly Plot[], index: PlotIndex, filter: PlotFilter, reportingDate: string): Uint8Array | null {
  if (!filter.overdueOnly) return null;
  const columns = plotColumnsOf(plots);
  const day = dayNumber(reportingDate);
  const flags = new Uint8Array(plots.length);
  for (let position = 0; position < plots.length; position++) flags[position] = isOverdueAt(columns, position, index.stage[position], day) ? 1 : 0;
  return flags;
}

/**
 * The plots that pass the filter, in their original order: the same plots as `filterPlots`
 * (unit test), found through the numbered fields, so that plot objects are read only for
 * area or text criteria. With `index` from `facetIndexOnDay`, the plots are judged at their
 * stage on that day (stage and overdue), and the loaded plot objects are returned.
 */
export function filterByFacets(plots: readonly Plot[], filter: PlotFilter, reportingDate: string, index: PlotIndex = facetIndexOf(plots)): Plot[] {
  const rest = restOfFilter(filter, reportingDate);
  const overdue = overdueFlags(plots, index, filter, reportingDate);
  const { stages, industries, township, village, categories } = chooseFacets(index, filter);
  const passed: Plot[] = [];
  for (let position = 0; position < plots.length; position++) {
    if (stages !== null && stages[index.stage[position]] !== 1) continue;
    if (industries !== null && industries[index.industry[position]] !== 1) continue;
    if (township !== null && township[index.township[position]] !== 1) continue;
    if (village !== null && village[index.village[position]] !== 1) continue;
    if (!hasChosenCategory(index, categories, position)) continue;
    if (overdue !== null && overdue[position] !== 1) continue;
    if (rest !== null && !rest(plots[position])) continue;
    passed.push(plots[position]);
  }
  return passed;
}

const indexesOnDay = new WeakMap<Uint8Array, { plots: readonly Plot[]; index: PlotIndex }>();

/**
 * The index of `plots` with each plot at the stage `stage` gives it (by position: the plots'
 * stages on a day, from `stagesOnDay`): every field but the stage is shared with the plots'
 * own index, so moving through time never renumbers industries, townships, villages or categories.
 */
export function facetIndexOnDay(plots: readonly Plot[], stage: Uint8Array): PlotIndex {
  const cached = indexesOnDay.get(stage);
  if (cached && cached.plots === plots) return cached.index;
  const index = { ...facetIndexOf(plots), stage };
  indexesOnDay.set(stage, { plots, index });
  return index;
}

/**
 * Gives `restaged` (`base`'s plots in the same order, copied at the stages `stage` gives
 * them: the plots on an earlier date) the index `facetIndexOnDay` makes for that day.
 */
export function restagedFacetIndex(restaged: readonly Plot[], base: readonly Plot[], stage: Uint8Array): PlotIndex {
  const cached = indexes.get(restaged);
  if (cached) return cached;
  const index = facetIndexOnDay(base, stage);
  indexes.set(restaged, index);
  return index;
}
