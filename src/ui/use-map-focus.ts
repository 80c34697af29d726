import { useMemo } from 'react';
import { representativePoint } from '../domain/outline';
import { plotsBounds } from '../domain/plot-labels/plots-bounds';
import type { MapFocus } from '../map/battle-map-view';
import { useBattleMapSheet } from '../state/battle-map-selectors';
import { useAppStore } from '../state/store';

/** Plot numbers' text size: 13 px on a desk screen, 16 px on the projector (meeting mode). */
export const NUMBER_SIZE = { screen: 13, meeting: 16 } as const;

/**
 * What the map focuses on: on a township's battle map, that township, its numbered plots and
 * their bounds, which the map frames.
 */
export function useMapFocus(): MapFocus | null {
  const view = useAppStore((state) => state.view);
  const meeting = useAppStore((state) => state.meeting);
  const sheet = useBattleMapSheet(view.kind === 'township' ? view.township : null);
  return useMemo(
    () =>
      sheet && {
        township: sheet.township,
        numbers: sheet.rows.map((row) => ({ number: row.number, position: representativePoint(row.plot.geometry) })),
        plotBounds: plotsBounds(sheet.rows.map((row) => row.plot)),
        numberSize: meeting ? NUMBER_SIZE.meeting : NUMBER_SIZE.screen,
      },
    [sheet, meeting],
  );
}
