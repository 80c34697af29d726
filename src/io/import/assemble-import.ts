import type { FeatureCollection } from 'geojson';
import { fileFinding, error, warning, type Finding } from '../../domain/findings';
import type { PlotLoadResult } from '../../domain/load-plots';
import { applyLedger } from '../../domain/ledger/apply-ledger';
import { canonicalKeyOf, type LedgerMapping } from '../../domain/ledger/ledger-mapping';
import { outlinesFromPlots } from '../../domain/outlines-from-plots';
import type { Plot } from '../../domain/types';
import { ledgerReport, type LedgerReport } from './ledger-report';
import type { RawTable } from './import-types';
import type { LoadedCampaign } from '../load-campaign';
import type { ImportedOutlines, ImportLayerRole } from '../worker/protocol';
import type { Refusal } from './read-import-files';

/** What a layer becomes in the campaign. */
export type LayerRole = ImportLayerRole;

/** What the import's files gave, read and converted in the loading worker. */
export interface ImportedLayers extends PlotLoadResult, ImportedOutlines {
  /** Whether any layer was imported as plots (then they replace or follow the current ones). */
  hasParcels: boolean;
}

/** A ledger and how to read it, as settled in the preview. */
export interface LedgerPlan {
  table: RawTable;
  mapping: LedgerMapping;
}

/** Replace the campaign's plots, or add the new ones after them. */
export type ImportMode = 'replace' | 'add';

/** Whether any outline is named as the township of one of the plots. */
function namesAnyOf(outlines: FeatureCollection | null, plots: readonly Plot[]): boolean {
  if (!outlines) return false;
  const names = new Set(outlines.features.map((feature) => String(feature.properties?.name ?? '')));
  return plots.some((plot) => names.has(plot.township));
}

function shiftPlot(plot: Plot, offset: number): Plot {
  return { ...plot, index: plot.index + offset };
}

function shiftFinding(finding: Finding, offset: number): Finding {
  return finding.featureIndex === null ? finding : { ...finding, featureIndex: finding.featureIndex + offset };
}

/** The campaign an import works on and gives back; the map prepares the plots' drawing itself. */
export type CampaignData = Omit<LoadedCampaign, 'mapPlots'>;

export interface AssembledImport {
  data: CampaignData;
  /** Plots loaded and features rejected from the imported files alone. */
  importedCount: number;
  importedRejected: number;
  importedInput: number;
  ledgerReports: LedgerReport[];
}

/**
 * The campaign after an import: the layers read and converted in the loading worker, parcels
 * replacing or following the current plots, boundaries replacing the current outlines when
 * given. The campaign itself — name, stages, targets — is kept.
 */
export function assembleImport(
  current: CampaignData,
  imported: ImportedLayers,
  ledgers: readonly LedgerPlan[],
  refused: readonly Refusal[],
  mode: ImportMode,
  source: string,
): AssembledImport {
  const findings: Finding[] = refused.map((refusal) => fileFinding(error('import-refused', refusal.zh, refusal.en)));
  let { townships, villages } = imported;
  const loaded = imported;
  const offset = mode === 'add' ? current.inputCount : 0;
  const newPlots = loaded.plots.map((plot) => shiftPlot(plot, offset));
  const newFindings = [...findings, ...loaded.findings.map((finding) => shiftFinding(finding, offset))];
  const { hasParcels } = imported;
  const keepPlots = mode === 'add' || !hasParcels;
  let plots = keepPlots ? [...current.plots, ...newPlots] : newPlots;
  if (mode === 'add' && hasParcels) {
    const existing = new Set(current.plots.map((plot) => plot.id));
    for (const plot of newPlots) {
      if (!existing.has(plot.id)) continue;
      newFindings.push(fileFinding(warning('import-id-repeats', `导入的地块“${plot.name || plot.id}”的编号 ${plot.id} 与已有地块重复，两块都保留`, `the imported plot "${plot.name || plot.id}" has the code ${plot.id} of a plot already loaded; both are kept`)));
    }
  }
  const sketchOnly = !current.townships || current.townships.features.every((feature) => feature.properties?.derived === true);
  if (hasParcels && townships === null && (sketchOnly || (!keepPlots && !namesAnyOf(current.townships, plots)))) {
    const derived = outlinesFromPlots(plots);
    townships = derived.townships;
    villages = villages ?? derived.villages;
    newFindings.unshift(
      fileFinding(
        warning(
          'outlines-from-plots',
          `没有导入镇街道边界，原有边界不含这些地块的镇街道：按地块的镇街道、村字段生成了 ${derived.townships.features.length} 个镇街道、${derived.villages.features.length} 个村的外包轮廓（示意，不是正式边界）`,
          `no township outlines were imported and the current ones name none of these plots' townships: outlines round the plots were drawn for ${derived.townships.features.length} townships and ${derived.villages.features.length} villages from their township and village fields (a sketch, not official boundaries)`,
        ),
      ),
    );
  }
  const ledgerReports: LedgerReport[] = [];
  for (const ledger of ledgers) {
    const applied = applyLedger(plots, ledger.table.rows, ledger.mapping, ledger.table.name);
    const nameColumn = ledger.table.columns.find((column) => canonicalKeyOf(column) === 'name') ?? null;
    ledgerReports.push(ledgerReport(ledger.table.name, ledger.table.rows, plots, ledger.mapping, applied.match, nameColumn));
    plots = applied.plots;
    newFindings.push(...applied.findings);
    if (ledger.table.encoding) {
      const name = ledger.table.encoding.encoding.toUpperCase();
      newFindings.push(fileFinding(warning('import-encoding', `“${ledger.table.name}”：按 ${name} 读取文字`, `"${ledger.table.name}": text read as ${name}`)));
    }
  }
  return {
    ledgerReports,
    data: {
      fieldMapping: ledgers.length > 0 ? ledgers[ledgers.length - 1].mapping : (current.fieldMapping ?? null),
      plots,
      findings: keepPlots ? [...newFindings, ...current.findings] : newFindings,
      inputCount: (keepPlots ? current.inputCount : 0) + loaded.inputCount,
      rejectedCount: (keepPlots ? current.rejectedCount : 0) + loaded.rejectedCount,
      townships: townships ?? current.townships,
      villages: villages ?? current.villages,
      campaign: { ...current.campaign, demo: current.campaign.demo && !hasParcels },
      source,
    },
    importedCount: loaded.plots.length,
    importedRejected: loaded.rejectedCount,
    importedInput: loaded.inputCount,
  };
}
