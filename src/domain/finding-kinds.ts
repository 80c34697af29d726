import type { Problem } from './findings';

/**
 * Each kind of finding in a few words, for the grouped list ("158,170 × 环方向已自动调整") and
 * the kind filter. The full message of each finding says which feature and what exactly.
 */
export const FINDING_KINDS: Readonly<Record<string, Problem>> = {
  'file-not-geojson': { zh: '文件不是 GeoJSON', en: 'file is not GeoJSON' },
  'file-no-features': { zh: '文件没有要素', en: 'file has no features' },
  'file-not-feature-collection': { zh: '文件不是 FeatureCollection', en: 'file is not a FeatureCollection' },
  'file-bare-geometry': { zh: '文件是单个几何图形，已作为地块读取', en: 'file is a bare geometry, read as a plot' },
  'file-geometry-collection': { zh: '文件是 GeometryCollection，其中的面已作为地块读取', en: 'file is a GeometryCollection, its polygons read as plots' },
  'feature-not-object': { zh: '不是要素对象', en: 'not a feature object' },
  'feature-structure': { zh: '要素结构不符合 GeoJSON', en: 'feature structure is not GeoJSON' },
  'geometry-missing': { zh: '没有几何图形', en: 'no geometry' },
  'geometry-malformed': { zh: '几何图形格式错误', en: 'malformed geometry' },
  'geometry-empty': { zh: '几何图形为空', en: 'empty geometry' },
  'geometry-not-polygon': { zh: '几何类型不是面', en: 'geometry is not a polygon' },
  'coordinate-not-number': { zh: '坐标不是有限数值', en: 'coordinate is not a finite number' },
  'coordinate-too-large': { zh: '坐标数值过大', en: 'coordinate too large' },
  'coordinates-swapped': { zh: '经纬度顺序颠倒', en: 'longitude and latitude swapped' },
  'coordinate-out-of-range': { zh: '坐标超出经纬度范围', en: 'coordinate out of range' },
  'coordinate-outside-china': { zh: '坐标不在中国境内', en: 'coordinate outside China' },
  'ring-too-short': { zh: '环的顶点不足 3 个', en: 'ring has fewer than 3 corners' },
  'ring-not-closed': { zh: '环未闭合，已自动闭合', en: 'ring not closed, closed automatically' },
  'ring-winding-fixed': { zh: '环方向已自动调整', en: 'ring direction reversed' },
  'ring-self-intersection': { zh: '环自相交', en: 'ring crosses itself' },
  'ring-self-touch': { zh: '环与自身相接（8 字形）', en: 'ring touches itself (figure 8)' },
  'geometry-crosses-antimeridian': { zh: '跨越 180° 经线', en: 'crosses the 180° meridian' },
  'hole-outside-shell': { zh: '内环在外环之外', en: 'hole outside its outer ring' },
  'hole-crosses-shell': { zh: '内环与外环相交', en: 'hole crosses its outer ring' },
  'holes-overlap': { zh: '内环相互重叠', en: 'holes overlap' },
  'shell-inside-hole': { zh: '内环包住了外环', en: 'hole encloses its outer ring' },
  'parts-overlap': { zh: '多部分相互重叠，已合并', en: 'parts overlap, merged' },
  'geometry-zero-area': { zh: '面积为零', en: 'zero area' },
  'area-tiny': { zh: '面积不到 1 平方米', en: 'area under 1 m²' },
  'declared-area-mismatch': { zh: '台账面积与量算面积相差超过 5%', en: 'declared area off by more than 5 %' },
  'id-missing': { zh: '没有地块编号', en: 'no plot code' },
  'id-duplicate': { zh: '地块编号重复', en: 'plot code repeated' },
  'stage-missing': { zh: '没有填写阶段', en: 'no stage' },
  'stage-unknown': { zh: '阶段无法识别', en: 'unknown stage' },
  'date-unreadable': { zh: '日期无法识别', en: 'unreadable date' },
  'number-unreadable': { zh: '数值无法识别', en: 'unreadable number' },
  'number-too-large': { zh: '数值过大', en: 'number too large' },
  'stage-date-ahead': { zh: '填写了尚未到达的阶段日期', en: 'dates of stages not yet reached' },
  'stage-date-missing': { zh: '缺少阶段日期', en: 'stage date missing' },
  'stage-dates-out-of-order': { zh: '阶段日期先后颠倒', en: 'stage dates out of order' },
};

/** The few words for a kind; a kind not in the table shows its code. */
export function findingKind(code: string): Problem {
  return FINDING_KINDS[code] ?? { zh: code, en: code };
}
