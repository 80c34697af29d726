import { useLayoutEffect, useRef } from 'react';
import { useMeetingLayout } from '../../state/meeting-layout';
import { rankingSlideCount, rankingSlideRows } from '../../state/meeting-pages';
import { useRanking } from '../../state/battle-map-selectors';
import { RankingPanel } from '../RankingPage';
import { useText } from '../i18n';

/**
 * One slide of the ranking in a meeting: as many townships as fit the screen without scrolling,
 * in rank order; the rest on the next slides (a clicker cannot scroll).
 */
export function RankingSlide({ page }: { page: number }) {
  const text = useText();
  const ranking = useRanking();
  const rowsPerSlide = useMeetingLayout((state) => state.rankingRowsPerSlide);
  const setRowsPerSlide = useMeetingLayout((state) => state.setRankingRowsPerSlide);
  const slideRef = useRef<HTMLDivElement>(null);
  const slice = rankingSlideRows(ranking.length, rowsPerSlide, page);
  const slides = rankingSlideCount(ranking.length, rowsPerSlide);

  // Measures the room under the table's head on this screen, and how tall a row is.
  useLayoutEffect(() => {
    const slide = slideRef.current;
    const scroller = slide?.closest('.sidebar');
    const body = slide?.querySelector('tbody');
    const row = body?.querySelector('tr');
    if (!slide || !scroller || !body || !row) return;
    const measure = () => {
      const bottom = scroller.getBoundingClientRect().bottom - Number.parseFloat(getComputedStyle(scroller).paddingBottom);
      // Below the rows, the panel's own padding and border must fit too.
      const panel = body.closest('.panel');
      const below = panel ? Number.parseFloat(getComputedStyle(panel).paddingBottom) + Number.parseFloat(getComputedStyle(panel).borderBottomWidth) + 2 : 2;
      const room = bottom - below - body.getBoundingClientRect().top;
      const height = row.getBoundingClientRect().height;
      if (height > 0) setRowsPerSlide(Math.max(1, Math.floor(room / height)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [setRowsPerSlide, slice.first, slice.last]);

  return (
    <div ref={slideRef} className="ranking-slide" data-testid="ranking-slide" data-page={slice.page} data-pages={slides}>
      <RankingPanel
        slice={slice}
        caption={slides > 1 ? text('rankingPage').replace('{page}', String(slice.page)).replace('{pages}', String(slides)) : undefined}
      />
    </div>
  );
}
