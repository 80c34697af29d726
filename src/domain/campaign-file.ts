import { DEFAULT_STAGES } from './stages';
import { STAGE_KEYS } from './types';
import type { Campaign, MetricKey, StageDefinition, StageKey, Targets } from './types';

/** A campaign file read and checked; the data file names are relative to the campaign file. */
export interface CampaignFile {
  campaign: Campaign;
  parcels: string;
  townships: string | null;
  villages: string | null;
}

export type CampaignFileResult =
  | { ok: true; file: CampaignFile }
  | { ok: false; messageZh: string; messageEn: string };

interface Problem {
  zh: string;
  en: string;
}

/** The snake_case names a campaign file uses for the target metrics. */
const METRIC_FILE_NAMES: Readonly<Record<string, MetricKey>> = {
  signed_mu: 'signedMu',
  demolished_mu: 'demolishedMu',
  reclaimed_mu: 'reclaimedMu',
  saved_quota_mu: 'savedQuotaMu',
  // Saved quota is the area at `accepted`, so an "accepted mu" target measures the same thing.
  accepted_mu: 'savedQuotaMu',
  enterprises_handled: 'enterprisesHandled',
};

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function readFileName(
  record: Record<string, unknown>,
  field: string,
  required: boolean,
  problems: Problem[],
): string | null {
  const value = record[field];
  if (value === undefined || value === null) {
    if (required) {
      problems.push({
        zh: `缺少 "${field}"（地块文件名）`,
        en: `"${field}" (the parcels file name) is missing`,
      });
    }
    return null;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push({ zh: `"${field}" 应为文件名`, en: `"${field}" must be a file name` });
    return null;
  }
  return value.trim();
}

function readStages(value: unknown, problems: Problem[]): StageDefinition[] {
  const stages = DEFAULT_STAGES.map((stage) => ({ ...stage }));
  if (value === undefined || value === null) return stages;
  if (!Array.isArray(value)) {
    problems.push({ zh: '"stages" 应为列表', en: '"stages" must be a list' });
    return stages;
  }
  const seen = new Set<string>();
  value.forEach((entry: unknown, position) => {
    const where = `stages[${position}]`;
    if (!isRecord(entry)) {
      problems.push({ zh: `${where} 应为对象`, en: `${where} must be an object` });
      return;
    }
    const key = entry.key;
    if (typeof key !== 'string' || !(STAGE_KEYS as readonly string[]).includes(key)) {
      const known = STAGE_KEYS.join(', ');
      problems.push({
        zh: `${where} 的 key "${String(key)}" 不是已知阶段（${known}）`,
        en: `${where}: key "${String(key)}" is not a known stage (${known})`,
      });
      return;
    }
    if (seen.has(key)) {
      problems.push({ zh: `${where} 的阶段 "${key}" 重复`, en: `${where}: stage "${key}" appears twice` });
      return;
    }
    seen.add(key);
    const stage = stages.find((candidate) => candidate.key === (key as StageKey));
    if (!stage) return;
    for (const [field, property] of [['label', 'label'], ['label_en', 'labelEn']] as const) {
      const text = entry[field];
      if (text === undefined) continue;
      if (typeof text === 'string' && text.trim() !== '') stage[property] = text.trim();
      else problems.push({ zh: `${where}.${field} 应为非空文字`, en: `${where}.${field} must be non-empty text` });
    }
    if (entry.color === undefined) return;
    if (typeof entry.color === 'string' && HEX_COLOUR.test(entry.color)) {
      stage.color = entry.color;
    } else {
      problems.push({
        zh: `${where}.color 应为 #rrggbb 形式的颜色`,
        en: `${where}.color must be a colour like #rrggbb`,
      });
    }
  });
  return stages;
}

function readTownshipTargets(township: string, value: unknown, problems: Problem[]): Targets {
  const targets: Targets = {};
  const where = `targets["${township}"]`;
  if (!isRecord(value)) {
    problems.push({ zh: `${where} 应为对象`, en: `${where} must be an object` });
    return targets;
  }
  for (const [field, amount] of Object.entries(value)) {
    const metric = Object.hasOwn(METRIC_FILE_NAMES, field) ? METRIC_FILE_NAMES[field] : undefined;
    if (metric === undefined) {
      const known = Object.keys(METRIC_FILE_NAMES).join(', ');
      problems.push({
        zh: `${where} 的 "${field}" 不是已知指标（${known}）`,
        en: `${where}: "${field}" is not a known metric (${known})`,
      });
      continue;
    }
    if (amount === null) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
      problems.push({
        zh: `${where}.${field} 应为不小于 0 的数字`,
        en: `${where}.${field} must be a number, 0 or more`,
      });
      continue;
    }
    if (targets[metric] !== undefined && targets[metric] !== amount) {
      problems.push({
        zh: `${where} 的节余指标目标写了两个不同的值`,
        en: `${where}: saved_quota_mu and accepted_mu disagree`,
      });
      continue;
    }
    targets[metric] = amount;
  }
  return targets;
}

function readTargets(value: unknown, problems: Problem[]): Record<string, Targets> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    problems.push({ zh: '"targets" 应为以镇街名称为键的对象', en: '"targets" must be an object keyed by township name' });
    return {};
  }
  // fromEntries defines own properties, so a township named "__proto__" stays a township.
  return Object.fromEntries(
    Object.entries(value).map(([township, targets]) => [township, readTownshipTargets(township, targets, problems)]),
  );
}

/** The weekly report's last day of the week and the campaign year's first day, when given. */
function readCampaignTime(input: Record<string, unknown>, problems: Problem[]): { weekEndsOn: { weekEndsOn?: number }; yearStart: { yearStart?: string } } {
  const weekEnd = input.week_ends_on;
  const start = input.year_start;
  const validWeekEnd = typeof weekEnd === 'number' && Number.isInteger(weekEnd) && weekEnd >= 0 && weekEnd <= 7;
  if (weekEnd !== undefined && !validWeekEnd) {
    problems.push({ zh: '"week_ends_on"（每周截止日）应为 0–6 的整数（0 或 7 为星期日）', en: '"week_ends_on" must be a whole number 0–6 (0 or 7 is Sunday)' });
  }
  const validStart = typeof start === 'string' && isIsoDate(start);
  if (start !== undefined && !validStart) {
    problems.push({ zh: '"year_start"（年度起始日）应为 yyyy-mm-dd 形式的日期', en: '"year_start" must be a date like yyyy-mm-dd' });
  }
  return {
    weekEndsOn: validWeekEnd ? { weekEndsOn: weekEnd % 7 } : {},
    yearStart: validStart ? { yearStart: start } : {},
  };
}

/**
 * Reads a campaign file (JSON already parsed). Every problem found is reported at once, in
 * Chinese and in English; nothing is thrown.
 */
export function parseCampaignFile(input: unknown): CampaignFileResult {
  if (!isRecord(input)) {
    return { ok: false, messageZh: '作战方案文件应为 JSON 对象', messageEn: 'The campaign file must be a JSON object' };
  }
  const problems: Problem[] = [];

  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '') problems.push({ zh: '缺少 "name"（行动名称）', en: '"name" (the campaign name) is missing' });
  let nameEn = '';
  if (typeof input.name_en === 'string') nameEn = input.name_en.trim();
  else if (input.name_en !== undefined) problems.push({ zh: '"name_en" 应为文字', en: '"name_en" must be text' });

  const reportingDate = input.reporting_date;
  if (typeof reportingDate !== 'string' || !isIsoDate(reportingDate)) {
    problems.push({
      zh: '"reporting_date"（截至日期）应为 yyyy-mm-dd 形式的日期',
      en: '"reporting_date" must be a date like yyyy-mm-dd',
    });
  }
  if (input.demo !== undefined && typeof input.demo !== 'boolean') {
    problems.push({ zh: '"demo" 应为 true 或 false', en: '"demo" must be true or false' });
  }

  const { weekEndsOn, yearStart } = readCampaignTime(input, problems);
  const parcels = readFileName(input, 'parcels', true, problems);
  const townships = readFileName(input, 'townships', false, problems);
  const villages = readFileName(input, 'villages', false, problems);
  const stages = readStages(input.stages, problems);
  const targets = readTargets(input.targets, problems);

  if (problems.length > 0 || parcels === null || typeof reportingDate !== 'string') {
    return {
      ok: false,
      messageZh: `作战方案文件有误：${problems.map((problem) => problem.zh).join('；')}`,
      messageEn: `The campaign file has problems: ${problems.map((problem) => problem.en).join('; ')}`,
    };
  }
  return {
    ok: true,
    file: {
      campaign: { name, nameEn, reportingDate, stages, targets, demo: input.demo === true, ...weekEndsOn, ...yearStart },
      parcels,
      townships,
      villages,
    },
  };
}
