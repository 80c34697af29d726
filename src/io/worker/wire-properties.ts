import { reparsableJsonText } from '../../domain/value-text';
import type { Plot } from '../../domain/types';
import type { WirePlot } from './protocol';

/**
 * Nesting a plot's properties may have and still travel by `postMessage`. The browser's
 * structured clone recurses: in Chromium a property nested 10,000 deep overflows its stack
 * ("Maximum call stack size exceeded") and the whole run of plots fails to send. Deeper
 * properties travel as JSON text instead, which `JSON.parse` reads back at any depth.
 */
export const CLONE_DEPTH_LIMIT = 500;

/** Whether `value` holds arrays or objects nested more than `limit` deep; walks with a list, not recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const item = pending.pop() as { value: unknown; depth: number };
    const current = item.value;
    if (current === null || typeof current !== 'object') continue;
    const depth = item.depth + 1;
    if (depth > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth });
    }
  }
  return false;
}

/** The plot's properties as they can travel: as they are, or as JSON text when nested too deep to be cloned. */
export function wireProperties(plot: Plot): Pick<WirePlot, 'properties' | 'propertiesJson'> {
  if (!nestedDeeperThan(plot.properties, CLONE_DEPTH_LIMIT)) return { properties: plot.properties };
  return { properties: {}, propertiesJson: reparsableJsonText(plot.properties) };
}

/** Puts the properties that travelled as text back in place, in the plots as they arrived. */
export function restoreProperties(plots: WirePlot[]): void {
  for (const plot of plots) {
    if (plot.propertiesJson === undefined) continue;
    plot.properties = JSON.parse(plot.propertiesJson) as Plot['properties'];
    delete plot.propertiesJson;
  }
}
