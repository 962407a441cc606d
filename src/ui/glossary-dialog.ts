import { t } from '../i18n';
import { GLOSSARY, TERMS } from '../i18n/glossary';
import { h } from './dom';
import { createModal } from './modal';

/** A button that opens the glossary. */
export function glossaryButton(): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary glossary-button' }, t('glossary.open'));
  const modal = createModal('glossary-heading', () => [
    h('h2', { id: 'glossary-heading' }, t('glossary.heading')),
    h('dl', { class: 'glossary' }, ...TERMS.flatMap((term) => [h('dt', {}, GLOSSARY[term][0]), h('dd', {}, GLOSSARY[term][1])])),
  ]);
  button.addEventListener('click', () => modal.open(button));
  return h('span', { class: 'glossary-wrap' }, button);
}
