import { useEffect } from 'react';
import { asOfDateOf } from '../../state/as-of';
import { PLAYBACK_SPEEDS, usePlaybackStore, type PlaybackSpeed } from '../../state/playback-store';
import { useAppStore } from '../../state/store';
import { useText } from '../i18n';
import './time.css';

/**
 * 进度回放: ▶ steps the as-of date week by week from the first stage date up to the chosen date,
 * the map recoloured by feature-state and legend and counters following each week; pause, step
 * by hand (⏭), speed. Ends back on the date it started from.
 */
export function PlaybackControl() {
  const text = useText();
  const shownDate = useAppStore(asOfDateOf);
  const loaded = useAppStore((state) => state.data !== null);
  const { playing, speed, dates, at, play, pause, step, setSpeed } = usePlaybackStore();

  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(step, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, step]);

  if (!loaded) return null;
  return (
    <span className="playback" data-testid="playback" data-playing={playing} data-date={shownDate} aria-label={text('playback')}>
      <button type="button" className="playback-button" data-testid="playback-play" aria-pressed={playing} onClick={playing ? pause : play}>
        {playing ? `⏸ ${text('pause')}` : `▶ ${text('playback')}`}
      </button>
      <button
        type="button"
        className="playback-button"
        data-testid="playback-step"
        onClick={() => {
          pause();
          step();
        }}
      >
        {text('stepWeek')}
      </button>
      <label className="playback-speed">
        {text('speed')}{' '}
        <select data-testid="playback-speed" value={speed} onChange={(event) => setSpeed(Number(event.target.value) as PlaybackSpeed)}>
          {PLAYBACK_SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
      {dates && <span className="playback-position">{`${at + 1}/${dates.length}`}</span>}
    </span>
  );
}
