import { useCountyProgress, useCountyShare, useTownshipShares } from '../state/battle-map-selectors';
import { RankingTable, type RankingSlice } from './RankingTable';
import { TargetsPanel } from './TargetsPanel';
import { useText } from './i18n';
import { CountyWeeklyLine } from './time/CountyWeeklyLine';

/** The township ranking in a panel of its own, whole or one meeting slide's part of it. */
export function RankingPanel({ slice, caption }: { slice?: RankingSlice; caption?: string }) {
  const text = useText();
  const shares = useTownshipShares();
  const nothingMatches = shares !== null && [...shares.values()].every((share) => share.plotCount === 0);
  return (
    <section className="panel ranking" aria-label={text('ranking')}>
      <h2>
        {text('ranking')}
        {caption && <span className="ranking-caption">{caption}</span>}
      </h2>
      {nothingMatches && <p className="ranking-note" data-testid="ranking-note">{text('rankingNothingMatches')}</p>}
      <RankingTable slice={slice} />
    </section>
  );
}

/** County progress and the township ranking: the overview's side. */
export function RankingPage() {
  const text = useText();
  const progress = useCountyProgress();
  const share = useCountyShare();
  return (
    <>
      <TargetsPanel progress={progress} share={share} title={text('countyTargets')} testId="county-targets" />
      <CountyWeeklyLine />
      <RankingPanel />
    </>
  );
}
