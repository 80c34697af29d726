import type { StageDefinition, StageKey } from './types';

/**
 * Default stage colours: the Okabe–Ito palette, told apart by colour-blind viewers and still
 * distinct on a washed-out projector. Labels always accompany them.
 */
export const DEFAULT_STAGES: readonly StageDefinition[] = [
  { key: 'listed', label: '待启动', labelEn: 'Not started', color: '#9a9a9a' },
  { key: 'negotiating', label: '洽谈中', labelEn: 'Negotiating', color: '#f0e442' },
  { key: 'signed', label: '已签约', labelEn: 'Signed', color: '#e69f00' },
  { key: 'demolished', label: '已拆除', labelEn: 'Demolished', color: '#d55e00' },
  { key: 'reclaimed', label: '已复垦', labelEn: 'Reclaimed', color: '#009e73' },
  { key: 'accepted', label: '已验收', labelEn: 'Accepted', color: '#0072b2' },
  { key: 'upgraded', label: '整治提升', labelEn: 'Upgraded in place', color: '#cc79a7' },
];

/** Position along the vacate path; `upgraded` is off the path. */
const STAGE_ORDER: Readonly<Record<StageKey, number | null>> = {
  listed: 0,
  negotiating: 1,
  signed: 2,
  demolished: 3,
  reclaimed: 4,
  accepted: 5,
  upgraded: null,
};

export function stageOrder(stage: StageKey): number | null {
  return STAGE_ORDER[stage];
}

/** True when a plot at `stage` has reached `milestone` or gone beyond it on the vacate path. */
export function hasReached(stage: StageKey, milestone: StageKey): boolean {
  const order = STAGE_ORDER[stage];
  const target = STAGE_ORDER[milestone];
  if (order === null || target === null) return stage === milestone;
  return order >= target;
}
