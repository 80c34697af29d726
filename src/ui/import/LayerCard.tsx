import { useMemo } from 'react';
import type { LayerRole } from '../../io/import/assemble-import';
import { describeEncodingDecision, encodingName, TEXT_ENCODINGS, type TextEncoding } from '../../io/import/encoding';
import { readDbfRecords } from '../../io/import/read-dbf';
import { pick, useLanguage } from '../i18n';
import { CoordinatePicker } from './CoordinatePicker';
import { useImportText } from './import-text';
import type { DraftPlan } from './import-plan';

const PREVIEW_ROWS = 5;
const PREVIEW_COLUMNS = 8;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** One file's settings in the import preview: use, encoding, coordinates, and its first rows as text. */
export function LayerCard({ plan, onChange }: { plan: DraftPlan; onChange(plan: DraftPlan): void }) {
  const text = useImportText();
  const language = useLanguage();
  const { layer } = plan;
  const rows = useMemo(() => {
    const records = plan.encoding && layer.dbf ? readDbfRecords(layer.dbf, plan.encoding) : layer.features.map((feature) => feature.properties);
    return records.slice(0, PREVIEW_ROWS);
  }, [layer, plan.encoding]);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].slice(0, PREVIEW_COLUMNS);
  const encoding = plan.encoding ?? layer.encoding?.encoding ?? null;
  const prjSystem = plan.detection.system?.kind === 'wkt' ? plan.detection.system : null;

  return (
    <section className="import-layer" data-testid="import-layer" data-name={layer.name}>
      <h3>
        {layer.name} <span className="import-count">{layer.featureCount} {text('features')}</span>
      </h3>
      <div className="import-fields">
        <label>
          {text('role')}{' '}
          <select value={plan.role} data-testid="import-role" onChange={(event) => onChange({ ...plan, role: event.target.value as LayerRole })}>
            <option value="parcels">{text('roleParcels')}</option>
            <option value="townships">{text('roleTownships')}</option>
            <option value="villages">{text('roleVillages')}</option>
            <option value="skip">{text('roleSkip')}</option>
          </select>
        </label>
        {layer.dbf && encoding && (
          <label>
            {text('encoding')}{' '}
            <select value={encoding} data-testid="import-encoding" onChange={(event) => onChange({ ...plan, encoding: event.target.value as TextEncoding })}>
              {TEXT_ENCODINGS.map((option) => (
                <option key={option} value={option}>
                  {encodingName(option)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {layer.encoding && <p className="import-reason">{pick(describeEncodingDecision(plan.encoding ? { encoding: plan.encoding, source: 'chosen', evidence: '' } : layer.encoding), language)}</p>}
      {plan.role !== 'skip' && (
        <div className="import-coordinates">
          <span className="import-label">{text('coordinates')}</span>
          <CoordinatePicker
            value={plan.system}
            prjSystem={prjSystem}
            suggestedCentralMeridian={plan.detection.suggestedCentralMeridian}
            onChange={(system) => onChange({ ...plan, system, confirmed: false })}
          />
          <p className="import-reason" data-testid="import-reason">
            {pick(layer.declaredSystem?.reason ?? plan.detection.reason, language)}
          </p>
          {plan.detection.confirm && (
            <label className="import-confirm">
              <input type="checkbox" checked={plan.confirmed} data-testid="import-confirm" onChange={(event) => onChange({ ...plan, confirmed: event.target.checked })} /> {text('confirmSystem')}
            </label>
          )}
        </div>
      )}
      {columns.length > 0 && (
        <div className="import-preview">
          <span className="import-label">{text('firstRows')}</span>
          <table data-testid="import-preview">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column}>{column}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, position) => (
                <tr key={position}>
                  {columns.map((column) => (
                    <td key={column}>{cellText(row[column])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
