import { describe, expect, it } from 'vitest';
import { METRIC_DEFINITIONS, measureMetrics } from './metrics';
import { deepFreeze, makePlot } from './summary-fixtures';
import { METRIC_KEYS } from './types';

describe('measureMetrics', () => {
  it('measures each metric from the stages it includes', () => {
    const plots = deepFreeze([
      makePlot({ id: 'a', stage: 'negotiating', areaMu: 1 }),
      makePlot({ id: 'b', stage: 'signed', areaMu: 2 }),
      makePlot({ id: 'c', stage: 'demolished', areaMu: 4 }),
      makePlot({ id: 'd', stage: 'reclaimed', areaMu: 8 }),
      makePlot({ id: 'e', stage: 'accepted', areaMu: 16 }),
      makePlot({ id: 'f', stage: 'upgraded', areaMu: 32 }),
    ]);
    expect(measureMetrics(plots)).toEqual({
      signedMu: 30,
      demolishedMu: 28,
      reclaimedMu: 24,
      savedQuotaMu: 16,
      enterprisesHandled: 5,
    });
  });

  it('defines a label for every metric, in metric order', () => {
    expect(METRIC_DEFINITIONS.map((definition) => definition.key)).toEqual([...METRIC_KEYS]);
  });
});
