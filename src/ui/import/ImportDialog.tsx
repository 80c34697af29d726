import { useState } from 'react';
import { guessMapping } from '../../domain/ledger/ledger-mapping';
import type { ImportMode, LedgerPlan } from '../../io/import/assemble-import';
import type { PreviewBundle } from '../../io/import/preview-bundle';
import type { ImportLayerChoice } from '../../io/worker/protocol';
import { useAppStore } from '../../state/store';
import { pick, useLanguage } from '../i18n';
import { useImportText } from './import-text';
import { finalChoice, planReady, type DraftPlan } from './import-plan';
import { LayerCard } from './LayerCard';
import { LedgerCard } from './LedgerCard';
import { rememberedMapping } from './remembered-mapping';

interface Props {
  bundle: PreviewBundle;
  initialPlans: DraftPlan[];
  onImport(choices: ImportLayerChoice[], ledgers: LedgerPlan[], mode: ImportMode): void;
  onCancel(): void;
}

/** The import preview: every file's first rows, encoding and coordinates, confirmed before anything changes. */
export function ImportDialog({ bundle, initialPlans, onImport, onCancel }: Props) {
  const text = useImportText();
  const language = useLanguage();
  const [plans, setPlans] = useState(initialPlans);
  const [mode, setMode] = useState<ImportMode>('replace');
  const currentPlots = useAppStore((state) => state.data?.plots);
  const savedMapping = useAppStore((state) => state.data?.fieldMapping ?? null);
  const [ledgers, setLedgers] = useState<LedgerPlan[]>(() => {
    const remembered = savedMapping ?? rememberedMapping();
    return bundle.tables.map((table) => ({ table, mapping: guessMapping(table.columns, remembered) }));
  });
  const ready = plans.length + ledgers.length > 0 && plans.every(planReady);
  const hasParcels = plans.some((plan) => plan.role === 'parcels');
  const plotIds = hasParcels || !currentPlots ? null : currentPlots.map((plot) => plot.id);

  const submit = () => {
    const final = plans.map(finalChoice).filter((choice): choice is ImportLayerChoice => choice !== null);
    onImport(final, ledgers, mode);
  };

  return (
    <div className="import-backdrop">
      <div className="import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <h2 id="import-title">{text('title')}</h2>
        <p className="import-intro">{text('intro')}</p>
        {bundle.refused.length > 0 && (
          <div className="import-refused" role="alert" data-testid="import-refused">
            <strong>{text('refused')}</strong>
            <ul>
              {bundle.refused.map((refusal, position) => (
                <li key={position}>{pick(refusal, language)}</li>
              ))}
            </ul>
          </div>
        )}
        {plans.length + ledgers.length === 0 && <p>{text('nothingToImport')}</p>}
        {plans.map((plan, position) => (
          <LayerCard key={position} plan={plan} onChange={(next) => setPlans(plans.map((other, at) => (at === position ? next : other)))} />
        ))}
        {ledgers.map((ledger, position) => (
          <LedgerCard
            key={ledger.table.name}
            table={ledger.table}
            mapping={ledger.mapping}
            plotIds={plotIds}
            onChange={(mapping) => setLedgers(ledgers.map((other, at) => (at === position ? { ...other, mapping } : other)))}
          />
        ))}
        {hasParcels && (
          <fieldset className="import-mode">
            <legend>{text('mode')}</legend>
            <label>
              <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} data-testid="import-mode-replace" /> {text('modeReplace')}
            </label>
            <label>
              <input type="radio" name="import-mode" checked={mode === 'add'} onChange={() => setMode('add')} data-testid="import-mode-add" /> {text('modeAdd')}
            </label>
            <span className="import-hint">{text('modeHint')}</span>
          </fieldset>
        )}
        <div className="import-actions">
          <button type="button" className="import-cancel" onClick={onCancel}>
            {text('cancel')}
          </button>
          <button type="button" className="import-submit" disabled={!ready} onClick={submit} data-testid="import-submit">
            {text('importButton')}
          </button>
        </div>
      </div>
    </div>
  );
}
