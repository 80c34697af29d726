import type { FindingSeverity } from '../../domain/findings';
import { findingKind } from '../../domain/finding-kinds';
import type { FindingFilter, FindingGroup } from '../../domain/group-findings';
import { downloadText } from '../../io/download';
import { findingsCsv } from '../../io/export-findings-csv';
import { useAppStore } from '../../state/store';
import { pick, useLanguage, useText } from '../i18n';

function exportFindings(order: readonly number[], language: 'zh' | 'en'): void {
  const data = useAppStore.getState().data;
  if (!data) return;
  const name = (data.campaign.name || 'battle-map').replace(/[\\/:*?"<>|]+/g, '_');
  const text = findingsCsv(data.findings, order, language);
  downloadText(`${name}-${language === 'zh' ? '数据检查' : 'data-checks'}.csv`, text, 'text/csv;charset=utf-8');
}

/** Which findings to list (severity, kind), how many are listed, and the CSV export of them. */
export function FindingControls({
  groups,
  filter,
  order,
  onChoose,
}: {
  groups: readonly FindingGroup[];
  filter: FindingFilter;
  order: readonly number[];
  onChoose: (filter: FindingFilter) => void;
}) {
  const text = useText();
  const language = useLanguage();
  const codes = [...new Set(groups.map((group) => group.code))];
  return (
    <div className="finding-controls">
      <select
        aria-label={text('findingSeverity')}
        data-testid="finding-severity"
        value={filter.severity ?? ''}
        onChange={(event) => onChoose({ ...filter, severity: (event.target.value || null) as FindingSeverity | null })}
      >
        <option value="">{text('findingAllSeverities')}</option>
        <option value="error">{text('findingRejectedOnly')}</option>
        <option value="warning">{text('findingWarningsOnly')}</option>
      </select>
      <select
        aria-label={text('findingKinds')}
        data-testid="finding-kind"
        value={filter.code ?? ''}
        onChange={(event) => onChoose({ ...filter, code: event.target.value || null })}
      >
        <option value="">{text('findingAllKinds')}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {pick(findingKind(code), language)}
          </option>
        ))}
      </select>
      <button type="button" className="link-button" data-testid="findings-export" onClick={() => exportFindings(order, language)}>
        {text('findingsExportCsv')}
      </button>
    </div>
  );
}
