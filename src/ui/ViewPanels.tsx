import { useState } from 'react';
import { useBattleMapSheet } from '../state/battle-map-selectors';
import { useAppStore } from '../state/store';
import { BattleMapSide } from './BattleMapSide';
import { Legend } from './Legend';
import { RankingPage } from './RankingPage';
import { RankingSlide } from './meeting/RankingSlide';
import { useText } from './i18n';
import { WeeklyReportPage } from './time/WeeklyReportPage';

/** The side panels of the current page: the overview's, a battle map's or the ranking's. */
export function ViewPanels() {
  const text = useText();
  const view = useAppStore((state) => state.view);
  const meeting = useAppStore((state) => state.meeting);
  if (view.kind === 'township') return <BattleMapSide township={view.township} />;
  if (view.kind === 'weekly') return <WeeklyReportPage />;
  if (view.kind === 'ranking' && meeting) return <RankingSlide page={view.page ?? 1} />;
  return (
    <>
      {view.kind === 'overview' && <p className="hint">{text('clickTownshipHint')}</p>}
      <RankingPage />
    </>
  );
}

/** Whether the legend starts unfolded: where the screen leaves the map room for it. */
function roomForLegend(): boolean {
  return window.matchMedia('(min-width: 1500px) and (min-height: 860px)').matches;
}

/**
 * The legend sits on the map, as on a printed one, where the projector shows it beside the
 * plots: the township's figures on a battle map, the county's (filtered) on the overview. It
 * folds to a chip (图例) and starts folded on smaller screens; the map keeps its plots clear of it.
 */
export function MapLegend() {
  const text = useText();
  const view = useAppStore((state) => state.view);
  const sheet = useBattleMapSheet(view.kind === 'township' ? view.township : null);
  const [open, setOpen] = useState(roomForLegend);
  if (view.kind === 'ranking' || view.kind === 'weekly') return null;
  if (view.kind === 'township' && !sheet) return null;
  return (
    <div className={`map-legend${open ? '' : ' map-legend-folded'}`} data-map-overlay data-testid="map-legend">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        data-testid="legend-toggle"
        onClick={() => setOpen(!open)}
      >
        {open ? `${text('hideFindings')} ▾` : `${text('legendChip')} ▸`}
      </button>
      <div hidden={!open}>
        <Legend summary={sheet?.summary} />
      </div>
    </div>
  );
}
