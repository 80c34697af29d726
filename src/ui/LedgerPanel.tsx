import { useEffect, useRef } from 'react';
import { formatMu } from '../domain/format';
import { isOverdue } from '../domain/overdue';
import type { SortColumn } from '../domain/sort-plots';
import type { Plot } from '../domain/types';
import { useReportingDate, useSummary, useStages } from '../state/selectors';
import { useAppStore } from '../state/store';
import { useLedgerRows, useLedgerScope, useLedgerTownship, useOnAsOfDate } from '../state/tool-selectors';
import { useToolStore } from '../state/tool-store';
import { exportLedgerCsv, exportPlotsGeoJson } from './export-files';
import { stageLabel, useLanguage, useText, type TextKey } from './i18n';
import { useRowWindow } from './use-row-window';
import { useEditStore } from '../state/edit-store';
import { BulkEditButton } from './edit/BulkEditCard';
import './staff-tools.css';

const ROW_HEIGHT = 30;

/** Key columns first (序号, 企业名称, 阶段, 面积, 逾期): a narrow screen scrolls sideways for the rest. */
const COLUMNS: readonly { key: TextKey; sort: SortColumn | null; number?: boolean }[] = [
  { key: 'number', sort: null, number: true },
  { key: 'enterprise', sort: 'name' },
  { key: 'stage', sort: 'stage' },
  { key: 'areaMu', sort: 'areaMu', number: true },
  { key: 'overdue', sort: null },
  { key: 'deadline', sort: 'deadline' },
  { key: 'plotId', sort: 'id' },
  { key: 'township', sort: 'township' },
  { key: 'village', sort: 'village' },
  { key: 'industry', sort: 'industry' },
  { key: 'officer', sort: 'officer' },
];

/**
 * The ledger (台账) under the map: every plot that passes the filter, sortable, only the rows
 * in sight rendered. A row click flies the map to its plot; a plot clicked on the map scrolls
 * its row into view. Exports take what the filter passes, in the order shown.
 */
export function LedgerPanel() {
  const text = useText();
  const language = useLanguage();
  const open = useToolStore((state) => state.ledgerOpen);
  const setOpen = useToolStore((state) => state.setLedgerOpen);
  const sort = useToolStore((state) => state.ledgerSort);
  const setSort = useToolStore((state) => state.setLedgerSort);
  const flyToPlot = useToolStore((state) => state.flyToPlot);
  const picked = useToolStore((state) => state.picked);
  const selectedPlotIndex = useAppStore((state) => state.selectedPlotIndex);
  const selectPlot = useAppStore((state) => state.selectPlot);
  const stages = useStages();
  const loaded = useAppStore((state) => state.data !== null);
  const status = useAppStore((state) => state.status);
  const rows = useLedgerRows();
  const visible = useLedgerScope();
  const onAsOfDate = useOnAsOfDate();
  const township = useLedgerTownship();
  const summary = useSummary();
  const count = township === null ? { plots: summary.plotCount, mu: summary.areaMu } : { plots: visible.length, mu: visible.reduce((sum, plot) => sum + plot.areaMu, 0) };
  const reportingDate = useReportingDate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { first, last, totalHeight, scrollToRow } = useRowWindow(scrollRef, rows.length, ROW_HEIGHT, open);

  useEffect(() => {
    if (!open || selectedPlotIndex === null) return;
    const position = rows.findIndex((plot) => plot.index === selectedPlotIndex);
    if (position >= 0) scrollToRow(position);
  }, [open, selectedPlotIndex, rows, scrollToRow]);

  if (!loaded) return status === 'loading' ? <LedgerBarWhileLoading /> : null;
  const stageOf = new Map(stages.map((stage) => [stage.key, stage]));
  const sortBy = (column: SortColumn) => {
    scrollRef.current?.scrollTo({ top: 0 });
    setSort(sort?.column !== column ? { column, descending: column === 'areaMu' } : sort.descending === (column === 'areaMu') ? { column, descending: !sort.descending } : null);
  };
  const editPlot = (plot: Plot) => {
    choose(plot);
    useEditStore.setState({ editingPlot: plot.index, bulkTargets: null });
  };
  const choose = (plot: Plot) => {
    selectPlot(plot.index);
    flyToPlot(plot.index);
  };

  return (
    <section className={open ? 'ledger-panel ledger-panel-open' : 'ledger-panel'} aria-label={text('ledger')} data-testid="ledger-panel">
      <header className="ledger-header">
        <button type="button" className="ledger-toggle" aria-expanded={open} data-testid="ledger-toggle" onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {text('ledger')}
        </button>
        <span className="ledger-count" data-testid="ledger-count">
          {township !== null && `${township} `}
          {count.plots} {text('plotsUnit')} · {formatMu(count.mu)} {text('mu')}
        </span>
        <span className="ledger-actions">
          <BulkEditButton plots={visible} label="bulkEditFiltered" testId="bulk-edit-filtered" />
          <button type="button" className="tool-button" data-testid="export-csv" onClick={() => exportLedgerCsv(rows.map(onAsOfDate), language)}>
            {text('exportCsv')}
          </button>
          <button type="button" className="tool-button" data-testid="export-geojson" onClick={() => exportPlotsGeoJson(visible.map(onAsOfDate), language)}>
            {text('exportGeoJson')}
          </button>
        </span>
      </header>
      {open && (
        <div className="ledger-grid" role="table" aria-rowcount={rows.length + 1} data-testid="ledger">
          <div className="ledger-row ledger-head" role="row">
            {COLUMNS.map((column) => (
              <span key={column.key} role="columnheader" className={column.number ? 'number' : undefined} aria-sort={sortState(column.sort, sort)}>
                {column.sort ? (
                  <button type="button" className="ledger-sort" onClick={() => sortBy(column.sort as SortColumn)}>
                    {text(column.key)}
                    {sort?.column === column.sort ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                ) : (
                  text(column.key)
                )}
              </span>
            ))}
          </div>
          <div className="ledger-body" ref={scrollRef}>
            {rows.length === 0 && <p className="ledger-empty">{text('noPlotMatches')}</p>}
            <div style={{ height: totalHeight, position: 'relative' }}>
              {rows.slice(first, last).map(onAsOfDate).map((plot, offset) => {
                const position = first + offset;
                const stage = stageOf.get(plot.stage);
                const overdue = isOverdue(plot, reportingDate);
                const classes = ['ledger-row', plot.index === selectedPlotIndex ? 'ledger-row-selected' : '', picked.has(plot.index) ? 'ledger-row-picked' : '', overdue ? 'overdue' : ''];
                return (
                  // Keyed by place in the table, not by plot: a filter change rewrites the rows' text
                  // in place instead of replacing every row element, which the browser lays out again.
                  <div
                    key={position}
                    role="row"
                    aria-rowindex={position + 2}
                    aria-selected={plot.index === selectedPlotIndex}
                    className={classes.filter(Boolean).join(' ')}
                    style={{ transform: `translateY(${position * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
                    data-testid="ledger-row"
                    data-index={plot.index}
                    onClick={() => choose(plot)}
                    onDoubleClick={() => editPlot(plot)}
                  >
                    <span role="cell" className="number">{position + 1}</span>
                    <span role="cell" title={plot.name}>{plot.name}</span>
                    <span role="cell">
                      <span className="swatch" style={{ background: stage?.color }} aria-hidden="true" />
                      {stage ? stageLabel(stage, language) : plot.stage}
                    </span>
                    <span role="cell" className="number">{formatMu(plot.areaMu)}</span>
                    <span role="cell">{overdue && <strong className="overdue-mark">{text('overdue')}</strong>}</span>
                    <span role="cell">{plot.deadline ?? ''}</span>
                    <span role="cell">{plot.id}</span>
                    <span role="cell">{plot.township}</span>
                    <span role="cell">{plot.village}</span>
                    <span role="cell">{plot.industry}</span>
                    <span role="cell" title={plot.officer}>{plot.officer}</span>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

function sortState(column: SortColumn | null, sort: { column: SortColumn; descending: boolean } | null): 'ascending' | 'descending' | undefined {
  if (column === null || sort?.column !== column) return undefined;
  return sort.descending ? 'descending' : 'ascending';
}

/**
 * The ledger's bar while the first campaign loads, its buttons disabled: the bar has its place
 * under the map from the start, so the map is not made smaller (its canvas drawn anew) when
 * the plots arrive.
 */
function LedgerBarWhileLoading() {
  const text = useText();
  return (
    <section className="ledger-panel" aria-label={text('ledger')} data-testid="ledger-loading">
      <header className="ledger-header">
        <button type="button" className="ledger-toggle" disabled>
          ▸ {text('ledger')}
        </button>
        <span className="ledger-count">{text('loading')}</span>
        <span className="ledger-actions">
          <button type="button" className="tool-button" disabled>
            {text('exportCsv')}
          </button>
        </span>
      </header>
    </section>
  );
}
