import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren } from './dom';

const number = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

/** A button that lists every sourced number of the chosen scenario in a dialog. */
export function sourcesButton(store: AppStore): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary' }, t('sources.open'));
  const content = h('div', { class: 'report-content' });
  const close = h('button', { type: 'button', class: 'primary' }, t('glossary.close'));
  const dialog = h('div', { class: 'report-backdrop', hidden: true },
    h('div', { class: 'report-dialog wide', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'sources-heading' }, content, close));
  const shut = () => {
    dialog.hidden = true;
    button.focus();
  };
  button.addEventListener('click', () => {
    const { scenario, sources } = store.getState();
    replaceChildren(content,
      h('h2', { id: 'sources-heading' }, t('sources.heading', { title: scenario.title })),
      h('p', { class: 'muted' }, t('sources.intro')),
      sources.length === 0 ? h('p', {}, t('sources.none')) : h('table', { class: 'sources' },
        h('thead', {}, h('tr', {}, h('th', {}, t('sources.figure')), h('th', {}, t('sources.value')), h('th', {}, t('sources.source')))),
        h('tbody', {}, ...sources.map((s) => h('tr', {},
          h('td', {}, s.path),
          h('td', { class: 'num' }, number.format(s.value)),
          h('td', {}, `${s.source.organisation}, ${s.source.date}${s.source.note ? ` — ${s.source.note}` : ''}${s.source.link ? ` (${s.source.link})` : ''}`))))));
    if (!dialog.isConnected) document.getElementById('ui')?.appendChild(dialog);
    dialog.hidden = false;
    close.focus();
  });
  close.addEventListener('click', shut);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') shut();
  });
  return button;
}
