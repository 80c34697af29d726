import { useBattleMapSheet } from '../state/battle-map-selectors';
import { useAppStore } from '../state/store';
import { BattleMapSide } from './BattleMapSide';
import { Legend } from './Legend';
import { RankingPage } from './RankingPage';
import { useText } from './i18n';
import { WeeklyReportPage } from './time/WeeklyReportPage';

/** The side panels of the current page: the overview's, a battle map's or the ranking's. */
export function ViewPanels() {
  const text = useText();
  const view = useAppStore((state) => state.view);
  if (view.kind === 'township') return <BattleMapSide township={view.township} />;
  if (view.kind === 'weekly') return <WeeklyReportPage />;
  return (
    <>
      {view.kind === 'overview' && <p className="hint">{text('clickTownshipHint')}</p>}
      <RankingPage />
    </>
  );
}

/**
 * The legend sits on the map, as on a printed one, where the projector shows it beside the
 * plots: the township's figures on a battle map, the county's (filtered) on the overview.
 */
export function MapLegend() {
  const view = useAppStore((state) => state.view);
  const sheet = useBattleMapSheet(view.kind === 'township' ? view.township : null);
  if (view.kind === 'ranking' || view.kind === 'weekly') return null;
  if (view.kind === 'township' && !sheet) return null;
  return (
    <div className="map-legend">
      <Legend summary={sheet?.summary} />
    </div>
  );
}
