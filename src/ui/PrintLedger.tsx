import type { LedgerRow } from '../domain/battle-map-sheet';
import { ledgerLayout, LEDGER_COLUMN_EMS } from '../io/poster/poster-layout';
import { LedgerTable } from './LedgerTable';

/** The ledger's share of an A3 landscape page in print.css, in millimetres. */
const PRINTED_LEDGER = { x: 0, y: 0, width: 222, height: 170 };
/** print.css lays the page out in the poster's proportions: 1000 units to 297 mm. */
const MILLIMETRES_PER_UNIT = 0.297;

/**
 * The ledger for paper: split into side-by-side tables, the same split as the poster's, so
 * that a whole township fits one A3 page.
 */
export function PrintLedger({ rows }: { rows: readonly LedgerRow[] }) {
  const layout = ledgerLayout(PRINTED_LEDGER, rows.length, MILLIMETRES_PER_UNIT);
  const chunks = Array.from({ length: layout.groups }, (_, group) =>
    rows.slice(group * layout.rowsPerGroup, (group + 1) * layout.rowsPerGroup),
  ).filter((chunk, group) => group === 0 || chunk.length > 0);
  const style = { '--print-groups': chunks.length, '--print-font': `${layout.fontSize.toFixed(2)}mm` } as React.CSSProperties;
  return (
    <div className="print-ledger" style={style}>
      {chunks.map((chunk, group) => (
        <LedgerTable key={group} rows={chunk} className="print-ledger-part" columnEms={LEDGER_COLUMN_EMS} />
      ))}
    </div>
  );
}
