import { create } from 'zustand';
import { asOfDateOf } from './as-of';
import { useAppStore } from './store';
import { playbackDates } from './time-selectors';

/** Steps per second a person can choose. */
export const PLAYBACK_SPEEDS = [1, 2, 5, 10] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

interface PlaybackState {
  playing: boolean;
  speed: PlaybackSpeed;
  /** The weeks being played and where playback is, or null when it is not under way. */
  dates: string[] | null;
  at: number;
  /** The as-of date playback started from (null: the reporting date), shown again at the end. */
  end: string | null;
}

interface PlaybackActions {
  play(): void;
  pause(): void;
  /** One week on (starting playback, paused, if it is not under way); the last step ends it. */
  step(): void;
  setSpeed(speed: PlaybackSpeed): void;
}

/**
 * 进度回放: the as-of date stepped week by week from the first stage date up to the date chosen
 * when it started, through the app store's setAsOf, so that every view follows each week.
 */
export const usePlaybackStore = create<PlaybackState & PlaybackActions>()((set, get) => {
  const begin = () => {
    const app = useAppStore.getState();
    const dates = playbackDates(app, asOfDateOf(app));
    set({ dates, at: 0, end: app.asOf });
    app.setAsOf(dates[0] ?? null);
  };
  return {
    playing: false,
    speed: 2,
    dates: null,
    at: 0,
    end: null,
    play: () => {
      if (get().dates === null) begin();
      set({ playing: true });
    },
    pause: () => set({ playing: false }),
    step: () => {
      const { dates, at, end } = get();
      if (dates === null) {
        begin();
        return;
      }
      const next = at + 1;
      if (next >= dates.length - 1) {
        set({ playing: false, dates: null, at: 0, end: null });
        useAppStore.getState().setAsOf(end);
        return;
      }
      set({ at: next });
      useAppStore.getState().setAsOf(dates[next]);
    },
    setSpeed: (speed) => set({ speed }),
  };
});
