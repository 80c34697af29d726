import { warning, type Issue } from './findings';
import { DEFAULT_STAGES, stageOrder } from './stages';
import { STAGE_DATE_KEYS, type StageDateKey, type StageKey } from './types';

const DATE_LABELS: Readonly<Record<StageDateKey, { zh: string; en: string; order: number }>> = {
  visitedOn: { zh: '走访时间', en: 'visited on', order: 1 },
  assessedOn: { zh: '评估时间', en: 'assessed on', order: 1 },
  signedOn: { zh: '签约时间', en: 'signed on', order: 2 },
  demolishedOn: { zh: '拆除时间', en: 'demolished on', order: 3 },
  reclaimedOn: { zh: '复垦时间', en: 'reclaimed on', order: 4 },
  acceptedOn: { zh: '验收时间', en: 'accepted on', order: 5 },
};

/** Milestones whose date a plot at a stage from `signed` on is expected to have. */
const REQUIRED_DATE_KEYS: readonly StageDateKey[] = ['signedOn', 'demolishedOn', 'reclaimedOn', 'acceptedOn'];

function stageLabel(stage: StageKey): { zh: string; en: string } {
  const definition = DEFAULT_STAGES.find((candidate) => candidate.key === stage);
  return { zh: definition?.label ?? stage, en: definition?.labelEn ?? stage };
}

/**
 * Warnings where a plot's stage and its stage dates disagree: dates out of order, a date for a
 * milestone the stage has not reached, or (when the ledger records dates at all) a reached
 * milestone from `signed` on without its date. Plots upgraded in place are only checked for order.
 */
export function stageDateIssues(stage: StageKey, dates: Partial<Record<StageDateKey, string>>): Issue[] {
  const issues: Issue[] = [];
  let previous: StageDateKey | null = null;
  for (const key of STAGE_DATE_KEYS) {
    const date = dates[key];
    if (date === undefined) continue;
    const previousDate = previous === null ? undefined : dates[previous];
    if (previous !== null && previousDate !== undefined && date < previousDate) {
      const earlier = DATE_LABELS[previous];
      const later = DATE_LABELS[key];
      issues.push(
        warning(
          'stage-dates-out-of-order',
          `${later.zh} ${date} 早于${earlier.zh} ${previousDate}`,
          `${later.en} ${date} is before ${earlier.en} ${previousDate}`,
        ),
      );
      break;
    }
    previous = key;
  }
  const order = stageOrder(stage);
  if (order === null || previous === null) return issues;
  const ahead: StageDateKey[] = [];
  const missing: StageDateKey[] = [];
  for (const key of STAGE_DATE_KEYS) {
    const reached = DATE_LABELS[key].order <= order;
    if (dates[key] !== undefined && !reached) ahead.push(key);
    else if (dates[key] === undefined && reached && REQUIRED_DATE_KEYS.includes(key)) missing.push(key);
  }
  if (ahead.length === 0 && missing.length === 0) return issues;
  const label = stageLabel(stage);
  if (ahead.length > 0) {
    issues.push(
      warning(
        'stage-date-ahead',
        `阶段为“${label.zh}”，但已填写${ahead.map((key) => `${DATE_LABELS[key].zh} ${dates[key]}`).join('、')}`,
        `its stage is "${label.en}" but it has ${ahead.map((key) => `${DATE_LABELS[key].en} ${dates[key]}`).join(', ')}`,
      ),
    );
  }
  if (missing.length > 0) {
    issues.push(
      warning(
        'stage-date-missing',
        `阶段为“${label.zh}”，但缺少${missing.map((key) => DATE_LABELS[key].zh).join('、')}`,
        `its stage is "${label.en}" but it has no ${missing.map((key) => DATE_LABELS[key].en).join(', ')}`,
      ),
    );
  }
  return issues;
}
