import { useCountyProgress } from '../state/battle-map-selectors';
import { RankingTable } from './RankingTable';
import { TargetsPanel } from './TargetsPanel';
import { useText } from './i18n';
import { CountyWeeklyLine } from './time/CountyWeeklyLine';

/** County progress and the township ranking: the overview's side, and the meeting's last page. */
export function RankingPage() {
  const text = useText();
  const progress = useCountyProgress();
  return (
    <>
      <TargetsPanel progress={progress} title={text('countyTargets')} testId="county-targets" />
      <CountyWeeklyLine />
      <RankingTable />
    </>
  );
}
