import { createPortal } from 'react-dom';
import type { LedgerRow } from '../domain/battle-map-sheet';
import { LEDGER_COLUMN_EMS } from '../io/poster/poster-layout';
import { printLedgerParts, type PrintLedgerPart } from '../io/poster/print-ledger-layout';
import { LedgerTable } from './LedgerTable';
import { useText } from './i18n';

/** The ledger's share of the battle map's A3 landscape page in print.css, in millimetres. */
const BESIDE_MAP = { width: 222, height: 112 };
/** A whole A3 landscape page inside print.css's margins, less a line for the heading. */
const WHOLE_PAGE = { width: 404, height: 262 };

/**
 * The ledger for paper: every row, in side-by-side columns at 7 pt or more. What does not fit
 * beside the map continues on the next pages, and the page says so.
 */
export function PrintLedger({ rows }: { rows: readonly LedgerRow[] }) {
  const text = useText();
  const [first, ...rest] = printLedgerParts(rows.length, BESIDE_MAP, WHOLE_PAGE);
  const note = rest.length > 0
    ? text('printContinued').replace('{rows}', String(rows.length)).replace('{shown}', String(first.last)).replace('{next}', String(first.last + 1))
    : null;
  return (
    <>
      {note && <p className="print-ledger-note">{note}</p>}
      <PrintLedgerPartTables rows={rows} part={first} />
      {rest.length > 0 && createPortal(
        <div className="print-ledger-continued">
          {rest.map((part) => (
            <section key={part.first} className="print-ledger-page">
              <h2>{text('ledger')} {part.first + 1}–{part.last} / {rows.length}</h2>
              <PrintLedgerPartTables rows={rows} part={part} />
            </section>
          ))}
        </div>,
        document.body,
      )}
    </>
  );
}

function PrintLedgerPartTables({ rows, part }: { rows: readonly LedgerRow[]; part: PrintLedgerPart }) {
  const chunks = Array.from({ length: part.groups }, (_, group) =>
    rows.slice(part.first + group * part.rowsPerGroup, Math.min(part.last, part.first + (group + 1) * part.rowsPerGroup)),
  ).filter((chunk, group) => group === 0 || chunk.length > 0);
  const style = { '--print-groups': part.groups, '--print-font': `${part.fontMm.toFixed(2)}mm` } as React.CSSProperties;
  return (
    <div className="print-ledger" style={style}>
      {chunks.map((chunk, group) => (
        <LedgerTable key={group} rows={chunk} className="print-ledger-part" columnEms={LEDGER_COLUMN_EMS} />
      ))}
    </div>
  );
}
