import { t } from '../i18n';
import type { Problem } from '../scenario/problems';
import type { AppStore } from '../store/game-store';
import { h, type Panel } from './dom';
import { objectiveText } from './objectives';

export interface TitleNotice {
  /** Problems of a scenario asked for by the URL, shown so the author can fix the file. */
  problems: Problem[];
  message?: string;
}

export function createTitlePanel(store: AppStore, notice: TitleNotice): Panel {
  const { scenario, seed } = store.getState();
  const start = h('button', { type: 'button', class: 'primary big' }, t('title.newGame'));
  start.addEventListener('click', () => store.getState().newGame());

  const problems = notice.problems.length > 0 || notice.message
    ? h(
        'section',
        { class: 'problems', role: 'alert' },
        notice.message ? h('p', {}, notice.message) : null,
        notice.problems.length > 0
          ? h('ul', {}, ...notice.problems.map((p) => h('li', {}, `${p.path || p.file}: ${p.message}`)))
          : null,
      )
    : null;

  const root = h(
    'main',
    { class: 'screen title-screen' },
    h('h1', {}, t('app.title')),
    h('p', { class: 'tagline' }, t('app.tagline')),
    problems,
    h(
      'section',
      { class: 'card scenario-card' },
      h('h2', {}, t('title.scenario', { title: scenario.title })),
      h('p', {}, scenario.premise),
      h('p', { class: 'muted' }, `${t('title.quarters', { count: scenario.quarters })} · ${t('title.seed', { seed })}`),
      scenario.objectives.length > 0 ? h('h3', {}, t('objective.heading')) : null,
      scenario.objectives.length > 0 ? h('ul', { class: 'objectives' }, ...scenario.objectives.map((o) => h('li', {}, objectiveText(scenario, o)))) : null,
      start,
    ),
  );
  queueMicrotask(() => start.focus());
  return { root, destroy: () => root.remove() };
}
