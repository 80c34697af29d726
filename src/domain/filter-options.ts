import type { PlotFilter } from './filter';
import { chooseFacets, facetIndexOf, hasChosenCategory, overdueFlags, restOfFilter, type Facet, type PlotIndex } from './plot-facets';
import { STAGE_KEYS, type Plot, type StageKey } from './types';

/** One choice in a filter list, with how many plots choosing it would show. */
export interface FilterOption {
  /** '' is a plot with the field left empty (shown as 未填写). */
  value: string;
  count: number;
}

export interface FilterOptions {
  stages: Map<StageKey, number>;
  industries: FilterOption[];
  townships: FilterOption[];
  /** Villages of the chosen township, or of every township when none is chosen. */
  villages: FilterOption[];
  categories: FilterOption[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Values in the order lists show them: by name, Chinese collation, the blank value last. */
function compareValues(a: string, b: string): number {
  return a === '' ? 1 : b === '' ? -1 : collator.compare(a, b);
}

const byValue = (a: FilterOption, b: FilterOption) => compareValues(a.value, b.value);

// A facet's values are sorted once, not on every filter change.
const displayOrders = new WeakMap<Facet, readonly number[]>();

function displayOrder(facet: Facet): readonly number[] {
  let order = displayOrders.get(facet);
  if (!order) {
    order = facet.values.map((_, number) => number).sort((a, b) => compareValues(facet.values[a], facet.values[b]));
    displayOrders.set(facet, order);
  }
  return order;
}

function options(facet: Facet, counts: Int32Array, offered: Uint8Array | null, selected: readonly string[]): FilterOption[] {
  const result: FilterOption[] = [];
  for (const number of displayOrder(facet)) {
    if (offered === null || offered[number] === 1) result.push({ value: facet.values[number], count: counts[number] });
  }
  // A chosen value no plot here has (e.g. from an old link) stays in the list, with 0.
  const missing = selected.filter((value) => !result.some((option) => option.value === value));
  if (missing.length === 0) return result;
  return [...result, ...missing.map((value) => ({ value, count: 0 }))].sort(byValue);
}

/**
 * Every value each list can offer, counted the way a shop's facets are: the count beside an
 * industry is the number of plots that would show if it were ticked, given everything else
 * in the filter. Lists never lose a value a plot has, so ticking one never makes others vanish.
 * One pass over the plots, on field values numbered once per list of plots; with `index` from
 * `facetIndexOnDay`, at the plots' stages on that day.
 */
export function filterOptions(plots: readonly Plot[], filter: PlotFilter, reportingDate: string, index: PlotIndex = facetIndexOf(plots)): FilterOptions {
  const rest = restOfFilter(filter, reportingDate);
  const overdue = overdueFlags(plots, index, filter, reportingDate);
  const { stages, industries, township, village, categories } = chooseFacets(index, filter);
  const stageCounts = new Int32Array(STAGE_KEYS.length);
  const industryCounts = new Int32Array(index.industries.values.length);
  const townshipCounts = new Int32Array(index.townships.values.length);
  const villageCounts = new Int32Array(index.villages.values.length);
  const villagesOffered = new Uint8Array(index.villages.values.length);
  const categoryCounts = new Int32Array(index.categories.values.length);
  const { categoryStart, categoryList } = index;

  for (let position = 0; position < plots.length; position++) {
    const inTownship = township === null || township[index.township[position]] === 1;
    if (inTownship) villagesOffered[index.village[position]] = 1;
    if (overdue !== null && overdue[position] !== 1) continue;
    if (rest !== null && !rest(plots[position])) continue;
    const stage = stages === null || stages[index.stage[position]] === 1;
    const industry = industries === null || industries[index.industry[position]] === 1;
    const inVillage = village === null || village[index.village[position]] === 1;
    const category = hasChosenCategory(index, categories, position);
    if (industry && inTownship && inVillage && category) stageCounts[index.stage[position]]++;
    if (stage && inTownship && inVillage && category) industryCounts[index.industry[position]]++;
    if (stage && industry && category) {
      townshipCounts[index.township[position]]++;
      if (inTownship) villageCounts[index.village[position]]++;
    }
    if (stage && industry && inTownship && inVillage) {
      for (let at = categoryStart[position]; at < categoryStart[position + 1]; at++) categoryCounts[categoryList[at]]++;
    }
  }
  return {
    stages: new Map(STAGE_KEYS.map((key, number) => [key, stageCounts[number]])),
    industries: options(index.industries, industryCounts, null, filter.industries),
    townships: options(index.townships, townshipCounts, null, filter.township === null ? [] : [filter.township]),
    villages: options(index.villages, villageCounts, villagesOffered, filter.village === null ? [] : [filter.village]),
    categories: options(index.categories, categoryCounts, null, filter.categories),
  };
}
