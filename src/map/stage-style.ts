import type { ExpressionSpecification } from 'maplibre-gl';
import type { StageDefinition } from '../domain/types';

const UNKNOWN_STAGE_COLOR = '#ffffff';

/**
 * The feature-state that holds a plot's stage on the as-of date where it differs from the
 * ledger's (`PlotStagesOnDate`), so that moving through time never re-sends the plots.
 */
export const STAGE_ON_DATE_STATE = 'stageOnDate';

/**
 * Fill colour of a plot by its stage, one `match` stop per stage: the stage on the as-of date
 * when the plot has one in feature-state, else its `stage` property.
 */
export function stageFillColor(stages: readonly StageDefinition[]): ExpressionSpecification {
  const stops = stages.flatMap((stage) => [stage.key, stage.color]);
  const stage = ['to-string', ['coalesce', ['feature-state', STAGE_ON_DATE_STATE], ['get', 'stage']]];
  return ['match', stage, ...stops, UNKNOWN_STAGE_COLOR] as unknown as ExpressionSpecification;
}
