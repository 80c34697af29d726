import { useAppStore } from '../state/store';
import { FileOpener } from './FileOpener';
import { useLanguage, useText } from './i18n';

export function Header() {
  const text = useText();
  const language = useLanguage();
  const setLanguage = useAppStore((state) => state.setLanguage);
  const campaign = useAppStore((state) => state.data?.campaign);
  const title = campaign ? (language === 'zh' ? campaign.name : campaign.nameEn || campaign.name) : text('appName');

  return (
    <header className="app-header">
      <div className="title-block">
        <h1>
          {title}
          <span className="title-view">{text('overview')}</span>
        </h1>
        {campaign && (
          <p className="as-of">
            {text('asOf')} {campaign.reportingDate}
            {campaign.demo && (
              <span className="demo-badge" title={text('demoNote')}>
                {text('demoBadge')}：{text('demoNote')}
              </span>
            )}
          </p>
        )}
      </div>
      <div className="header-actions">
        <FileOpener />
        <button
          type="button"
          className="header-button"
          lang={language === 'zh' ? 'en' : 'zh'}
          onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        >
          {text('language')}
        </button>
      </div>
    </header>
  );
}
