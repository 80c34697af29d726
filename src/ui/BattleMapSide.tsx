import { useBattleMapSheet } from '../state/battle-map-selectors';
import { LedgerTable } from './LedgerTable';
import { PrintLedger } from './PrintLedger';
import { TargetsPanel } from './TargetsPanel';
import { VillageBreakdownTable } from './VillageBreakdownTable';
import { useText } from './i18n';
import { TrendChart } from './time/TrendChart';
import { MeetingTrend } from './meeting/MeetingTrend';

/** The side of a township's battle map: targets, breakdown by village and the ledger. */
export function BattleMapSide({ township }: { township: string }) {
  const text = useText();
  const sheet = useBattleMapSheet(township);
  if (!sheet) return null;
  return (
    <>
      <TargetsPanel progress={sheet.progress} share={sheet.filteredShare} title={text('townshipTargets')} testId="township-targets" />
      <MeetingTrend township={township} />
      <TrendChart township={township} />
      <TrendChart township={township} shape="strip" className="trend-print" />
      <VillageBreakdownTable villages={sheet.villages} stages={sheet.campaign.stages} />
      <section className="panel ledger" aria-label={text('ledger')}>
        <h2>
          {text('ledger')}
          <span className="ledger-count">
            {sheet.rows.length} {text('plotsUnit')}
          </span>
        </h2>
        <div className="ledger-scroll">
          <LedgerTable rows={sheet.rows} testId="battle-ledger" />
        </div>
        <PrintLedger rows={sheet.rows} />
      </section>
    </>
  );
}
