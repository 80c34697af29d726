import type { Plot } from './types';

/** A plot with the number it carries on the battle map and in the ledger's 序号 column. */
export interface NumberedPlot {
  number: number;
  plot: Plot;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Numbers a township's plots 1, 2, 3 … by village (Chinese collation, plots without a village
 * last), then by plot id with digits compared as numbers (SQ-2 before SQ-10). The number on the
 * map is the row in the ledger, and it does not change when a filter hides other plots, because
 * it is given over all the township's plots.
 */
export function numberPlots(plots: readonly Plot[]): NumberedPlot[] {
  const sorted = plots.slice().sort((a, b) => {
    if ((a.village === '') !== (b.village === '')) return a.village === '' ? 1 : -1;
    return collator.compare(a.village, b.village) || collator.compare(a.id, b.id) || a.index - b.index;
  });
  return sorted.map((plot, position) => ({ number: position + 1, plot }));
}
