import type { StageKey } from '../../src/domain/types';
import { deadline, stageDates, townshipTempo } from './dates';
import { enterprise } from './enterprises';
import { roundTo } from './geometry';
import { personName, type TownshipName } from './names';
import type { Random } from './random';

export type PlotProperties = Record<string, string | number | string[] | null>;

/** Officials a township puts in charge of plots: leaders, task forces and village secretaries. */
export class Officers {
  private readonly leaders: string[];
  private readonly taskForces: string[];
  private readonly secretaries = new Map<string, string>();

  constructor(private readonly random: Random, township: TownshipName) {
    const roles = township.subdistrict
      ? ['街道办事处副主任', '街道党工委副书记', '街道党工委委员', '街道办事处副主任']
      : ['副镇长', '镇党委副书记', '镇人大主席', '镇党委委员', '副镇长'];
    this.leaders = roles.slice(0, random.integer(3, roles.length)).map((role) => `${personName(random)}（${role}）`);
    this.taskForces = ['一', '二', '三'].slice(0, random.integer(2, 3)).map((number) => `${township.name}腾退${number}组`);
  }

  pick(village: string): string {
    const kind = this.random.weighted([['leader', 3], ['task force', 2], ['village', 5]] as const);
    if (kind === 'leader') return this.random.pick(this.leaders);
    if (kind === 'task force') return this.random.pick(this.taskForces);
    let secretary = this.secretaries.get(village);
    if (!secretary) {
      secretary = `${personName(this.random)}（${village}党委书记）`;
      this.secretaries.set(village, secretary);
    }
    return secretary;
  }
}

const NOTES = [
  '涉及租赁合同纠纷，正在协调',
  '已完成资产评估',
  '部分厂房为违章搭建',
  '需协调水电线路迁移',
  '企业主要求延期搬迁',
  '纳入省级整治清单',
  '已签订入园意向协议',
  '土地权属待村集体确认',
  '环保督查交办件',
  '复垦方案已报审',
];

const HEAVY_CATEGORY = '两高一低';

function categoriesOf(random: Random, workshop: boolean, energyHeavy: boolean, tenure: string, stage: StageKey): string[] {
  const categories: string[] = [];
  if (random.chance(workshop ? 0.9 : 0.55)) categories.push('低散乱');
  if (random.chance(energyHeavy ? 0.7 : 0.12)) categories.push(HEAVY_CATEGORY);
  if (workshop && random.chance(0.4)) categories.push('四无企业');
  if (!workshop && random.chance(stage === 'listed' || stage === 'negotiating' ? 0.18 : 0.08)) categories.push('僵尸企业');
  if (tenure === '租赁' && random.chance(0.25)) categories.push('厂中厂');
  if (random.chance(0.1)) categories.push('违法占地');
  return categories.length > 0 ? categories : ['低散乱'];
}

function disposalOf(random: Random, stage: StageKey, workshop: boolean, categories: string[]): string {
  if (stage === 'upgraded') return '改造提升';
  const heavy = categories.includes(HEAVY_CATEGORY) || categories.includes('四无企业');
  return random.weighted([
    ['腾退收回', 40],
    ['关停淘汰', workshop || heavy ? 35 : 12],
    ['提升入园', 18],
    ['兼并重组', workshop ? 0 : 8],
  ] as const);
}

function reuseOf(random: Random, stage: StageKey): string {
  if (stage === 'upgraded') return random.chance(0.6) ? '二改二' : '小微园';
  if (stage === 'reclaimed' || stage === 'accepted') {
    return random.weighted([['复垦', 75], ['复绿', 15], ['二改一', 10]] as const);
  }
  return random.weighted([
    ['复垦', 50],
    ['复绿', 15],
    ['二改一', 10],
    ['二改三', 10],
    ['小微园', 10],
    ['二改二', 5],
  ] as const);
}

function declaredArea(random: Random, measuredMu: number): number {
  const factor = random.chance(0.02)
    ? 1 + (random.chance(0.5) ? 1 : -1) * random.between(0.08, 0.3)
    : 1 + random.between(-0.03, 0.03);
  return roundTo(measuredMu * factor, 2);
}

export interface PlotContext {
  id: string;
  township: TownshipName;
  village: string;
  stage: StageKey;
  workshop: boolean;
  measuredMu: number;
  officers: Officers;
}

/** Every ledger property of a plot, in a fixed key order. */
export function plotProperties(random: Random, context: PlotContext): PlotProperties {
  const { stage, workshop, measuredMu } = context;
  const company = enterprise(random, workshop, context.township.name, context.village);
  const dates = stageDates(stage, random, townshipTempo(context.township.name));
  const reached = dates.filter((date) => date !== null);
  const tenure = random.chance(workshop ? 0.75 : 0.5) ? '租赁' : '自有';
  const categories = categoriesOf(random, workshop, company.energyHeavy, tenure, stage);
  const outputPerMu = workshop ? random.logNormal(8, 0.6) : random.logNormal(25, 0.7);
  const energyPerMu = company.energyHeavy ? random.logNormal(12, 0.6) : random.logNormal(2, 0.7);
  const taxPerMu = workshop ? random.logNormal(1, 0.6) : random.logNormal(2.2, 0.7);
  return {
    id: context.id,
    name: company.name,
    township: context.township.name,
    village: context.village,
    industry: company.industry,
    stage,
    visited_on: dates[0],
    assessed_on: dates[1],
    signed_on: dates[2],
    demolished_on: dates[3],
    reclaimed_on: dates[4],
    accepted_on: dates[5],
    deadline: deadline(stage, reached.length > 0 ? reached[reached.length - 1] : null, random),
    officer: context.officers.pick(context.village),
    declared_area_mu: declaredArea(random, measuredMu),
    land_ownership: random.chance(0.75) ? '集体' : '国有',
    tenure,
    categories,
    disposal: disposalOf(random, stage, workshop, categories),
    reuse: reuseOf(random, stage),
    tax_per_mu: roundTo(Math.min(9, Math.max(0.1, taxPerMu)), 2),
    output_value: roundTo(measuredMu * outputPerMu, 1),
    energy_tce: roundTo(measuredMu * energyPerMu, 1),
    note: random.chance(0.2) ? random.pick(NOTES) : '',
  };
}
