import { useMemo } from 'react';
import { representativePoint } from '../domain/outline';
import type { MapFocus } from '../map/battle-map-view';
import { useBattleMapSheet } from '../state/battle-map-selectors';
import { useAppStore } from '../state/store';

/** What the map focuses on: on a township's battle map, that township and its numbered plots. */
export function useMapFocus(): MapFocus | null {
  const view = useAppStore((state) => state.view);
  const sheet = useBattleMapSheet(view.kind === 'township' ? view.township : null);
  return useMemo(
    () =>
      sheet && {
        township: sheet.township,
        numbers: sheet.rows.map((row) => ({ number: row.number, position: representativePoint(row.plot.geometry) })),
      },
    [sheet],
  );
}
