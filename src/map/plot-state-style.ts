import type { ExpressionSpecification } from 'maplibre-gl';
import { HIDDEN_STATE } from './plot-visibility';

/**
 * An opacity that drops to 0 for a plot the filter hides, so the background shows instead.
 * Besides the stage on the as-of date (in the same fill layer), the only feature-state the plots
 * source has: each state-dependent layer multiplies the cost of every filter change at 100,000
 * plots, so outlines of marked plots have sources of their own.
 */
export function unlessHidden(opacity: number): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', HIDDEN_STATE], false], 0, opacity];
}
