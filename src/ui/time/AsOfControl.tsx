import { useAppStore } from '../../state/store';
import { useText } from '../i18n';
import './time.css';

/**
 * 截至日期: a native date input (keyboard and tablet friendly). Every view counts the plots as
 * they stood on the chosen date; the reporting date (the latest the ledger knows) is the default.
 */
export function AsOfControl() {
  const text = useText();
  const reportingDate = useAppStore((state) => state.data?.campaign.reportingDate ?? null);
  const asOf = useAppStore((state) => state.asOf);
  const setAsOf = useAppStore((state) => state.setAsOf);
  if (reportingDate === null) return null;
  const shown = asOf ?? reportingDate;
  return (
    <span className="as-of-control">
      <span className="as-of-text" data-testid="as-of-text">
        {text('asOf')} {shown}
      </span>
      <label className="as-of-input">
        <span className="visually-hidden">{text('asOfDate')}</span>
        <input
          type="date"
          data-testid="as-of-date"
          value={shown}
          max={reportingDate}
          onChange={(event) => {
            const value = event.target.value;
            setAsOf(value === '' || value >= reportingDate ? null : value);
          }}
        />
      </label>
      {asOf !== null && (
        <button type="button" className="link-button" onClick={() => setAsOf(null)}>
          {text('backToReportingDate')}
        </button>
      )}
    </span>
  );
}
