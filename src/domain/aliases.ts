/** Property keys a parcels file is expected to use (PRODUCT.md "Data it loads"). */
export const CANONICAL_KEYS = [
  'id',
  'name',
  'township',
  'village',
  'industry',
  'stage',
  'visited_on',
  'assessed_on',
  'signed_on',
  'demolished_on',
  'reclaimed_on',
  'accepted_on',
  'deadline',
  'officer',
  'declared_area_mu',
  'land_ownership',
  'tenure',
  'categories',
  'disposal',
  'reuse',
  'tax_per_mu',
  'output_value',
  'energy_tce',
  'note',
] as const;
export type CanonicalKey = (typeof CANONICAL_KEYS)[number];

/** Column names that ledgers commonly use for each canonical key. */
export const PROPERTY_ALIASES: Readonly<Record<CanonicalKey, readonly string[]>> = {
  id: ['地块编号', '编号', '地块代码', '地块号', '代码', 'code', 'plot_id'],
  name: ['企业名称', '名称', '地块名称', '企业名', '企业'],
  township: ['镇街道', '镇街', '乡镇', '所属镇街', '所属乡镇', '乡镇街道', '镇', '街道'],
  village: ['村', '村社区', '所属村', '村（社区）', '行政村', '村居'],
  industry: ['行业', '行业类别', '所属行业'],
  stage: ['状态', '阶段', '进度', '当前阶段', '工作进度'],
  visited_on: ['走访时间', '走访日期'],
  assessed_on: ['评估时间', '评估日期'],
  signed_on: ['签约时间', '签约日期', '腾退签约时间'],
  demolished_on: ['拆除时间', '拆除日期'],
  reclaimed_on: ['复垦时间', '复垦日期', '复绿时间', '复垦复绿时间'],
  accepted_on: ['验收时间', '验收日期'],
  deadline: ['计划完成时间', '完成时限', '时间节点', '完成时间节点'],
  officer: ['责任人', '包干领导', '责任单位', '联系领导'],
  declared_area_mu: ['面积', '面积（亩）', '面积(亩)', '台账面积', '台账面积（亩）', '占地面积', '占地面积（亩）', '用地面积（亩）'],
  land_ownership: ['土地性质', '土地权属'],
  tenure: ['自有/租赁', '自有或租赁', '租赁情况', '用地方式'],
  categories: ['类别', '企业类别'],
  disposal: ['处置方式'],
  reuse: ['利用方向', '复垦方向', '再利用方向'],
  tax_per_mu: ['亩均税收', '亩均税收（万元/亩）'],
  output_value: ['产值', '产值（万元）', '年产值'],
  energy_tce: ['能耗', '能耗（吨标煤）', '综合能耗'],
  note: ['备注', '说明'],
};

/**
 * A column name reduced so that spelling variants meet: case, spaces, underscores and hyphens
 * ignored, full-width brackets and slashes made half-width (declaredAreaMu = declared_area_mu,
 * 面积（亩） = 面积(亩)).
 */
export function normalizeKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/／/g, '/');
}

/** Normalised column name → canonical key, for the canonical keys and all their aliases. */
export const CANONICAL_KEY_BY_NAME: ReadonlyMap<string, CanonicalKey> = (() => {
  const byName = new Map<string, CanonicalKey>();
  for (const key of CANONICAL_KEYS) {
    byName.set(normalizeKey(key), key);
    for (const alias of PROPERTY_ALIASES[key]) byName.set(normalizeKey(alias), key);
  }
  return byName;
})();

/** How messages name each field. */
export const FIELD_LABELS: Readonly<Record<CanonicalKey, { zh: string; en: string }>> = {
  id: { zh: '地块编号', en: 'plot code' },
  name: { zh: '企业名称', en: 'name' },
  township: { zh: '镇街道', en: 'township' },
  village: { zh: '村', en: 'village' },
  industry: { zh: '行业', en: 'industry' },
  stage: { zh: '阶段', en: 'stage' },
  visited_on: { zh: '走访时间', en: 'visited on' },
  assessed_on: { zh: '评估时间', en: 'assessed on' },
  signed_on: { zh: '签约时间', en: 'signed on' },
  demolished_on: { zh: '拆除时间', en: 'demolished on' },
  reclaimed_on: { zh: '复垦时间', en: 'reclaimed on' },
  accepted_on: { zh: '验收时间', en: 'accepted on' },
  deadline: { zh: '计划完成时间', en: 'deadline' },
  officer: { zh: '责任人', en: 'officer' },
  declared_area_mu: { zh: '台账面积', en: 'declared area' },
  land_ownership: { zh: '土地性质', en: 'land ownership' },
  tenure: { zh: '自有/租赁', en: 'tenure' },
  categories: { zh: '类别', en: 'categories' },
  disposal: { zh: '处置方式', en: 'disposal' },
  reuse: { zh: '利用方向', en: 'reuse' },
  tax_per_mu: { zh: '亩均税收', en: 'tax per mu' },
  output_value: { zh: '产值', en: 'output value' },
  energy_tce: { zh: '能耗', en: 'energy use' },
  note: { zh: '备注', en: 'note' },
};
