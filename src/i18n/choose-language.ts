// Which language a page opens in: a ?lang= link first, then the player's choice remembered in this browser, then the
// browser's own languages in its order of preference, then English. Browser-only; t() and the formatters stay pure.
import { LANGUAGES, supportedLanguage, type Language } from './index';

export const LANGUAGE_STORAGE_KEY = 'shakeout.language';

/** The names a language switch shows, each in its own language so a reader finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

export function chooseLanguage(linked: string | null, remembered: string | null, browser: readonly string[]): Language {
  return supportedLanguage(linked) ?? supportedLanguage(remembered) ?? browser.map(supportedLanguage).find((l) => l !== null) ?? 'en';
}

function remembered(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language the page opens in, from the link, the remembered choice and the browser (src/ui/language.ts loads it). */
export function startLanguage(linked: string | null): Language {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return chooseLanguage(linked, remembered(), browser);
}

/** Remembers the player's choice in this browser; blocked storage keeps it for this visit only. */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode: the link or the switch still sets the language for this page.
  }
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
