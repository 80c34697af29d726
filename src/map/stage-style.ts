import type { ExpressionSpecification } from 'maplibre-gl';
import type { StageDefinition } from '../domain/types';

const UNKNOWN_STAGE_COLOR = '#ffffff';

/** Fill colour of a plot by its `stage` property, one `match` stop per stage. */
export function stageFillColor(stages: readonly StageDefinition[]): ExpressionSpecification {
  const stops = stages.flatMap((stage) => [stage.key, stage.color]);
  return ['match', ['get', 'stage'], ...stops, UNKNOWN_STAGE_COLOR] as unknown as ExpressionSpecification;
}
