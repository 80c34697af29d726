import type { Position } from 'geojson';
import { deepFreeze } from './deep-freeze';

/** A counter-clockwise square ring, `size` degrees on a side, from its south-west corner. */
export function squareRing(lon: number, lat: number, size = 0.001): Position[] {
  return [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
}

/** The 0.001° square at 120.5° E, 30.6° N measures 15.947602721611386 mu on CGCS2000. */
export const SQUARE_MU = 15.947602721611386;

const square = { type: 'Polygon', coordinates: [squareRing(120.5, 30.6)] };

/** One feature per rule the loader checks; the comment gives what loading it must say. */
export const PLOT_FEATURES = deepFreeze([
  // 0: complete and consistent → loaded, no findings
  {
    type: 'Feature',
    properties: {
      id: 'SQ-001',
      name: '史桥宏发织造厂',
      township: '史桥镇',
      village: '柳园村',
      industry: '纺织',
      stage: 'demolished',
      visited_on: '2024-03-01',
      signed_on: '2024-05-10',
      demolished_on: '2024-08-20',
      deadline: '2025-12-31',
      officer: '俞振华',
      declared_area_mu: 16,
      land_ownership: '集体',
      tenure: '租赁',
      categories: ['低散乱', '厂中厂'],
      disposal: '腾退收回',
      reuse: '复垦',
      tax_per_mu: 3.5,
      output_value: 1200,
      energy_tce: 88.5,
      note: '<b>不是HTML</b>',
      联系电话: '0573-1234567',
    },
    geometry: square,
  },
  // 1: Chinese column names and text values → loaded, no findings
  {
    type: 'Feature',
    properties: {
      地块编号: 'SQ-002',
      企业名称: ' 金春燕机械配件加工点 ',
      所属镇街: '史桥镇',
      村: '竹塘村',
      行业类别: '机械',
      状态: '已签约',
      签约时间: '2024年5月8日',
      '面积（亩）': '15.8亩',
      包干领导: '褚利群',
      时间节点: '2025/06/30',
      企业类别: '低散乱、四无企业',
      处置方式: '关停淘汰',
      复垦方向: '复绿',
      亩均税收: '1,234.5',
      产值: ' 12.5 ',
      能耗: '34吨标煤',
      备注: '已约谈',
      土地性质: '国有',
      用地方式: '自有',
    },
    geometry: { type: 'Polygon', coordinates: [squareRing(120.502, 30.6)] },
  },
  // 2: no id → warning id-missing, id "#3"
  { type: 'Feature', properties: { name: '无编号企业', stage: 'listed' }, geometry: square },
  // 3: same id as feature 0 → warning id-duplicate
  { type: 'Feature', properties: { id: 'SQ-001', stage: 'listed' }, geometry: square },
  // 4: stage not recognised → warning stage-unknown, loaded as listed
  { type: 'Feature', properties: { id: 'SQ-005', stage: '已完成' }, geometry: square },
  // 5: null geometry → error geometry-missing
  { type: 'Feature', properties: { id: 'SQ-006', name: '无图形企业', stage: 'listed' }, geometry: null },
  // 6: a point → error geometry-not-polygon
  { type: 'Feature', properties: { id: 'SQ-007', stage: 'listed' }, geometry: { type: 'Point', coordinates: [120.5, 30.6] } },
  // 7: [lat, lon] → error coordinates-swapped
  {
    type: 'Feature',
    properties: { id: 'SQ-008', stage: 'listed' },
    geometry: { type: 'Polygon', coordinates: [squareRing(120.5, 30.6).map(([lon, lat]) => [lat, lon])] },
  },
  // 8: metres from a projected system → error coordinate-out-of-range
  {
    type: 'Feature',
    properties: { id: 'SQ-009', stage: 'listed' },
    geometry: {
      type: 'Polygon',
      coordinates: [[[40500000, 3386000], [40500100, 3386000], [40500100, 3386100], [40500000, 3386000]]],
    },
  },
  // 9: a coordinate written as text → error coordinate-not-number
  {
    type: 'Feature',
    properties: { id: 'SQ-010', stage: 'listed' },
    geometry: { type: 'Polygon', coordinates: [[[120.5, 30.6], ['120.501', 30.6], [120.501, 30.601], [120.5, 30.6]]] },
  },
  // 10: ring not closed → warning ring-not-closed, closed and loaded
  { type: 'Feature', properties: { id: 'SQ-011', stage: 'listed' }, geometry: { type: 'Polygon', coordinates: [squareRing(120.5, 30.6).slice(0, 4)] } },
  // 11: two corners → error ring-too-short
  { type: 'Feature', properties: { id: 'SQ-012', stage: 'listed' }, geometry: { type: 'Polygon', coordinates: [[[120.5, 30.6], [120.501, 30.6], [120.5, 30.6]]] } },
  // 12: bow tie → error ring-self-intersection
  {
    type: 'Feature',
    properties: { id: 'SQ-013', stage: 'listed' },
    geometry: { type: 'Polygon', coordinates: [[[120.5, 30.6], [120.501, 30.601], [120.501, 30.6], [120.5, 30.601], [120.5, 30.6]]] },
  },
  // 13: clockwise outer ring → warning ring-winding-fixed
  { type: 'Feature', properties: { id: 'SQ-014', stage: 'listed' }, geometry: { type: 'Polygon', coordinates: [[...squareRing(120.5, 30.6)].reverse()] } },
  // 14: stage demolished but accepted_on set → warning stage-date-ahead
  {
    type: 'Feature',
    properties: { id: 'SQ-015', stage: '已拆除', signed_on: '2024-01-05', demolished_on: '2024-03-01', accepted_on: '2024-09-01' },
    geometry: square,
  },
  // 15: stage demolished, demolished_on set but no signed_on → warning stage-date-missing
  { type: 'Feature', properties: { id: 'SQ-016', stage: 'demolished', demolished_on: '2024-03-01' }, geometry: square },
  // 16: demolished before signed → warning stage-dates-out-of-order
  { type: 'Feature', properties: { id: 'SQ-017', stage: 'demolished', signed_on: '2024-05-01', demolished_on: '2024-01-01' }, geometry: square },
  // 17: declared 20 mu, measured 15.95 mu → warning declared-area-mismatch
  { type: 'Feature', properties: { id: 'SQ-018', stage: 'listed', declared_area_mu: 20 }, geometry: square },
  // 18: an empty ring, on which geojson-validation throws → error ring-too-short
  { type: 'Feature', properties: { id: 'SQ-019', stage: 'listed' }, geometry: { type: 'Polygon', coordinates: [[]] } },
  // 19: MultiPolygon, one part with a hole → loaded, no findings
  {
    type: 'Feature',
    properties: { id: 'SQ-020', stage: 'listed' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [squareRing(120.51, 30.6, 0.002), [...squareRing(120.5105, 30.6005)].reverse()],
        [squareRing(120.5, 30.6)],
      ],
    },
  },
  // 20: not an object → error feature-not-object
  '不是要素',
  // 21: wrong type → error feature-structure (from geojson-validation)
  { type: 'Feat', properties: { id: 'SQ-022', stage: 'listed' }, geometry: square },
  // 22: unreadable number and date → warnings number-unreadable, date-unreadable
  { type: 'Feature', properties: { id: 'SQ-023', stage: 'negotiating', 面积: '约三十亩', 走访时间: '去年' }, geometry: square },
  // 23: in Europe → warning coordinate-outside-china
  { type: 'Feature', properties: { id: 'SQ-024', stage: 'listed' }, geometry: { type: 'Polygon', coordinates: [squareRing(10, 50)] } },
  // 24: every corner the same point → error geometry-zero-area
  {
    type: 'Feature',
    properties: { id: 'SQ-025', stage: 'listed' },
    geometry: { type: 'Polygon', coordinates: [[[120.5, 30.6], [120.5, 30.6], [120.5, 30.6], [120.5, 30.6]]] },
  },
  // 25: no stage → warning stage-missing, loaded as listed
  { type: 'Feature', properties: { id: 'SQ-026', stage: ' ' }, geometry: square },
  // 26: no properties at all → warnings id-missing and stage-missing
  { type: 'Feature', properties: null, geometry: square },
]);

export const PLOT_COLLECTION = deepFreeze({ type: 'FeatureCollection', features: PLOT_FEATURES });
