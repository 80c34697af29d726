import { formatMu } from '../domain/format';
import type { LedgerRow } from '../domain/battle-map-sheet';
import type { StageDefinition } from '../domain/types';
import { useAppStore } from '../state/store';
import { stageLabel, useLanguage, useText, type TextKey } from './i18n';

// One empty list, so the store selector returns the same value while nothing is loaded.
const NO_STAGES: readonly StageDefinition[] = [];

/** Key columns first (序号, 企业名称, 阶段, 面积, 逾期): a narrow screen scrolls sideways for the rest. */
export const LEDGER_COLUMNS: readonly TextKey[] = ['number', 'enterprise', 'stage', 'areaMu', 'overdue', 'deadline', 'village', 'industry', 'officer'];

/** The battle map's ledger: one row per numbered plot, overdue plots marked in words and colour. */
export function LedgerTable({
  rows,
  className,
  testId,
  columnEms,
}: {
  rows: readonly LedgerRow[];
  className?: string;
  testId?: string;
  /** Fixed column widths in em, for print; the screen lets the table size itself. */
  columnEms?: readonly number[];
}) {
  const text = useText();
  const language = useLanguage();
  const stages = useAppStore((state) => state.data?.campaign.stages ?? NO_STAGES);
  const selectPlot = useAppStore((state) => state.selectPlot);
  return (
    <table className={`ledger-table ${className ?? ''}`} data-testid={testId}>
      {columnEms && (
        <colgroup>
          {columnEms.map((em, column) => (
            <col key={column} style={{ width: `${em}em` }} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {LEDGER_COLUMNS.map((key) => (
            <th key={key} scope="col" className={key === 'areaMu' || key === 'number' ? 'number' : undefined}>
              {text(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.plot.index} className={row.overdue ? 'overdue' : undefined} onClick={() => selectPlot(row.plot.index)}>
            <td className="number">{row.number}</td>
            <td className="enterprise" title={row.plot.name}>{row.plot.name}</td>
            <td>
              <StageCell stages={stages} stage={row.plot.stage} language={language} />
            </td>
            <td className="number">{formatMu(row.plot.areaMu)}</td>
            <td className="overdue-cell">{row.overdue ? text('overdue') : ''}</td>
            <td className="deadline">{row.plot.deadline ?? ''}</td>
            <td>{row.plot.village}</td>
            <td>{row.plot.industry}</td>
            <td>{row.plot.officer}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StageCell({ stages, stage, language }: { stages: readonly StageDefinition[]; stage: string; language: 'zh' | 'en' }) {
  const definition = stages.find((candidate) => candidate.key === stage);
  return (
    <>
      <span className="swatch" style={{ background: definition?.color }} aria-hidden="true" />
      {definition ? stageLabel(definition, language) : stage}
    </>
  );
}
