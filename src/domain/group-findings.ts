import type { Finding, FindingSeverity } from './findings';

/** Findings of one kind: how many, and whether they rejected plots or only warn. */
export interface FindingGroup {
  severity: FindingSeverity;
  code: string;
  count: number;
}

/** Which findings to list: all, or one severity, or one kind. */
export interface FindingFilter {
  severity: FindingSeverity | null;
  code: string | null;
}

export const ALL_FINDINGS: FindingFilter = { severity: null, code: null };

function severityRank(severity: FindingSeverity): number {
  return severity === 'error' ? 0 : 1;
}

/** Findings grouped by kind: rejections first, then the largest groups. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.severity} ${finding.code}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { severity: finding.severity, code: finding.code, count: 1 });
  }
  return [...groups.values()].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || b.count - a.count || a.code.localeCompare(b.code),
  );
}

/**
 * The positions of the findings that pass the filter, rejections first, each severity in file
 * order (file-level findings before the features'), so that a rejected feature near the end of
 * a file of 100,000 warnings is seen first.
 */
export function orderFindings(findings: readonly Finding[], filter: FindingFilter): number[] {
  const errors: number[] = [];
  const warnings: number[] = [];
  for (let position = 0; position < findings.length; position++) {
    const finding = findings[position];
    if (filter.severity !== null && finding.severity !== filter.severity) continue;
    if (filter.code !== null && finding.code !== filter.code) continue;
    (finding.severity === 'error' ? errors : warnings).push(position);
  }
  return errors.concat(warnings);
}
