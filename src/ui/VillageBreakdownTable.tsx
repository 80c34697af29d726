import type { VillageBreakdown } from '../domain/battle-map-sheet';
import { formatGroupValue, formatMu } from '../domain/format';
import type { StageDefinition } from '../domain/types';
import { stageLabel, useLanguage, useText } from './i18n';

/** For each village, plots and mu at each stage. */
export function VillageBreakdownTable({ villages, stages }: { villages: readonly VillageBreakdown[]; stages: readonly StageDefinition[] }) {
  const text = useText();
  const language = useLanguage();
  return (
    <section className="panel village-breakdown" data-testid="village-breakdown">
      <h2>{text('byVillage')}</h2>
      <table className="breakdown-table">
        <thead>
          <tr>
            <th scope="col">{text('village')}</th>
            {stages.map((stage) => (
              <th key={stage.key} scope="col" className="number">
                <span className="swatch" style={{ background: stage.color }} aria-hidden="true" />
                {stageLabel(stage, language)}
              </th>
            ))}
            <th scope="col" className="number">{text('total')}</th>
          </tr>
        </thead>
        <tbody>
          {villages.map((village) => (
            <tr key={village.village}>
              <th scope="row">{formatGroupValue(village.village, language)}</th>
              {stages.map((stage) => (
                <td key={stage.key} className="number">
                  <Tally count={village.byStage[stage.key].count} areaMu={village.byStage[stage.key].areaMu} />
                </td>
              ))}
              <td className="number">
                <Tally count={village.total.count} areaMu={village.total.areaMu} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Tally({ count, areaMu }: { count: number; areaMu: number }) {
  if (count === 0) return <span className="tally-empty">–</span>;
  return (
    <>
      {count}
      <span className="tally-mu">{formatMu(areaMu)}</span>
    </>
  );
}
