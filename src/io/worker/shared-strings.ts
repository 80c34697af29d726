import type { WirePlot } from './protocol';

/** Longer texts are mostly one of a kind (names, notes): looking them up would cost more than it saves. */
const LONGEST_SHARED = 64;

/**
 * Keeps each repeated text of the loaded plots once. Every plot arrives from the worker with
 * its own copy of every text — its township, village, industry, stage, officer, dates, in its
 * fields and again in its properties — and 100,000 plots hold the same few hundred texts some
 * millions of times. Swapping each for the first copy seen lets the rest be collected: about a
 * quarter of the page's heap for the demo's plots. One per load; dropped with it.
 */
export class SharedStrings {
  private readonly known = new Map<string, string>();

  private shared(value: string): string {
    if (value.length > LONGEST_SHARED) return value;
    const known = this.known.get(value);
    if (known !== undefined) return known;
    this.known.set(value, value);
    return value;
  }

  /** Swaps the texts of an object's own values, and of arrays among them, for shared ones. */
  private shareValues(object: Record<string, unknown>): void {
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (typeof value === 'string') object[key] = this.shared(value);
      else if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
          const item: unknown = value[index];
          if (typeof item === 'string') value[index] = this.shared(item);
        }
      }
    }
  }

  /** Swaps the texts of each plot's fields, stage dates and properties (one level deep) for shared ones, in place. */
  share(plots: readonly WirePlot[]): void {
    for (const plot of plots) {
      this.shareValues(plot as unknown as Record<string, unknown>);
      this.shareValues(plot.dates as Record<string, unknown>);
      this.shareValues(plot.properties as Record<string, unknown>);
    }
  }
}
