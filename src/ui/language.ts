// The page's language: loaded on demand (catalogue, glossary, the shipped scenarios' translations: none of them in the
// English player's bundle), and switched in place: every view listening re-words itself, nothing reloads.
import { getLanguage, loadCatalogue, setLanguage, t, type Language } from '../i18n';
import { rememberLanguage } from '../i18n/choose-language';
import { loadGlossary } from '../i18n/glossary';
import { loadShippedTranslations } from '../scenario/shipped-text';

/** Fetches everything a language's text needs, once; the service worker keeps the files for offline play. */
export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([loadCatalogue(language), loadGlossary(language), loadShippedTranslations(language)]);
}

/** Loads a language and makes it active (t(), the formatters, `<html lang>`). */
export async function useLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  setLanguage(language);
}

const listeners = new Set<() => void>();

/** Calls `listener` after each switch of language; returns the way to stop. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The player chose a language: load it, make it active, remember it in this browser, put it in the address bar (a
 * copied link opens in it), and have every view re-word itself in place.
 */
export async function switchLanguage(language: Language): Promise<void> {
  if (language === getLanguage()) return;
  await useLanguage(language);
  rememberLanguage(language);
  const params = new URLSearchParams(window.location.search);
  params.set('lang', language);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
  document.title = t('app.title');
  for (const listener of [...listeners]) listener();
}
