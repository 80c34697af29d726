import { downloadText } from '../../io/download';
import { ledgerReportCsv, type LedgerReport } from '../../io/import/ledger-report';
import { useLanguage } from '../i18n';
import { useImportText } from './import-text';

/** After a ledger is joined: what met a plot, which rows and plots were left over, and the list as a file. */
export function LedgerReportDialog({ reports, onClose }: { reports: readonly LedgerReport[]; onClose(): void }) {
  const text = useImportText();
  const language = useLanguage();
  return (
    <div className="import-backdrop">
      <div className="import-dialog" role="dialog" aria-modal="true" aria-labelledby="ledger-report-title" data-testid="ledger-report">
        <h2 id="ledger-report-title">{text('reportTitle')}</h2>
        {reports.map((report) => (
          <section key={report.ledgerName} className="import-layer">
            <h3>{report.ledgerName}</h3>
            <p data-testid="ledger-report-summary">
              {language === 'zh'
                ? `${report.matched} 行已对应；${report.rowsWithoutPlot.length} 行没有对应地块；${report.plotsWithoutRow.length} 块地块没有台账行`
                : `${report.matched} rows matched; ${report.rowsWithoutPlot.length} rows with no plot; ${report.plotsWithoutRow.length} plots with no row`}
            </p>
            {report.rowsWithoutPlot.length > 0 && (
              <>
                <h4>{text('rowsWithoutPlot')}</h4>
                <ul data-testid="rows-without-plot">
                  {report.rowsWithoutPlot.map((row) => (
                    <li key={row.row}>
                      {language === 'zh' ? `第 ${row.row} 行` : `${text('row')} ${row.row}`}：{row.key} {row.name}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {report.plotsWithoutRow.length > 0 && (
              <>
                <h4>{text('plotsWithoutRow')}</h4>
                <ul data-testid="plots-without-row">
                  {report.plotsWithoutRow.map((plot) => (
                    <li key={plot.id}>
                      {plot.id} {plot.name}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <button type="button" className="tool-button" data-testid="export-ledger-report" onClick={() => downloadText(`${report.ledgerName.replace(/\.[^.]*$/, '')}-对应报告.csv`, ledgerReportCsv(report), 'text/csv;charset=utf-8')}>
              {text('exportReport')}
            </button>
          </section>
        ))}
        <div className="import-actions">
          <button type="button" className="import-submit" onClick={onClose} data-testid="ledger-report-close">
            {text('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
