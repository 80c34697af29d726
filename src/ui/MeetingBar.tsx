import { useMeetingPages } from '../state/meeting-layout';
import { stepMeetingPage } from '../state/meeting-pages';
import { sameView } from '../state/view';
import { useAppStore } from '../state/store';
import { useText } from './i18n';
import { leaveMeeting } from './use-meeting-mode';

/** Meeting mode's page counter and buttons: everything keys do can also be clicked, nothing needs hover. */
export function MeetingBar() {
  const text = useText();
  const view = useAppStore((state) => state.view);
  const setView = useAppStore((state) => state.setView);
  const pages = useMeetingPages();
  const position = pages.findIndex((page) => sameView(page, view));
  return (
    <nav className="meeting-bar" aria-label={text('meetingMode')} data-testid="meeting-bar">
      <button type="button" onClick={() => setView(stepMeetingPage(pages, view, -1))}>
        ← {text('previousPage')}
      </button>
      <span className="meeting-page" data-testid="meeting-page">
        {position + 1} / {pages.length}
      </span>
      <button type="button" onClick={() => setView(stepMeetingPage(pages, view, 1))}>
        {text('nextPage')} →
      </button>
      <span className="meeting-hint">{text('meetingHint')}</span>
      <button type="button" onClick={leaveMeeting}>
        {text('leaveMeeting')} (Esc)
      </button>
    </nav>
  );
}
