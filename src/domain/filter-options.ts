import { compileFilter, isFilterActive, type PlotFilter } from './filter';
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

/** Each distinct value of one field numbered, and each plot's number for it. */
class Facet {
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
interface PlotIndex {
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

function indexOf(plots: readonly Plot[]): PlotIndex {
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
    stage[position] = STAGE_KEYS.indexOf(plot.stage);
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

function options(facet: Facet, counts: Int32Array, offered: Uint8Array | null, selected: readonly string[]): FilterOption[] {
  const result = new Map<string, number>();
  facet.values.forEach((value, number) => {
    if (offered === null || offered[number] === 1) result.set(value, counts[number]);
  });
  for (const value of selected) if (!result.has(value)) result.set(value, 0);
  return [...result]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (a.value === '' ? 1 : b.value === '' ? -1 : collator.compare(a.value, b.value)));
}

/**
 * Every value each list can offer, counted the way a shop's facets are: the count beside an
 * industry is the number of plots that would show if it were ticked, given everything else
 * in the filter. Lists never lose a value a plot has, so ticking one never makes others vanish.
 * One pass over the plots, on field values numbered once per list of plots.
 */
export function filterOptions(plots: readonly Plot[], filter: PlotFilter, reportingDate: string): FilterOptions {
  const index = indexOf(plots);
  const restFilter = { ...filter, stages: [], industries: [], township: null, village: null, categories: [] };
  // Without area, overdue or text criteria no plot object need be read: the numbered fields say it all.
  const rest = isFilterActive(restFilter) ? compileFilter(restFilter, reportingDate) : null;
  const stages = filter.stages.length === 0 ? null : new Uint8Array(STAGE_KEYS.map((key) => (filter.stages.includes(key) ? 1 : 0)));
  const industries = index.industries.chosen(filter.industries);
  const township = filter.township === null ? null : index.townships.chosen([filter.township]);
  const village = filter.village === null ? null : index.villages.chosen([filter.village]);
  const categories = index.categories.chosen(filter.categories);
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
    if (rest !== null && !rest(plots[position])) continue;
    const stage = stages === null || stages[index.stage[position]] === 1;
    const industry = industries === null || industries[index.industry[position]] === 1;
    const inVillage = village === null || village[index.village[position]] === 1;
    let category = categories === null;
    for (let at = categoryStart[position]; !category && at < categoryStart[position + 1]; at++) category = categories?.[categoryList[at]] === 1;
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
