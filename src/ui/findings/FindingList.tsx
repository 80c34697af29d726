import { formatCount } from '../../domain/format';
import { useMemo } from 'react';
import type { Finding } from '../../domain/findings';
import { useAppStore } from '../../state/store';
import { useToolStore } from '../../state/tool-store';
import { useLanguage, useText } from '../i18n';

/** Findings listed at a time; more on request, so that 158,000 findings stay quick. */
export const FINDINGS_PAGE = 300;

/** The findings in the order given; a finding about a feature flies the map to it. */
export function FindingList({ findings, order, shown, onShowMore }: { findings: readonly Finding[]; order: readonly number[]; shown: number; onShowMore: () => void }) {
  const text = useText();
  const language = useLanguage();
  const plots = useAppStore((state) => state.data?.plots);
  const selectPlot = useAppStore((state) => state.selectPlot);
  const flyToPlot = useToolStore((state) => state.flyToPlot);
  const flyToBounds = useToolStore((state) => state.flyToBounds);
  const loaded = useMemo(() => new Set((plots ?? []).map((plot) => plot.index)), [plots]);

  const focus = (finding: Finding) => {
    if (finding.featureIndex !== null && loaded.has(finding.featureIndex)) {
      selectPlot(finding.featureIndex);
      flyToPlot(finding.featureIndex);
    } else if (finding.bounds) {
      flyToBounds(finding.bounds);
    }
  };

  return (
    <>
      <p className="finding-count" data-testid="finding-count">
        {text('findingsShown')} {formatCount(Math.min(shown, order.length))} / {formatCount(order.length)}
      </p>
      <ol className="finding-list" data-testid="finding-list">
        {order.slice(0, shown).map((position) => {
          const finding = findings[position];
          const findable = (finding.featureIndex !== null && loaded.has(finding.featureIndex)) || finding.bounds !== undefined;
          const message = language === 'zh' ? finding.messageZh : finding.messageEn;
          return (
            <li key={position} className={`finding finding-${finding.severity}`} data-severity={finding.severity} data-code={finding.code}>
              <strong>{finding.severity === 'error' ? text('dropped') : text('kept')}</strong>{' '}
              {findable ? (
                <button type="button" className="finding-link" title={text('findingFlyHint')} onClick={() => focus(finding)}>
                  {message}
                </button>
              ) : (
                message
              )}
            </li>
          );
        })}
      </ol>
      {order.length > shown && (
        <button type="button" className="link-button" data-testid="findings-more" onClick={onShowMore}>
          {text('findingsShowMore')}
        </button>
      )}
    </>
  );
}
