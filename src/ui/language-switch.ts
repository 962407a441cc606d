// The title screen's language switch: the new language is fetched if need be, then every view re-words itself in place
// (src/ui/language.ts); the choice is remembered in this browser and shown in the address bar's ?lang=.
import { getLanguage, LANGUAGES, t } from '../i18n';
import { isLanguage, LANGUAGE_NAMES } from '../i18n/choose-language';
import { h } from './dom';
import { switchLanguage } from './language';

export function createLanguageSwitch(): HTMLElement {
  const select = h('select', { id: 'language-switch' }, ...LANGUAGES.map((l) => h('option', { value: l, lang: l }, LANGUAGE_NAMES[l])));
  select.value = getLanguage();
  const failed = h('p', { class: 'error', role: 'status', hidden: true });
  select.addEventListener('change', () => {
    if (!isLanguage(select.value) || select.value === getLanguage()) return;
    // Not disabled while the language loads: a disabled control drops the focus, which should stay on the switch.
    select.setAttribute('aria-busy', 'true');
    failed.hidden = true;
    // Offline before the service worker kept the language's files: say so, and stay in the language on screen.
    switchLanguage(select.value).catch(() => {
      select.removeAttribute('aria-busy');
      select.value = getLanguage();
      failed.textContent = t('language.loadFailed');
      failed.hidden = false;
    });
  });
  // "Language / 语言": a reader of either language finds the switch whatever the page is in.
  return h('div', { class: 'language-switch' }, h('label', { for: 'language-switch' }, t('language.label')), select, failed);
}
