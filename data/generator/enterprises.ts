import { COUNTY, personName, SURNAMES } from './names';
import type { Random } from './random';

/** Industry, its weight in the ledger, words for company names, and whether it is energy-heavy. */
const INDUSTRIES: readonly (readonly [string, number, readonly string[], boolean])[] = [
  ['纺织', 14, ['纺织', '织造', '经编', '丝织'], false],
  ['机械', 12, ['机械', '机械配件', '精密机械'], false],
  ['塑料制品', 10, ['塑料制品', '塑胶', '塑业'], false],
  ['五金', 10, ['五金', '五金制品', '紧固件'], false],
  ['化工', 8, ['化工', '精细化工', '化学助剂'], true],
  ['电子元件', 7, ['电子', '电子元件', '电器配件'], false],
  ['木材加工', 7, ['木业', '木制品', '板材'], false],
  ['废品回收', 6, ['再生资源', '废旧物资回收'], false],
  ['印染', 5, ['印染', '染整'], true],
  ['家具', 5, ['家具', '家居'], false],
  ['服装', 5, ['服装', '制衣'], false],
  ['砖瓦', 4, ['砖瓦', '新型墙材'], true],
  ['铸造', 4, ['铸造', '铸件'], true],
  ['皮革', 3, ['皮革', '制革'], true],
];

const BRANDS = [
  '永丰', '鑫达', '恒源', '宏发', '华盛', '金泰', '瑞丰', '兴旺', '天成', '利民', '富强', '嘉禾', '广源',
  '盛昌', '振兴', '联发', '荣鑫', '博远', '顺达', '万隆', '协力', '长盛', '佳美', '明珠', '凯达', '旭日',
  '汇通', '众鑫', '新宇', '恒泰', '德胜', '丰华', '永兴', '锦程', '隆昌', '宝丰', '远航', '瑞祥', '金鹰',
  '正大', '立信', '和美', '三友', '四通', '双龙', '红星', '东升', '春晖', '金穗', '永固',
];

export interface Enterprise {
  name: string;
  industry: string;
  energyHeavy: boolean;
}

/** A fictional enterprise: a company, or an individual workshop named after its owner. */
export function enterprise(random: Random, workshop: boolean, township: string, village: string): Enterprise {
  const [industry, , words, energyHeavy] = random.weighted(INDUSTRIES.map((entry) => [entry, entry[1]] as const));
  const word = random.pick(words);
  if (workshop) {
    if (industry === '废品回收') return { name: `${village.slice(0, 2)}${random.pick(SURNAMES)}记废品收购站`, industry, energyHeavy };
    const name = random.chance(0.5)
      ? `${village.slice(0, 2)}${random.pick(SURNAMES)}记${word}${random.pick(['加工点', '作坊', '加工场'])}`
      : `${personName(random)}${word}加工点（个体）`;
    return { name, industry, energyHeavy };
  }
  const place = random.weighted([
    [COUNTY, 45],
    [COUNTY.slice(0, 2), 25],
    [township.slice(0, 2), 30],
  ] as const);
  const suffix = random.weighted([
    ['有限公司', 60],
    ['厂', 30],
    ['加工厂', 10],
  ] as const);
  return { name: `${place}${random.pick(BRANDS)}${word}${suffix}`, industry, energyHeavy };
}
