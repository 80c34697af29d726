import { useEffect } from 'react';
import { useSelectedPlot } from '../state/selectors';
import { useAppStore } from '../state/store';
import { FindingsPanel } from './FindingsPanel';
import { Header } from './Header';
import { Legend } from './Legend';
import { MapPanel } from './MapPanel';
import { Notice } from './Notice';
import { PlotDetails } from './PlotDetails';
import { loadInitialCampaign } from './load-initial-campaign';
import { useUrlSync } from './use-url-sync';
import { pick, useLanguage, useText } from './i18n';

export function App() {
  const text = useText();
  const language = useLanguage();
  const status = useAppStore((state) => state.status);
  const loadError = useAppStore((state) => state.loadError);
  const selectedPlot = useSelectedPlot();
  useUrlSync();

  useEffect(() => {
    void loadInitialCampaign(window.location.search);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  return (
    <div className="app">
      <Header />
      <main className="workspace">
        <div className="map-area">
          <MapPanel />
          {status === 'loading' && <div className="map-message">{text('loading')}</div>}
          {status === 'failed' && loadError && (
            <div className="map-message map-message-error" role="alert" data-testid="load-error">
              {text('loadFailed')}：{pick(loadError, language)}
            </div>
          )}
        </div>
        <aside className="sidebar">
          <Notice />
          {selectedPlot ? <PlotDetails plot={selectedPlot} /> : null}
          <Legend />
          <FindingsPanel />
        </aside>
      </main>
    </div>
  );
}
