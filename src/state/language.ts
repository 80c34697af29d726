import type { Language } from '../domain/format';

export type { Language };

const STORAGE_KEY = 'battle-map.language';

export function rememberedLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may forbid storage; the switch still works for this visit.
  }
}
