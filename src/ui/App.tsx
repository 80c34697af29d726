import { useEffect } from 'react';
import { useSelectedPlot } from '../state/selectors';
import { useAppStore } from '../state/store';
import { FilterPanel } from './FilterPanel';
import { FindingsPanel } from './findings/FindingsPanel';
import { Header } from './Header';
import { LedgerPanel } from './LedgerPanel';
import { MapOverlays, MapStrip } from './MapOverlays';
import { MapPanel } from './MapPanel';
import { MeetingBar } from './MeetingBar';
import { Notice } from './Notice';
import { PanelBoundary } from './PanelBoundary';
import { PlotDetails } from './PlotDetails';
import { loadInitialCampaign } from './load-initial-campaign';
import { AfterLoad } from './loading/AfterLoad';
import { LoadProgress } from './loading/LoadProgress';
import { UrlSync } from './use-url-sync';
import { useMeetingMode } from './use-meeting-mode';
import { MapLegend, ViewPanels } from './ViewPanels';
import { pick, useLanguage, useText } from './i18n';
import { EditAlerts, EditPanel } from './edit/EditPanel';
import { EditSession } from './edit/EditSession';
import { PrintMapImage } from './battle-map/PrintMapImage';

export function App() {
  const text = useText();
  const language = useLanguage();
  const status = useAppStore((state) => state.status);
  const loadError = useAppStore((state) => state.loadError);
  const selectedPlot = useSelectedPlot();
  const view = useAppStore((state) => state.view);
  const meeting = useAppStore((state) => state.meeting);
  useMeetingMode();

  useEffect(() => {
    void loadInitialCampaign(window.location.search);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  return (
    <div className={`app view-${view.kind}${meeting ? ' meeting' : ''}`}>
      <UrlSync />
      <EditSession />
      <Header />
      <main className="workspace">
        <PanelBoundary name="filter">
          <AfterLoad>
            <FilterPanel />
          </AfterLoad>
        </PanelBoundary>
        <div className="map-column">
          <MapStrip />
          <div className="map-area">
            <PanelBoundary name="map">
              <MapPanel />
            </PanelBoundary>
            <PanelBoundary name="map-overlays">
              <MapOverlays />
            </PanelBoundary>
            <PanelBoundary name="legend">
              <MapLegend />
            </PanelBoundary>
            <PanelBoundary name="print-map">
              <PrintMapImage />
            </PanelBoundary>
            <LoadProgress />
            {status === 'loading' && <div className="map-message">{text('loading')}</div>}
            {status === 'failed' && loadError && (
              <div className="map-message map-message-error" role="alert" data-testid="load-error">
                {text('loadFailed')}：{pick(loadError, language)}
              </div>
            )}
          </div>
          <PanelBoundary name="ledger">
            <AfterLoad>
              <LedgerPanel />
            </AfterLoad>
          </PanelBoundary>
        </div>
        <aside className="sidebar">
          <Notice />
          {selectedPlot ? (
            <PanelBoundary key={selectedPlot.index} name="plot-details">
              <PlotDetails plot={selectedPlot} />
            </PanelBoundary>
          ) : null}
          <PanelBoundary name="edit-alerts">
            <EditAlerts />
          </PanelBoundary>
          <PanelBoundary name="view-panels">
            <AfterLoad>
              <ViewPanels />
            </AfterLoad>
          </PanelBoundary>
          <PanelBoundary name="edit">
            <EditPanel />
          </PanelBoundary>
          <PanelBoundary name="findings">
            <AfterLoad>
              <FindingsPanel />
            </AfterLoad>
          </PanelBoundary>
        </aside>
      </main>
      {meeting && <MeetingBar />}
    </div>
  );
}
