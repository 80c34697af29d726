import type { ExpressionSpecification } from 'maplibre-gl';
import { HIDDEN_STATE } from './plot-visibility';

export const PICKED_STATE = 'picked';

function state(key: string): ExpressionSpecification {
  return ['boolean', ['feature-state', key], false];
}

/** An opacity that drops to 0 for a plot the filter hides, so the background shows instead. */
export function unlessHidden(opacity: number): ExpressionSpecification {
  return ['case', state(HIDDEN_STATE), 0, opacity];
}

/** Outline width of the clicked plot, then a hovered one; nothing for a hidden plot. */
export function highlightWidth(): ExpressionSpecification {
  return ['case', state(HIDDEN_STATE), 0, state('selected'), 3.5, state('hover'), 2.5, 0];
}

/** Outline width of a plot picked by shift-click or box; nothing for a hidden plot. */
export function pickedWidth(): ExpressionSpecification {
  return ['case', state(HIDDEN_STATE), 0, state(PICKED_STATE), 3, 0];
}
