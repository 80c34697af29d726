import { useMemo, useState } from 'react';
import { ALL_FINDINGS, groupFindings, orderFindings, type FindingFilter } from '../../domain/group-findings';
import { dataFindings } from '../../state/as-of';
import { useAppStore } from '../../state/store';
import { useLanguage, useText } from '../i18n';
import { FindingControls } from './FindingControls';
import { FindingGroups } from './FindingGroups';
import { FindingList, FINDINGS_PAGE } from './FindingList';
import './findings.css';

/**
 * Loaded + rejected = features in the file, and every finding that explains the difference:
 * grouped by kind with counts (rejections first), filtered by kind and severity, each one a
 * click away from its place on the map, all of them exportable as CSV.
 */
export function FindingsPanel() {
  const text = useText();
  const language = useLanguage();
  const data = useAppStore((state) => state.data);
  const open = useAppStore((state) => state.findingsOpen);
  const setOpen = useAppStore((state) => state.setFindingsOpen);
  const findings = useAppStore(dataFindings);
  const [seen, setSeen] = useState(findings);
  const [filter, setFilter] = useState<FindingFilter>(ALL_FINDINGS);
  const [shown, setShown] = useState(FINDINGS_PAGE);
  if (seen !== findings) {
    // A new file: start again from all its findings.
    setSeen(findings);
    setFilter(ALL_FINDINGS);
    setShown(FINDINGS_PAGE);
  }
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const order = useMemo(() => orderFindings(findings, filter), [findings, filter]);
  if (!data) return null;
  const warnings = findings.length - groups.filter((group) => group.severity === 'error').reduce((sum, group) => sum + group.count, 0);
  const choose = (next: FindingFilter) => {
    setFilter(next);
    setShown(FINDINGS_PAGE);
  };

  return (
    <section className="panel findings" data-testid="findings">
      <header className="panel-header">
        <h2>{text('findings')}</h2>
        {findings.length > 0 && (
          <button type="button" className="link-button" data-testid="findings-toggle" onClick={() => setOpen(!open)}>
            {open ? text('hideFindings') : text('showFindings')}
          </button>
        )}
      </header>
      <p data-testid="load-counts">
        {language === 'zh'
          ? `共 ${data.inputCount} 个要素：载入 ${data.plots.length}，拒绝 ${data.rejectedCount}，提示 ${warnings}`
          : `${data.inputCount} features: ${data.plots.length} loaded, ${data.rejectedCount} rejected, ${warnings} warnings`}
      </p>
      {open && (
        <>
          <FindingGroups groups={groups} filter={filter} onChoose={choose} />
          <FindingControls groups={groups} filter={filter} order={order} onChoose={choose} />
          <FindingList findings={findings} order={order} shown={shown} onShowMore={() => setShown(shown + FINDINGS_PAGE)} />
        </>
      )}
    </section>
  );
}
