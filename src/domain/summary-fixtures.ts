import type { Plot, PlotGeometry, Targets } from './types';
import { geodesicAreaM2, squareMetresToMu } from './area';
import { deepFreeze } from './test-fixtures/deep-freeze';

export { deepFreeze };

/** A square of `sideDegrees` centred on (lon, lat). */
export function squareAround(lon: number, lat: number, sideDegrees = 0.001): PlotGeometry {
  const half = sideDegrees / 2;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
        [lon - half, lat - half],
      ],
    ],
  };
}

/**
 * A plot with every field filled with a neutral value. `areaMu` may be given outright so that
 * sums can be checked by hand; otherwise it is measured from the geometry.
 */
export function makePlot(fields: Partial<Plot> & { id: string }): Plot {
  const geometry = fields.geometry ?? squareAround(120.75, 30.75);
  const areaM2 = fields.areaM2 ?? geodesicAreaM2(geometry);
  return {
    index: 0,
    name: `企业${fields.id}`,
    township: '',
    village: '',
    industry: '',
    stage: 'listed',
    dates: {},
    deadline: null,
    officer: '',
    declaredAreaMu: null,
    landOwnership: '',
    tenure: '',
    categories: [],
    disposal: '',
    reuse: '',
    taxPerMu: null,
    outputValue: null,
    energyTce: null,
    note: '',
    properties: {},
    ...fields,
    geometry,
    areaM2,
    areaMu: fields.areaMu ?? squareMetresToMu(areaM2),
  };
}

/** The reporting date the fixture deadlines are set against. */
export const FIXTURE_REPORTING_DATE = '2026-11-15';

/**
 * Twelve plots in three townships. Areas are chosen so that sums can be checked by hand;
 * the expected figures are worked out next to the tests that use them.
 */
const FIXTURE_FIELDS: (Partial<Plot> & { id: string })[] = [
  // 史桥镇
  { id: 'SQ-01', township: '史桥镇', village: '史桥村', industry: '化工', stage: 'accepted', areaMu: 12.5, deadline: '2026-06-30', categories: ['低散乱', '两高一低'], officer: '王建国' },
  { id: 'SQ-02', township: '史桥镇', village: '史桥村', industry: '纺织', stage: 'reclaimed', areaMu: 20.25, deadline: '2026-11-14', categories: ['低散乱'], officer: '王建国' },
  { id: 'SQ-03', township: '史桥镇', village: '南湖村', industry: '化工', stage: 'demolished', areaMu: 8.125, deadline: '2026-11-15', categories: ['四无企业'], officer: '李红' },
  { id: 'SQ-04', township: '史桥镇', village: '南湖村', industry: '砖瓦', stage: 'signed', areaMu: 30, deadline: '2026-12-31', categories: [], officer: '李红' },
  { id: 'SQ-05', township: '史桥镇', village: '', industry: '机械', stage: 'negotiating', areaMu: 5.5, deadline: '2026-01-10', categories: ['僵尸企业'], officer: '' },
  { id: 'SQ-06', township: '史桥镇', village: '史桥村', industry: '电子元件', stage: 'upgraded', areaMu: 7.75, deadline: '2025-12-31', categories: ['厂中厂'], officer: '王建国' },
  // 新塍镇
  { id: 'XC-01', township: '新塍镇', village: '太平村', industry: '化工', stage: 'signed', areaMu: 40, deadline: '2026-10-01', categories: ['两高一低'], officer: '张伟' },
  { id: 'XC-02', township: '新塍镇', village: '太平村', industry: '废品回收', stage: 'listed', areaMu: 3.3, deadline: null, categories: ['低散乱'], officer: '张伟' },
  { id: 'XC-03', township: '新塍镇', village: '南湖村', industry: '纺织', stage: 'accepted', areaMu: 15.05, deadline: '2026-03-01', categories: ['低散乱'], officer: 'Zhang Wei' },
  // 洪合镇 has no targets in the fixture campaign
  { id: 'HH-01', township: '洪合镇', village: '洪合村', industry: '纺织', stage: 'demolished', areaMu: 9.9, deadline: '2026-08-08', categories: ['四无企业'], officer: '陈静' },
  { id: 'HH-02', township: '洪合镇', village: '洪合村', industry: '', stage: 'listed', areaMu: 2.2, deadline: '2026-11-01', categories: [], officer: '陈静' },
  { id: 'HH-03', township: '洪合镇', village: '洪合村', industry: '机械', stage: 'upgraded', areaMu: 6.6, deadline: null, categories: ['低散乱'], officer: '陈静' },
];

export const FIXTURE_PLOTS: readonly Plot[] = deepFreeze(
  FIXTURE_FIELDS.map((fields, index) => makePlot({ ...fields, index })),
);

/**
 * Targets for the fixture plots. 洪合镇 has plots but no targets; 王江泾镇 has a target but no
 * plots; 史桥镇's reclaimed target of 0 counts as no target.
 */
export const FIXTURE_TARGETS: Readonly<Record<string, Targets>> = deepFreeze({
  史桥镇: { signedMu: 50, demolishedMu: 40, reclaimedMu: 0, savedQuotaMu: 25 },
  新塍镇: { signedMu: 60, enterprisesHandled: 2 },
  王江泾镇: { signedMu: 100 },
});
