import { create } from 'zustand';
import { useTownships } from './battle-map-selectors';
import { meetingPages, rankingSlideCount } from './meeting-pages';
import type { AppView } from './view';

interface MeetingLayout {
  /** How many ranking rows fit one slide on this screen, as the ranking slide measured it. */
  rankingRowsPerSlide: number;
  setRankingRowsPerSlide(rows: number): void;
}

export const useMeetingLayout = create<MeetingLayout>()((set) => ({
  rankingRowsPerSlide: 12,
  setRankingRowsPerSlide: (rows) => set((state) => (state.rankingRowsPerSlide === rows ? state : { rankingRowsPerSlide: rows })),
}));

/** The meeting's pages on this screen: every township's battle map, then the ranking's slides. */
export function useMeetingPages(): AppView[] {
  const townships = useTownships();
  const rowsPerSlide = useMeetingLayout((state) => state.rankingRowsPerSlide);
  return meetingPages(townships, rankingSlideCount(townships.length, rowsPerSlide));
}
