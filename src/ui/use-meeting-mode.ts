import { useEffect } from 'react';
import { useTownships } from '../state/battle-map-selectors';
import { useMeetingPages } from '../state/meeting-layout';
import { meetingKeyAction, meetingPages, stepMeetingPage } from '../state/meeting-pages';
import { useAppStore } from '../state/store';

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Enters meeting mode in full screen; the page may refuse full screen, meeting mode still works. */
export function enterMeeting(townships: readonly string[]): void {
  const { view, setView, setMeeting } = useAppStore.getState();
  if (view.kind === 'overview') {
    const first = meetingPages(townships).at(0);
    if (first) setView(first);
  }
  setMeeting(true);
  if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leaveMeeting(): void {
  useAppStore.getState().setMeeting(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/**
 * F enters meeting mode; in it → / PageDown / space step forward through every township's battle
 * map and then the ranking, ← / PageUp step back, Esc (or leaving full screen) ends it.
 */
export function useMeetingMode(): void {
  const townships = useTownships();
  const pages = useMeetingPages();
  const meeting = useAppStore((state) => state.meeting);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      if (!meeting) {
        if (event.key === 'f' || event.key === 'F') {
          event.preventDefault();
          enterMeeting(townships);
        }
        return;
      }
      const action = meetingKeyAction(event.key);
      if (action === null) return;
      event.preventDefault();
      if (action === 'leave') return leaveMeeting();
      const { view, setView } = useAppStore.getState();
      setView(stepMeetingPage(pages, view, action === 'next' ? 1 : -1));
    };
    const onFullscreenChange = () => {
      if (!document.fullscreenElement && useAppStore.getState().meeting) useAppStore.getState().setMeeting(false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [townships, pages, meeting]);
}
