import type { CoordinateSystem } from '../../io/import/coordinate-system';
import { datumWarning } from '../../io/import/coordinate-system';
import { DATUM_NAMES, findZone, zoneByEpsg, type GeodeticDatum, type SevenParameters, type ZoneWidth } from '../../io/import/projections';
import { pick, useLanguage } from '../i18n';
import { useImportText } from './import-text';

interface Props {
  value: CoordinateSystem | null;
  /** The .prj's own system, offered when the .prj is outside the built-in table. */
  prjSystem: CoordinateSystem | null;
  suggestedCentralMeridian: number | null;
  onChange(system: CoordinateSystem | null): void;
}

const CENTRAL_MERIDIANS: Readonly<Record<ZoneWidth, number[]>> = {
  3: Array.from({ length: 21 }, (_, position) => 75 + position * 3),
  6: Array.from({ length: 11 }, (_, position) => 75 + position * 6),
};

function zoneFor(datum: GeodeticDatum, width: ZoneWidth, centralMeridian: number, zonePrefix: boolean) {
  const zone = width === 3 ? centralMeridian / 3 : (centralMeridian + 3) / 6;
  return findZone(datum, width, zone, zonePrefix);
}

/** Choose what a layer's coordinates are in: longitude/latitude, GCJ-02, BD-09 or a Gauss-Krüger zone. */
export function CoordinatePicker({ value, prjSystem, suggestedCentralMeridian, onChange }: Props) {
  const text = useImportText();
  const language = useLanguage();
  const kind = value === null ? '' : value.kind;
  const zone = value?.kind === 'gauss-kruger' ? zoneByEpsg(value.epsg) : null;
  const towgs84 = value?.kind === 'gauss-kruger' ? value.towgs84 : null;
  const warning = value ? datumWarning(value) : null;

  const chooseKind = (next: string) => {
    if (next === 'lonlat' || next === 'gcj02' || next === 'bd09') onChange({ kind: next });
    else if (next === 'wkt' && prjSystem) onChange(prjSystem);
    else if (next === 'gauss-kruger') {
      const start = zoneFor('cgcs2000', 3, suggestedCentralMeridian ?? 120, false);
      onChange(start ? { kind: 'gauss-kruger', epsg: start.epsg, towgs84: null } : null);
    } else onChange(null);
  };
  const changeZone = (datum: GeodeticDatum, width: ZoneWidth, centralMeridian: number, zonePrefix: boolean) => {
    const meridian = CENTRAL_MERIDIANS[width].includes(centralMeridian) ? centralMeridian : CENTRAL_MERIDIANS[width].reduce((best, candidate) => (Math.abs(candidate - centralMeridian) < Math.abs(best - centralMeridian) ? candidate : best));
    const next = zoneFor(datum, width, meridian, zonePrefix);
    if (next) onChange({ kind: 'gauss-kruger', epsg: next.epsg, towgs84: datum === 'cgcs2000' ? null : towgs84 });
  };
  const changeParameter = (position: number, raw: string) => {
    if (!zone) return;
    const current: number[] = towgs84 ? [...towgs84] : [0, 0, 0, 0, 0, 0, 0];
    current[position] = Number(raw);
    const parameters = current.every((number) => Number.isFinite(number)) ? (current as unknown as SevenParameters) : null;
    onChange({ kind: 'gauss-kruger', epsg: zone.epsg, towgs84: parameters && parameters.some((number) => number !== 0) ? parameters : null });
  };

  return (
    <div className="coordinate-picker">
      <select value={kind} onChange={(event) => chooseKind(event.target.value)} data-testid="import-system">
        {value === null && <option value="">{text('chooseSystem')}</option>}
        <option value="lonlat">{text('lonlat')}</option>
        <option value="gcj02">{text('gcj02')}</option>
        <option value="bd09">{text('bd09')}</option>
        <option value="gauss-kruger">{text('gaussKruger')}</option>
        {prjSystem && <option value="wkt">{text('prjSystem')}</option>}
      </select>
      {zone && (
        <div className="zone-fields">
          <label>
            {text('datum')}{' '}
            <select value={zone.datum} onChange={(event) => changeZone(event.target.value as GeodeticDatum, zone.width, zone.centralMeridian, zone.zonePrefix)}>
              {(Object.keys(DATUM_NAMES) as GeodeticDatum[]).map((datum) => (
                <option key={datum} value={datum}>
                  {pick(DATUM_NAMES[datum], language)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {text('zoneWidth')}{' '}
            <select value={zone.width} onChange={(event) => changeZone(zone.datum, Number(event.target.value) as ZoneWidth, zone.centralMeridian, zone.zonePrefix)}>
              <option value={3}>3°</option>
              <option value={6}>6°</option>
            </select>
          </label>
          <label>
            {text('centralMeridian')}{' '}
            <select value={zone.centralMeridian} data-testid="import-meridian" onChange={(event) => changeZone(zone.datum, zone.width, Number(event.target.value), zone.zonePrefix)}>
              {CENTRAL_MERIDIANS[zone.width].map((meridian) => (
                <option key={meridian} value={meridian}>
                  {meridian}°E
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={zone.zonePrefix} onChange={(event) => changeZone(zone.datum, zone.width, zone.centralMeridian, event.target.checked)} /> {text('zonePrefix')}
          </label>
          <span className="zone-epsg">EPSG:{zone.epsg}</span>
          {zone.datum !== 'cgcs2000' && (
            <fieldset className="seven-parameters">
              <legend>{text('sevenParameters')}</legend>
              {Array.from({ length: 7 }, (_, position) => (
                <input key={position} type="number" step="any" defaultValue={towgs84?.[position] ?? 0} aria-label={`${text('sevenParameters')} ${position + 1}`} onChange={(event) => changeParameter(position, event.target.value)} />
              ))}
            </fieldset>
          )}
        </div>
      )}
      {warning && <p className="import-warning">{pick(warning, language)}</p>}
    </div>
  );
}
