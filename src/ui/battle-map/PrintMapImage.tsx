import { useEffect, useRef, useState } from 'react';
import type { BattleMapSheet } from '../../domain/battle-map-sheet';
import { useBattleMapSheet } from '../../state/battle-map-selectors';
import { usePlaybackStore } from '../../state/playback-store';
import { usePlots } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useLanguage } from '../i18n';
import type { PosterData } from '../export-poster';
import { renderPrintMap, type PrintMap } from './render-print-map';

interface Request {
  sheet: BattleMapSheet;
  data: PosterData;
  north: string;
}

/**
 * The battle map as it prints: drawn in the background for the printed frame's size whenever
 * the battle map changes (the newest request wins; one drawing at a time), shown only on paper.
 * The drawing belongs to the figures it was drawn for: the page never prints an older one.
 * Until it is ready the page prints the screen's map.
 */
export function PrintMapImage() {
  const language = useLanguage();
  const view = useAppStore((state) => state.view);
  const meeting = useAppStore((state) => state.meeting);
  // Not in meeting mode, nor while playback steps through the weeks: drawn again once it stops.
  const playing = usePlaybackStore((state) => state.playing);
  const township = view.kind === 'township' && !meeting && !playing ? view.township : null;
  const sheet = useBattleMapSheet(township);
  const loaded = useAppStore((state) => state.data);
  const plots = usePlots();
  const [printMap, setPrintMap] = useState<(PrintMap & { sheet: BattleMapSheet }) | null>(null);
  const latest = useRef<Request | null>(null);
  const drawing = useRef(false);
  const north = language === 'zh' ? '北' : 'N';

  useEffect(() => {
    if (!sheet || !loaded) {
      latest.current = null;
      return;
    }
    latest.current = { sheet, data: { ...loaded, plots }, north };
    if (drawing.current) return;
    drawing.current = true;
    void (async () => {
      let request: Request | null;
      while ((request = latest.current) !== null) {
        const result = await renderPrintMap(request.sheet, request.data, { north: request.north }).catch(() => null);
        const done = request;
        setPrintMap((previous) => {
          if (previous) URL.revokeObjectURL(previous.url);
          return result && { ...result, sheet: done.sheet };
        });
        if (latest.current === done) break;
      }
      drawing.current = false;
    })();
  }, [sheet, loaded, plots, north]);

  useEffect(() => () => setPrintMap((previous) => {
    if (previous) URL.revokeObjectURL(previous.url);
    return null;
  }), []);

  if (!sheet || !printMap || printMap.sheet !== sheet) return null;
  return (
    <img
      className="print-map"
      src={printMap.url}
      alt={sheet.township}
      data-testid="print-map"
      data-numbers-drawn={printMap.numbers.count}
      data-numbers-unplaced={printMap.numbers.unplaced}
      data-number-pt={printMap.numbers.sizePt.toFixed(2)}
    />
  );
}
