import { useAppStore } from '../../state/store';

/** The words of 新建作战图, Chinese first; kept beside it rather than in the app-wide table. */
const NEW_CAMPAIGN_TEXT = {
  zh: {
    button: '新建作战图',
    title: '新建作战图',
    intro: '新建一个空的作战图，再用“导入数据”导入地块、镇街道和村边界、台账。没有导入边界时，按地块的镇街道、村字段生成示意轮廓。',
    name: '作战图名称',
    defaultName: '新作战图',
    reportingDate: '截至日期',
    editsKept: '当前作战图有 {n} 处修改尚未导出。修改按文件保存在本浏览器中：重新打开同一文件时会恢复，新建不会删除它们；如需带走，请先“保存作战图”或导出修改。',
    create: '新建',
    cancel: '取消',
    created: '已新建作战图“{name}”：请用“导入数据”导入地块',
  },
  en: {
    button: 'New campaign',
    title: 'New campaign',
    intro: 'Start an empty campaign, then use Import data to bring in plots, township and village outlines and ledgers. With no outlines imported, sketch outlines are drawn from the plots’ township and village fields.',
    name: 'Campaign name',
    defaultName: 'New campaign',
    reportingDate: 'As of',
    editsKept: 'The open campaign has {n} edits not yet exported. Edits are kept per file in this browser: they come back when the same file is opened again, and a new campaign does not delete them; to take them elsewhere, save the campaign or export the edits first.',
    create: 'Create',
    cancel: 'Cancel',
    created: 'Started the campaign "{name}": import its plots with Import data',
  },
} as const;

export type NewCampaignTextKey = keyof (typeof NEW_CAMPAIGN_TEXT)['zh'];

export function useNewCampaignText(): (key: NewCampaignTextKey, values?: Record<string, string | number>) => string {
  const language = useAppStore((state) => state.language);
  return (key, values = {}) => NEW_CAMPAIGN_TEXT[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The notice after a new campaign starts, in both languages. */
export function createdNotice(name: string): { zh: string; en: string } {
  return { zh: NEW_CAMPAIGN_TEXT.zh.created.replace('{name}', name), en: NEW_CAMPAIGN_TEXT.en.created.replace('{name}', name) };
}
