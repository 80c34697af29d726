import type { Random } from './random';

export const COUNTY = '清溪县';
export const COUNTY_CODE = '330599';

export interface TownshipName {
  name: string;
  nameEn: string;
  /** Letters that start each plot id, e.g. SQ in SQ-017. */
  prefix: string;
  subdistrict: boolean;
}

/** The demo's townships; the first is the one whose figures follow the published report. */
const DEMO_TOWNSHIPS: readonly [string, string, string, boolean][] = [
  ['史桥', 'Shiqiao', 'SQ', false],
  ['云湖', 'Yunhu', 'YH', true],
  ['梅溪', 'Meixi', 'MX', false],
  ['白沙', 'Baisha', 'BS', false],
  ['新塘', 'Xintang', 'XT', false],
  ['永安', "Yong'an", 'YA', false],
  ['青石', 'Qingshi', 'QS', false],
  ['长丰', 'Changfeng', 'CF', false],
  ['凤鸣', 'Fengming', 'FM', true],
  ['鹤林', 'Helin', 'HL', false],
];

const FIRST_SYLLABLES: readonly [string, string][] = [
  ['东', 'Dong'], ['西', 'Xi'], ['南', 'Nan'], ['北', 'Bei'], ['金', 'Jin'], ['银', 'Yin'],
  ['桃', 'Tao'], ['柳', 'Liu'], ['荷', 'He'], ['桑', 'Sang'], ['丰', 'Feng'], ['兴', 'Xing'],
  ['和', 'He'], ['安', 'An'], ['华', 'Hua'], ['龙', 'Long'], ['鹿', 'Lu'], ['洛', 'Luo'],
];
const SECOND_SYLLABLES: readonly [string, string][] = [
  ['港', 'gang'], ['浜', 'bang'], ['泾', 'jing'], ['墩', 'dun'], ['渡', 'du'], ['圩', 'wei'],
  ['埭', 'dai'], ['荡', 'dang'], ['山', 'shan'], ['湾', 'wan'], ['田', 'tian'], ['庄', 'zhuang'],
];

/** Township names: the demo's ten, then made-up two-syllable names for larger campaigns. */
export function townshipNames(count: number): TownshipName[] {
  const names: TownshipName[] = [];
  const usedPrefixes = new Set<string>();
  const add = (chinese: string, english: string, initials: string, subdistrict: boolean) => {
    let prefix = initials;
    for (let suffix = 2; usedPrefixes.has(prefix); suffix++) prefix = initials + suffix;
    usedPrefixes.add(prefix);
    names.push({
      name: chinese + (subdistrict ? '街道' : '镇'),
      nameEn: `${english} ${subdistrict ? 'Subdistrict' : 'Town'}`,
      prefix,
      subdistrict,
    });
  };
  for (const [chinese, english, initials, subdistrict] of DEMO_TOWNSHIPS.slice(0, count)) {
    add(chinese, english, initials, subdistrict);
  }
  for (let index = 0; names.length < count; index++) {
    const [first, firstEn] = FIRST_SYLLABLES[index % FIRST_SYLLABLES.length];
    const [second, secondEn] = SECOND_SYLLABLES[Math.floor(index / FIRST_SYLLABLES.length) % SECOND_SYLLABLES.length];
    add(first + second, firstEn + secondEn, firstEn[0] + secondEn[0].toUpperCase(), index % 7 === 3);
  }
  return names;
}

const VILLAGE_FIRST = [
  '东', '西', '南', '北', '前', '后', '高', '新', '大', '小', '黄', '杨', '沈', '周', '徐', '朱', '吴',
  '金', '桃', '柳', '荷', '竹', '桑', '莲', '钱', '宋', '马', '谢', '蒋', '陆', '姚', '顾', '芦', '菱',
];
const VILLAGE_SECOND = [
  '家', '港', '浜', '桥', '湾', '墩', '圩', '庄', '荡', '埭', '兜', '塘', '泾', '里', '渡', '河', '园', '田',
];

/** Village names unique within the county; the first village of a township bears its name. */
export function villageName(random: Random, used: Set<string>, township: TownshipName, first: boolean): string {
  const stem = township.name.slice(0, 2);
  const suffix = township.subdistrict && random.chance(0.5) ? '社区' : '村';
  if (first && !used.has(stem)) {
    used.add(stem);
    return stem + suffix;
  }
  for (;;) {
    const candidate = random.pick(VILLAGE_FIRST) + random.pick(VILLAGE_SECOND);
    const name = used.size > 500 ? candidate + random.pick(VILLAGE_SECOND) : candidate;
    if (!used.has(name)) {
      used.add(name);
      return name + suffix;
    }
  }
}

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭',
  '林', '何', '高', '沈', '钱', '蒋', '金', '陆', '姚', '顾', '屠', '俞', '范', '褚',
];
export const GIVEN_NAMES = [
  '建国', '志强', '海峰', '晓东', '丽华', '美玲', '国平', '卫东', '雪芳', '永明', '春燕', '德华', '建军',
  '红梅', '立新', '文斌', '秀英', '伟民', '利群', '振华', '晓梅', '明辉', '金华', '跃进', '爱萍', '建华',
  '国强', '月娥', '水根', '炳荣', '阿毛', '根宝', '桂英', '小平', '学军', '慧敏',
];

export function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
}
