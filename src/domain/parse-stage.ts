import { DEFAULT_STAGES } from './stages';
import { STAGE_KEYS, type StageKey } from './types';

const SYNONYMS: Readonly<Record<StageKey, readonly string[]>> = {
  listed: ['待启动', '未启动', '未开始', '待走访', '列入清单'],
  negotiating: ['洽谈中', '洽谈', '走访', '已走访', '评估', '已评估', '走访评估', '谈判中'],
  signed: ['已签约', '签约', '腾退签约', '已腾退签约', '签约完成'],
  demolished: ['已拆除', '拆除', '拆除完成'],
  reclaimed: ['已复垦', '复垦', '复绿', '已复绿', '复垦复绿', '已复垦复绿'],
  accepted: ['已验收', '验收', '验收通过', '通过验收'],
  upgraded: ['整治提升', '提升', '改造提升', '已提升', '已整治提升'],
};

function normalizeStageText(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

const STAGE_BY_TEXT: ReadonlyMap<string, StageKey> = (() => {
  const byText = new Map<string, StageKey>();
  for (const key of STAGE_KEYS) {
    byText.set(key, key);
    for (const synonym of SYNONYMS[key]) byText.set(normalizeStageText(synonym), key);
  }
  for (const stage of DEFAULT_STAGES) {
    byText.set(normalizeStageText(stage.label), stage.key);
    byText.set(normalizeStageText(stage.labelEn), stage.key);
  }
  return byText;
})();

/** The stage key a ledger writes as 已签约, 签约, "Signed" …; null when it is none of them. */
export function parseStage(value: unknown): StageKey | null {
  if (typeof value !== 'string') return null;
  return STAGE_BY_TEXT.get(value) ?? STAGE_BY_TEXT.get(normalizeStageText(value)) ?? null;
}
