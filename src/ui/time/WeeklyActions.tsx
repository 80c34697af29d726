import { downloadText } from '../../io/download';
import { weeklyCsv } from '../../io/time/weekly-csv';
import { useAppStore } from '../../state/store';
import { useWeeklyReport } from '../../state/time-selectors';
import { useLanguage, useText } from '../i18n';

/** The weekly report's exports: CSV for Excel, and the page printed on A3 landscape (ranking with changes and the county trend). */
export function WeeklyActions() {
  const text = useText();
  const language = useLanguage();
  const report = useWeeklyReport();
  const campaignName = useAppStore((state) => state.data?.campaign.name ?? 'battle-map');
  if (!report) return null;
  const exportCsv = () => {
    const name = `${campaignName.replace(/[\\/:*?"<>|]+/g, '_')}-${language === 'zh' ? '本周通报' : 'weekly-report'}-${report.asOf}.csv`;
    downloadText(name, weeklyCsv(report, language), 'text/csv;charset=utf-8');
  };
  return (
    <span className="weekly-actions">
      <button type="button" className="link-button" data-testid="export-weekly-csv" onClick={exportCsv}>
        {text('exportWeeklyCsv')}
      </button>
      <button type="button" className="link-button" data-testid="print-weekly" onClick={() => window.print()}>
        {text('printWeekly')}
      </button>
    </span>
  );
}
