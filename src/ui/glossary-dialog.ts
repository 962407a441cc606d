import { t } from '../i18n';
import { glossaryEntry, TERMS } from '../i18n/glossary';
import { h } from './dom';
import { createModal } from './modal';

/** The keyboard shortcuts, where a keyboard user looks for help. */
function keyboardSection(): HTMLElement[] {
  return [
    h('h3', { id: 'keyboard-heading' }, t('keys.heading')),
    h('ul', { class: 'keyboard-help', 'aria-labelledby': 'keyboard-heading' },
      ...(['keys.e', 'keys.tabs', 'keys.escape', 'keys.tab', 'keys.replay'] as const).map((key) => h('li', {}, t(key)))),
  ];
}

/** A button that opens the glossary, the keyboard shortcuts first. */
export function glossaryButton(): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary glossary-button' }, t('glossary.open'));
  const modal = createModal('glossary-heading', () => [
    h('h2', { id: 'glossary-heading' }, t('glossary.heading')),
    ...keyboardSection(),
    h('dl', { class: 'glossary' }, ...TERMS.flatMap((term) => [h('dt', {}, glossaryEntry(term)[0]), h('dd', {}, glossaryEntry(term)[1])])),
  ]);
  button.addEventListener('click', () => modal.open(button));
  return h('span', { class: 'glossary-wrap' }, button);
}
