import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../domain/stages';
import { FIXTURE_REPORTING_DATE, FIXTURE_TARGETS, makePlot } from '../domain/summary-fixtures';
import { plotTimelineSteps, TIMELINE_SLICE } from '../domain/time/plot-timeline';
import { STAGE_KEYS, type Campaign } from '../domain/types';
import { warmPanelIndexes } from './warm-indexes';

const campaign: Campaign = {
  name: '退散进集攻坚行动',
  nameEn: 'Consolidation campaign',
  reportingDate: FIXTURE_REPORTING_DATE,
  stages: DEFAULT_STAGES.slice(),
  targets: FIXTURE_TARGETS,
  demo: true,
};

describe('warmPanelIndexes', () => {
  it('builds the stage timeline of more plots than one slice, a slice per task, and keeps it', async () => {
    const plots = Array.from({ length: TIMELINE_SLICE * 2 + 1 }, (_, index) =>
      makePlot({ id: `P${index}`, index, stage: STAGE_KEYS[index % STAGE_KEYS.length], township: '史桥镇' }),
    );
    await warmPanelIndexes(plots, campaign);
    // Kept with the plots: asked for again, it is there without a step.
    expect(plotTimelineSteps(plots, campaign.reportingDate).next().done).toBe(true);
  });
});
