import { useAppStore } from '../state/store';
import { pick, useLanguage, useText } from './i18n';

/** The outcome of the last file the user opened. */
export function Notice() {
  const text = useText();
  const language = useLanguage();
  const notice = useAppStore((state) => state.notice);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{pick(notice.message, language)}</span>
      <button type="button" className="link-button" onClick={dismiss}>
        {text('close')}
      </button>
    </div>
  );
}
