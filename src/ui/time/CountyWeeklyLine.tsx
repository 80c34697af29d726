import { formatCompletion, formatPercent } from '../../domain/format';
import { formatGain } from '../../domain/time/format-rank-change';
import { useAppStore } from '../../state/store';
import { useWeeklyReport } from '../../state/time-selectors';
import { useLanguage, useText } from '../i18n';
import { GAIN_METRICS, GAIN_LABELS, PaceMark } from './weekly-columns';

/** The county line of the weekly report: this week's gains and where the county stands against 时序进度. */
export function CountyWeeklyLine() {
  const text = useText();
  const language = useLanguage();
  const report = useWeeklyReport();
  const setView = useAppStore((state) => state.setView);
  if (!report) return null;
  const { county } = report;
  const gains = GAIN_METRICS.map((key) => `${text(GAIN_LABELS[key])} ${formatGain(county.increments[key])} ${text('mu')}`).join(language === 'zh' ? '，' : ', ');
  return (
    <p className="county-weekly" data-testid="county-weekly">
      <strong>{text('county')}</strong> {text('weeklyGain')}（{report.weekBefore} → {report.asOf}）：{gains}
      <br />
      {text('overall')} {formatCompletion(county.score, language)} · {text('timeProportional')} {formatPercent(report.elapsed)}
      <PaceMark row={county} full />{' '}
      <button type="button" className="link-button" data-testid="open-weekly" onClick={() => setView({ kind: 'weekly' })}>
        {text('weeklyReport')} →
      </button>
    </p>
  );
}
