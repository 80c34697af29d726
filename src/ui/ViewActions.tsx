import { useTownships } from '../state/battle-map-selectors';
import { OVERVIEW } from '../state/view';
import { useAppStore } from '../state/store';
import { PosterExport } from './PosterExport';
import { useText } from './i18n';
import { enterMeeting } from './use-meeting-mode';

/** Back to the overview, meeting mode, and on a battle map: print and poster export. */
export function ViewActions() {
  const text = useText();
  const view = useAppStore((state) => state.view);
  const setView = useAppStore((state) => state.setView);
  const townships = useTownships();
  return (
    <>
      {view.kind !== 'overview' && (
        <button type="button" className="header-button" onClick={() => setView(OVERVIEW)}>
          {text('backToOverview')}
        </button>
      )}
      <button type="button" className="header-button" data-testid="meeting-button" onClick={() => enterMeeting(townships)}>
        {text('meetingMode')} (F)
      </button>
      {view.kind === 'township' && (
        <>
          <button type="button" className="header-button" onClick={() => window.print()}>
            {text('print')}
          </button>
          <PosterExport township={view.township} />
        </>
      )}
    </>
  );
}
