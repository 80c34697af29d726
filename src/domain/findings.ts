import type { LonLatBounds } from './loose-bounds';

export type FindingSeverity = 'error' | 'warning';

/**
 * One problem met while loading a parcels file. An error means the feature was rejected (not
 * loaded); a warning means it was loaded, as the message says. `featureIndex` is the 0-based
 * position in the file, null for a problem with the file as a whole.
 */
export interface Finding {
  featureIndex: number | null;
  /** Where a rejected feature lies, when its coordinates say, so that it can be shown on the map. */
  bounds?: LonLatBounds;
  featureId: string | null;
  severity: FindingSeverity;
  code: string;
  messageZh: string;
  messageEn: string;
}

/** What a message needs to name a feature. */
export interface FeatureLabel {
  index: number;
  bounds?: LonLatBounds | null;
  id: string | null;
  name: string;
}

export interface Problem {
  zh: string;
  en: string;
}

/** A problem with what it means for the plot: an error rejects it, a warning keeps it. */
export interface Issue extends Problem {
  severity: FindingSeverity;
  code: string;
}

export function error(code: string, zh: string, en: string): Issue {
  return { severity: 'error', code, zh, en };
}

export function warning(code: string, zh: string, en: string): Issue {
  return { severity: 'warning', code, zh, en };
}

/** Longer names are cut in messages; the details panel shows them whole. */
const NAME_IN_MESSAGE = 60;

/**
 * A finding about one feature. The message names it, states the problem and what became of
 * the plot: "地块“宏发织造”的状态“已完成”无法识别，按“待启动”载入。"
 */
export function featureFinding(feature: FeatureLabel, issue: Issue): Finding {
  const { severity, code } = issue;
  const ordinal = `第 ${feature.index + 1} 个要素`;
  const name = feature.name.length > NAME_IN_MESSAGE ? `${feature.name.slice(0, NAME_IN_MESSAGE - 1)}…` : feature.name;
  const subjectZh = name !== '' ? `${ordinal}（${name}）` : ordinal;
  const subjectEn = name !== '' ? `Feature ${feature.index + 1} (${name})` : `Feature ${feature.index + 1}`;
  const outcomeZh = severity === 'error' ? '该地块未载入' : '地块已载入';
  const outcomeEn = severity === 'error' ? 'the plot was rejected' : 'the plot was loaded';
  return {
    featureIndex: feature.index,
    ...(feature.bounds ? { bounds: feature.bounds } : {}),
    featureId: feature.id,
    severity,
    code,
    messageZh: `${subjectZh}：${issue.zh}；${outcomeZh}。`,
    messageEn: `${subjectEn}: ${issue.en}; ${outcomeEn}.`,
  };
}

/** A finding about the file as a whole. */
export function fileFinding(issue: Issue): Finding {
  const { severity, code } = issue;
  return { featureIndex: null, featureId: null, severity, code, messageZh: `${issue.zh}。`, messageEn: `${issue.en}.` };
}
