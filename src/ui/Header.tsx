import { useState } from 'react';
import { campaignOnAsOfDate } from '../state/as-of';
import { useAppStore } from '../state/store';
import { AsOfControl } from './time/AsOfControl';
import { PlaybackControl } from './time/PlaybackControl';
import { battleMapTitle } from '../domain/battle-map-sheet';
import { ImportEntry } from './import/ImportEntry';
import { NewCampaignButton } from './new-campaign/NewCampaignButton';
import { SaveCampaignButton } from './save/SaveCampaignButton';
import { ViewActions } from './ViewActions';
import { useLanguage, useText } from './i18n';

export function Header() {
  const text = useText();
  const language = useLanguage();
  const setLanguage = useAppStore((state) => state.setLanguage);
  const campaign = useAppStore(campaignOnAsOfDate);
  const view = useAppStore((state) => state.view);
  const loading = useAppStore((state) => state.status === 'loading');
  const campaignName = campaign ? (language === 'zh' ? campaign.name : campaign.nameEn || campaign.name) : text('appName');
  const title = campaign && view.kind === 'township' ? battleMapTitle(view.township, campaign, language) : campaignName;
  const viewName = view.kind === 'overview' ? text('overview') : view.kind === 'ranking' ? text('ranking') : view.kind === 'weekly' ? text('weeklyReport') : null;
  // On a narrow screen the actions fold behind 更多; wide screens show them in a row.
  const [actionsOpen, setActionsOpen] = useState(false);

  return (
    <header className="app-header">
      <div className="title-block">
        <h1 data-testid="view-title">
          {title}
          {viewName && <span className="title-view">{viewName}</span>}
        </h1>
        {campaign && (
          <p className="as-of">
            <AsOfControl />
            <PlaybackControl />
            {campaign.demo && (
              <span className="demo-badge" title={text('demoNote')}>
                {text('demoBadge')}：{text('demoNote')}
              </span>
            )}
          </p>
        )}
        {!campaign && loading && <AsOfRowWhileLoading />}
      </div>
      <div className={`header-actions${actionsOpen ? ' header-actions-open' : ''}`}>
        <button
          type="button"
          className="header-button header-more"
          aria-expanded={actionsOpen}
          data-testid="header-more"
          onClick={() => setActionsOpen(!actionsOpen)}
        >
          {text('moreActions')} {actionsOpen ? '▴' : '▾'}
        </button>
        <div className="header-actions-list" data-testid="header-actions">
          <ViewActions />
          <NewCampaignButton />
          <ImportEntry />
          <SaveCampaignButton />
          <button
            type="button"
            className="header-button"
            lang={language === 'zh' ? 'en' : 'zh'}
            onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
          >
            {text('language')}
          </button>
        </div>
      </div>
    </header>
  );
}

/**
 * An empty row as tall as the as-of date and playback row (its date field sets its height), while the first campaign loads:
 * the header is as tall as it will be, so the map below does not shrink (and draw its canvas
 * anew) when the campaign arrives.
 */
function AsOfRowWhileLoading() {
  return (
    <p className="as-of as-of-while-loading" aria-hidden="true">
      <span className="as-of-control">
        <input type="date" disabled tabIndex={-1} />
      </span>
    </p>
  );
}
