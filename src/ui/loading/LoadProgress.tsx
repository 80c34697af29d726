import { formatCount } from '../../domain/format';
import { useEffect, useState } from 'react';
import { formatBytes } from '../../io/worker/memory-limits';
import { useLoadingStore, type LoadStage, type LoadTask } from '../../state/loading-store';
import { useText, type TextKey } from '../i18n';
import { timeLeftSeconds } from './time-left';
import './loading.css';

const STAGE_TEXT: Record<LoadStage, TextKey> = {
  read: 'loadStageRead',
  parse: 'loadStageParse',
  convert: 'loadStageConvert',
  validate: 'loadStageValidate',
  draw: 'loadStageDraw',
};

/** Re-renders once a second while a load runs, so the time left counts down between progress messages. */
function useClock(running: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(performance.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}

function share(task: LoadTask): number | null {
  if (task.stage === 'draw') return 1;
  return task.totalBytes ? Math.min(1, task.doneBytes / task.totalBytes) : null;
}

/** The load under way: file, stage, bytes and features done, time left, and 取消. */
export function LoadProgress() {
  const task = useLoadingStore((state) => state.task);
  const text = useText();
  const now = useClock(task !== null);
  if (!task) return null;
  const done = share(task);
  const left = task.stage === 'draw' ? null : timeLeftSeconds(task, Math.max(now, task.startedAt));
  const bytes = task.totalBytes ? `${formatBytes(task.doneBytes)} / ${formatBytes(task.totalBytes)}` : formatBytes(task.doneBytes);
  const timeLeft =
    left === null ? '' : left >= 90 ? `${text('loadTimeLeft')} ${Math.round(left / 60)} ${text('loadMinutes')}` : `${text('loadTimeLeft')} ${Math.max(1, Math.round(left))} ${text('loadSeconds')}`;
  return (
    <div className="load-progress" role="status" data-testid="load-progress" data-stage={task.stage}>
      <div className="load-progress-title">
        {text('loadingFile')} <span className="load-progress-name">{task.name}</span>
      </div>
      <div className="load-progress-line">
        <span className="load-progress-stage" data-testid="load-stage">{text(STAGE_TEXT[task.stage])}</span>
        <progress
          data-testid="load-progress-bar"
          max={1}
          value={done ?? undefined}
          aria-valuetext={done === null ? undefined : `${Math.round(done * 100)}%`}
        />
        <button type="button" className="load-progress-cancel" data-testid="load-cancel" onClick={() => task.cancel()} disabled={task.stage === 'draw'}>
          {text('loadCancel')}
        </button>
      </div>
      <div className="load-progress-figures" data-testid="load-figures">
        <span>{bytes}</span>
        <span>
          {formatCount(task.features)} {text('loadFeatures')}
        </span>
        {timeLeft && <span data-testid="load-time-left">{timeLeft}</span>}
      </div>
    </div>
  );
}
