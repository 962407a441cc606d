import { significant, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h } from './dom';
import { createModal } from './modal';
import { figureLabel } from './figure-label';
import { scenarioTitle, sourceNoteText } from './scenario-text';



/** A button that lists every sourced number of the chosen scenario. */
export function sourcesButton(store: AppStore): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary' }, t('sources.open'));
  const modal = createModal('sources-heading', () => {
    const { scenario, sources } = store.getState();
    return [
      h('h2', { id: 'sources-heading' }, t('sources.heading', { title: scenarioTitle(scenario) })),
      h('p', { class: 'muted' }, t('sources.intro')),
      sources.length === 0 ? h('p', {}, t('sources.none')) : h('table', { class: 'sources' },
        h('thead', {}, h('tr', {}, h('th', {}, t('sources.figure')), h('th', {}, t('sources.value')), h('th', {}, t('sources.source')))),
        h('tbody', {}, ...sources.map((s) => {
          const source = s.key ? sourceNoteText(scenario, s.key, s.source) : s.source;
          return h('tr', {},
            h('td', {}, figureLabel(scenario, s.key, s.path)),
            h('td', { class: 'num' }, significant(s.value, 4)),
            h('td', {}, `${source.organisation}, ${source.date}${source.note ? ` — ${source.note}` : ''}${source.link ? ` (${source.link})` : ''}`));
        }))),
    ];
  }, true);
  button.addEventListener('click', () => modal.open(button));
  return button;
}
