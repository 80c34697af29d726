import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../domain/stages';
import { FIXTURE_PLOTS, FIXTURE_REPORTING_DATE, makePlot } from '../domain/summary-fixtures';
import { ledgerCsv } from './export-csv';

function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split('\r\n');
}

describe('ledgerCsv', () => {
  const csv = ledgerCsv(FIXTURE_PLOTS, DEFAULT_STAGES, FIXTURE_REPORTING_DATE);

  it('is UTF-8 with a byte-order mark, CRLF rows and a Chinese header', () => {
    expect(csv.startsWith('\uFEFF序号,地块编号,企业名称,镇街道,村,行业,类别,阶段,测算面积(亩),台账面积(亩),责任人,计划完成时间,是否逾期,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines(csv)).toHaveLength(FIXTURE_PLOTS.length + 2);
  });

  it('writes one row per plot in the given order: number, fields, stage in words, mu to two decimals', () => {
    expect(lines(csv)[1]).toBe('1,SQ-01,企业SQ-01,史桥镇,史桥村,化工,低散乱、两高一低,已验收,12.50,,王建国,2026-06-30,,,,,,,,,,,,,,,');
    expect(lines(csv)[3]).toBe('3,SQ-03,企业SQ-03,史桥镇,南湖村,化工,四无企业,已拆除,8.13,,李红,2026-11-15,,,,,,,,,,,,,,,');
  });

  it('marks overdue plots', () => {
    expect(lines(csv)[5]).toContain(',2026-01-10,逾期,');
  });

  it('quotes a name with a comma and writes the ledger area when there is one', () => {
    const plot = makePlot({ id: 'A,1', name: '他说"好"', areaMu: 1, declaredAreaMu: 0.995 });
    expect(lines(ledgerCsv([plot], DEFAULT_STAGES, FIXTURE_REPORTING_DATE))[1]).toBe('1,"A,1","他说""好""",,,,,待启动,1.00,0.99,,,,,,,,,,,,,,,,,');
  });

  it('writes English headers and stage names for an English user', () => {
    const english = lines(ledgerCsv(FIXTURE_PLOTS.slice(0, 1), DEFAULT_STAGES, FIXTURE_REPORTING_DATE, 'en'));
    expect(english[0].startsWith('No.,Plot ID,Name,')).toBe(true);
    expect(english[1]).toContain(',Accepted,12.50,');
  });
});

describe('ledgerCsv stage dates', () => {
  it('writes every stage date after the note, empty where the plot has none', () => {
    const plot = makePlot({ id: 'D1', stage: 'signed', dates: { visitedOn: '2026-03-01', signedOn: '2026-11-20' }, landOwnership: '集体' });
    const [header, row] = lines(ledgerCsv([plot], DEFAULT_STAGES, FIXTURE_REPORTING_DATE));
    expect(header.endsWith(',备注,走访时间,评估时间,签约时间,拆除时间,复垦时间,验收时间,土地性质,用地方式,亩均税收(万元/亩),产值(万元),能耗(吨标煤)')).toBe(true);
    expect(row.endsWith(',2026-03-01,,2026-11-20,,,,集体,,,,')).toBe(true);
  });
});
