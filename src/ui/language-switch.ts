// The title screen's language switch. Every view words itself once when it is made, so a new language takes effect
// by reloading the page; the address bar keeps the world chosen, and the choice is remembered in this browser.
import { getLanguage, LANGUAGES, t } from '../i18n';
import { isLanguage, LANGUAGE_NAMES, rememberLanguage } from '../i18n/choose-language';
import { h } from './dom';

export function createLanguageSwitch(reload: (search: string) => void = defaultReload): HTMLElement {
  const select = h('select', { id: 'language-switch' }, ...LANGUAGES.map((l) => h('option', { value: l, lang: l }, LANGUAGE_NAMES[l])));
  select.value = getLanguage();
  select.addEventListener('change', () => {
    if (!isLanguage(select.value) || select.value === getLanguage()) return;
    rememberLanguage(select.value);
    // A ?lang= in the link would outvote the choice just made.
    const params = new URLSearchParams(window.location.search);
    params.delete('lang');
    const search = params.toString();
    reload(search ? `?${search}` : '');
  });
  // "Language / 语言": a reader of either language finds the switch whatever the page is in.
  return h('div', { class: 'language-switch' }, h('label', { for: 'language-switch' }, t('language.label')), select);
}

function defaultReload(search: string): void {
  window.location.assign(`${window.location.pathname}${search}${window.location.hash}`);
}
