import { useAppStore } from '../state/store';
import type { Language } from '../state/language';
import type { StageDefinition } from '../domain/types';

const TEXT = {
  zh: {
    appName: '作战图',
    overview: '全县总览',
    asOf: '截至',
    demoBadge: '示例数据',
    demoNote: '县、镇、村、企业和地块均为虚构',
    legend: '图例',
    stage: '阶段',
    plots: '地块',
    plotsUnit: '块',
    mu: '亩',
    total: '合计',
    openFile: '打开 GeoJSON',
    dropHint: '松开鼠标以打开 GeoJSON 文件',
    loading: '正在载入…',
    loadFailed: '载入失败',
    loaded: '已载入',
    rejected: '拒绝',
    warnings: '提示',
    findings: '数据检查',
    showFindings: '查看',
    hideFindings: '收起',
    close: '关闭',
    plotDetails: '地块详情',
    measuredArea: '测算面积',
    declaredArea: '台账面积',
    originalProperties: '原始属性（文件中的全部字段）',
    clickHint: '点击地块查看详情',
    summary: '全县进度',
    target: '目标',
    done: '完成',
    completion: '完成率',
    noTarget: '无目标',
    language: 'English',
    kept: '已保留',
    dropped: '已拒绝',
    feature: '要素',
  },
  en: {
    appName: 'Battle Map',
    overview: 'County overview',
    asOf: 'As of',
    demoBadge: 'Demo data',
    demoNote: 'County, townships, villages, enterprises and plots are fictional',
    legend: 'Legend',
    stage: 'Stage',
    plots: 'Plots',
    plotsUnit: '',
    mu: 'mu',
    total: 'Total',
    openFile: 'Open GeoJSON',
    dropHint: 'Drop to open a GeoJSON file',
    loading: 'Loading…',
    loadFailed: 'Could not load',
    loaded: 'Loaded',
    rejected: 'rejected',
    warnings: 'warnings',
    findings: 'Data checks',
    showFindings: 'Show',
    hideFindings: 'Hide',
    close: 'Close',
    plotDetails: 'Plot details',
    measuredArea: 'Measured area',
    declaredArea: 'Ledger area',
    originalProperties: 'Original properties (every field in the file)',
    clickHint: 'Click a plot to see its details',
    summary: 'County progress',
    target: 'Target',
    done: 'Done',
    completion: 'Completion',
    noTarget: 'no target',
    language: '中文',
    kept: 'kept',
    dropped: 'rejected',
    feature: 'Feature',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type TextKey = keyof (typeof TEXT)['zh'];

export function useText(): (key: TextKey) => string {
  const language = useAppStore((state) => state.language);
  return (key) => TEXT[language][key];
}

export function useLanguage(): Language {
  return useAppStore((state) => state.language);
}

export function stageLabel(stage: StageDefinition, language: Language): string {
  return language === 'zh' ? stage.label : stage.labelEn;
}

export function pick(message: { zh: string; en: string }, language: Language): string {
  return language === 'zh' ? message.zh : message.en;
}
