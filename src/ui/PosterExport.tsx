import { useState } from 'react';
import { PosterSizeError, type PosterSizeKey } from '../io/poster/poster-sizes';
import { useBattleMapSheet } from '../state/battle-map-selectors';
import { usePlots } from '../state/selectors';
import { useAppStore } from '../state/store';
import { useTrend } from '../state/time-selectors';
import { exportPoster, type PosterProgress, type PosterResult } from './export-poster';
import { pick, useLanguage, useText, type TextKey } from './i18n';

type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; progress: PosterProgress }
  | { kind: 'done'; result: PosterResult }
  | { kind: 'failed'; message: { zh: string; en: string } };

const SIZES: readonly [PosterSizeKey, TextKey][] = [
  ['a3', 'posterA3'],
  ['a1', 'posterA1'],
  ['window', 'posterWindow'],
];

let lastDownloadUrls: string[] = [];

/** Downloads each sheet as its own PNG (a poster may be several sheets). */
function download(files: PosterResult['files']): void {
  for (const url of lastDownloadUrls) URL.revokeObjectURL(url);
  lastDownloadUrls = files.map(({ blob, fileName }) => {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    return url;
  });
}

/** The poster export menu and its progress; a refused size is said in words, never exported smaller. */
export function PosterExport({ township }: { township: string }) {
  const text = useText();
  const language = useLanguage();
  const sheet = useBattleMapSheet(township);
  const loaded = useAppStore((state) => state.data);
  const plots = usePlots();
  const trend = useTrend(township);
  const data = loaded && { ...loaded, plots };
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = status.kind === 'running';

  const start = async (size: PosterSizeKey) => {
    if (!sheet || !data || running) return;
    setOpen(false);
    setStatus({ kind: 'running', progress: { step: 'map', fraction: 0 } });
    try {
      const result = await exportPoster({ size, sheet, data, language, text, trend, onProgress: (progress) => setStatus({ kind: 'running', progress }) });
      download(result.files);
      setStatus({ kind: 'done', result });
    } catch (error) {
      const message = error instanceof PosterSizeError
        ? { zh: error.messageZh, en: error.messageEn }
        : { zh: `${text('exportFailed')}：${String(error)}`, en: `${text('exportFailed')}: ${String(error)}` };
      setStatus({ kind: 'failed', message });
    }
  };

  return (
    <div className="poster-export">
      <button type="button" className="header-button" aria-expanded={open} disabled={running} onClick={() => setOpen(!open)}>
        {text('exportPoster')}
      </button>
      {open && (
        <ul className="poster-menu" role="menu">
          {SIZES.map(([size, label]) => (
            <li key={size} role="none">
              <button type="button" role="menuitem" data-size={size} onClick={() => void start(size)}>
                {text(label)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {status.kind !== 'idle' && (
        <div
          className={`poster-status poster-status-${status.kind}`}
          role={status.kind === 'failed' ? 'alert' : 'status'}
          data-testid="poster-status"
          data-state={status.kind}
          data-sheets={status.kind === 'done' ? status.result.files.length : undefined}
          data-numbers-drawn={status.kind === 'done' ? status.result.numbers.count : undefined}
          data-numbers-unplaced={status.kind === 'done' ? status.result.numbers.unplaced : undefined}
          data-number-pt={status.kind === 'done' ? status.result.numbers.sizePt.toFixed(2) : undefined}
          data-ledger-pt={status.kind === 'done' ? status.result.ledgerPt.toFixed(2) : undefined}
        >
          {status.kind === 'running' && (
            <>
              {text('exporting')} {Math.round(status.progress.fraction * 100)}%
              <progress max={1} value={status.progress.fraction} />
            </>
          )}
          {status.kind === 'done' && <DoneMessage result={status.result} />}
          {status.kind === 'failed' && pick(status.message, language)}
          {!running && (
            <button type="button" className="link-button" onClick={() => setStatus({ kind: 'idle' })}>
              {text('close')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function DoneMessage({ result }: { result: PosterResult }) {
  const text = useText();
  const sheets = result.files.length > 1 ? `，${text('posterSheets').replace('{sheets}', String(result.files.length))}` : '';
  return <>{`${text('exportDone')}：${result.files.map((file) => file.fileName).join('、')}（${result.width}×${result.height}${sheets}）`}</>;
}
