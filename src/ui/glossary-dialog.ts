import { t } from '../i18n';
import { GLOSSARY, TERMS } from '../i18n/glossary';
import { h } from './dom';

/** A button that opens the glossary in a dialog; Escape or Close shuts it. */
export function glossaryButton(): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary glossary-button' }, t('glossary.open'));
  const close = h('button', { type: 'button', class: 'primary' }, t('glossary.close'));
  const dialog = h('div', { class: 'report-backdrop', hidden: true },
    h('div', { class: 'report-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'glossary-heading' },
      h('div', { class: 'report-content' },
        h('h2', { id: 'glossary-heading' }, t('glossary.heading')),
        h('dl', { class: 'glossary' }, ...TERMS.flatMap((term) => [h('dt', {}, GLOSSARY[term][0]), h('dd', {}, GLOSSARY[term][1])]))),
      close));
  const shut = () => {
    dialog.hidden = true;
    button.focus();
  };
  button.addEventListener('click', () => {
    if (!dialog.isConnected) document.getElementById('ui')?.appendChild(dialog);
    dialog.hidden = false;
    close.focus();
  });
  close.addEventListener('click', shut);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') shut();
  });
  return h('span', { class: 'glossary-wrap' }, button);
}
