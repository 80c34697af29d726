import { dataFindings } from '../state/as-of';
import { useAppStore } from '../state/store';
import { useLanguage, useText } from './i18n';

/** Enough to read through; a county file can have thousands of findings. */
const SHOWN_FINDINGS = 300;

/** Loaded + rejected = features in the file, and every finding that explains the difference. */
export function FindingsPanel() {
  const text = useText();
  const language = useLanguage();
  const data = useAppStore((state) => state.data);
  const open = useAppStore((state) => state.findingsOpen);
  const setOpen = useAppStore((state) => state.setFindingsOpen);
  const findings = useAppStore(dataFindings);
  if (!data) return null;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;

  return (
    <section className="panel findings" data-testid="findings">
      <header className="panel-header">
        <h2>{text('findings')}</h2>
        {findings.length > 0 && (
          <button type="button" className="link-button" onClick={() => setOpen(!open)}>
            {open ? text('hideFindings') : text('showFindings')}
          </button>
        )}
      </header>
      <p data-testid="load-counts">
        {language === 'zh'
          ? `共 ${data.inputCount} 个要素：载入 ${data.plots.length}，拒绝 ${data.rejectedCount}，提示 ${warnings}`
          : `${data.inputCount} features: ${data.plots.length} loaded, ${data.rejectedCount} rejected, ${warnings} warnings`}
      </p>
      {open && (
        <ul className="finding-list">
          {findings.slice(0, SHOWN_FINDINGS).map((finding, position) => (
            <li key={position} className={`finding finding-${finding.severity}`}>
              <strong>{finding.severity === 'error' ? text('dropped') : text('kept')}</strong>{' '}
              {finding.featureIndex !== null && `${text('feature')} #${finding.featureIndex + 1}`}
              {finding.featureId && ` (${finding.featureId})`}：{language === 'zh' ? finding.messageZh : finding.messageEn}
            </li>
          ))}
          {findings.length > SHOWN_FINDINGS && (
            <li className="finding-more">
              {language === 'zh'
                ? `另有 ${findings.length - SHOWN_FINDINGS} 条未列出`
                : `${findings.length - SHOWN_FINDINGS} more not listed`}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
