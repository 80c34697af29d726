import { CANONICAL_KEYS, FIELD_LABELS, type CanonicalKey } from '../../domain/aliases';
import { joinLedger } from '../../domain/ledger/join-ledger';
import { unknownStageWords, type ColumnTarget, type LedgerMapping } from '../../domain/ledger/ledger-mapping';
import { parseStage } from '../../domain/parse-stage';
import { DEFAULT_STAGES } from '../../domain/stages';
import type { StageKey } from '../../domain/types';
import type { RawTable } from '../../io/import/import-types';
import { pick, useLanguage } from '../i18n';
import { useImportText } from './import-text';

interface Props {
  table: RawTable;
  mapping: LedgerMapping;
  /** Codes of the plots the ledger will be joined to, when known before importing. */
  plotIds: readonly string[] | null;
  onChange(mapping: LedgerMapping): void;
}

function targetValue(target: ColumnTarget): string {
  return target.kind === 'field' ? `field:${target.key}` : target.kind;
}

function targetOf(value: string): ColumnTarget {
  if (value.startsWith('field:')) return { kind: 'field', key: value.slice(6) as CanonicalKey };
  return value === 'skip' ? { kind: 'skip' } : { kind: 'keep' };
}

/** A ledger in the import preview: its key column, where each column goes, its stage words, and how many rows meet a plot. */
export function LedgerCard({ table, mapping, plotIds, onChange }: Props) {
  const text = useImportText();
  const language = useLanguage();
  const words = unknownStageWords(table.rows, mapping, (word) => parseStage(word) !== null);
  const match = plotIds ? joinLedger(plotIds, table.rows, mapping.keyColumn) : null;

  return (
    <section className="import-layer" data-testid="import-ledger" data-name={table.name}>
      <h3>
        {table.name} <span className="import-count">{table.rows.length} {text('rows')}</span>
      </h3>
      <div className="import-fields">
        <label>
          {text('keyColumn')}{' '}
          <select value={mapping.keyColumn} data-testid="ledger-key" onChange={(event) => onChange({ ...mapping, keyColumn: event.target.value })}>
            {table.columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>
        {table.encoding && <span className="import-reason">{text('encoding')} {table.encoding.encoding.toUpperCase()}</span>}
      </div>
      {match && (
        <p className="import-match" data-testid="ledger-match">
          {language === 'zh'
            ? `${match.matches.length} 行对应到地块，${match.rowsWithoutPlot.length} 行没有对应地块，${match.plotsWithoutRow.length} 块地块没有台账行`
            : `${match.matches.length} rows meet a plot, ${match.rowsWithoutPlot.length} rows have no plot, ${match.plotsWithoutRow.length} plots have no row`}
        </p>
      )}
      <table className="ledger-mapping">
        <thead>
          <tr>
            <th>{text('column')}</th>
            <th>{text('field')}</th>
            <th>{text('example')}</th>
          </tr>
        </thead>
        <tbody>
          {table.columns
            .filter((column) => column !== mapping.keyColumn)
            .map((column) => (
              <tr key={column}>
                <td>{column}</td>
                <td>
                  <select
                    value={targetValue(mapping.columns[column] ?? { kind: 'keep' })}
                    aria-label={column}
                    data-testid="ledger-column"
                    onChange={(event) => onChange({ ...mapping, columns: { ...mapping.columns, [column]: targetOf(event.target.value) } })}
                  >
                    <option value="keep">{text('keepColumn')}</option>
                    <option value="skip">{text('skipColumn')}</option>
                    {CANONICAL_KEYS.filter((key) => key !== 'id').map((key) => (
                      <option key={key} value={`field:${key}`}>
                        {pick(FIELD_LABELS[key], language)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{table.rows[0]?.[column] === null || table.rows[0]?.[column] === undefined ? '' : String(table.rows[0][column])}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {words.length > 0 && (
        <div className="stage-words">
          <span className="import-label">{text('stageWords')}</span>
          {words.map((word) => (
            <label key={word}>
              “{word}” →{' '}
              <select
                value={mapping.stageWords[word] ?? ''}
                onChange={(event) => onChange({ ...mapping, stageWords: { ...mapping.stageWords, [word]: event.target.value as StageKey } })}
              >
                <option value="">{text('stageUnknown')}</option>
                {DEFAULT_STAGES.map((stage) => (
                  <option key={stage.key} value={stage.key}>
                    {language === 'zh' ? stage.label : stage.labelEn}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
    </section>
  );
}
