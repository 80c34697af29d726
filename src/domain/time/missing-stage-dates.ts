import { featureFinding, warning, type Finding } from '../findings';
import { DEFAULT_STAGES } from '../stages';
import type { Plot } from '../types';
import { recordedStageDate } from './stage-reach';

export const MISSING_STAGE_DATE = 'missing-stage-date';

/**
 * 缺少阶段日期: plots at a stage after 待启动 with no date for reaching it. They are counted at
 * that stage from the reporting date on (and at the stage before it until then), as the message says.
 */
export function missingStageDates(plots: readonly Plot[], reportingDate: string): Finding[] {
  const findings: Finding[] = [];
  for (const plot of plots) {
    if (plot.stage === 'listed' || recordedStageDate(plot, plot.stage) !== undefined) continue;
    const stage = DEFAULT_STAGES.find((candidate) => candidate.key === plot.stage);
    const issue = warning(
      MISSING_STAGE_DATE,
      `缺少阶段日期：阶段“${stage?.label ?? plot.stage}”没有日期，按报告日期 ${reportingDate} 起计入该阶段，此前按上一阶段计`,
      `missing stage date: stage "${stage?.labelEn ?? plot.stage}" has no date; counted at that stage from the reporting date ${reportingDate} on, at the stage before until then`,
    );
    findings.push(featureFinding({ index: plot.index, id: plot.id, name: plot.name }, issue));
  }
  return findings;
}
