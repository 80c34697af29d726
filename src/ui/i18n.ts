import { useAppStore } from '../state/store';
import type { Language } from '../state/language';
import type { StageDefinition } from '../domain/types';
import { EN } from './i18n-en';
import { ZH } from './i18n-zh';

const TEXT = { zh: ZH, en: EN } as const satisfies Record<Language, Record<string, string>>;

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
