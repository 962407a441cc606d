import { computeFor, publish, research, researchPoints, techniqueCost } from '../engine';
import { count, list, quarters, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field } from './action-card';
import { rejectionText } from './note-text';
import { h, replaceChildren, type Panel } from './dom';
import { playerView } from './lab-view';
import { nameIn } from './scenario-text';

/** Choose a technique to research, follow its progress, publish what the lab knows. */
export function createResearchCard(store: AppStore): Panel {
  const select = h('select', {});
  const progress = h('p', { class: 'progress' });
  const known = h('p', { class: 'muted' });
  const publishButtons = h('div', { class: 'button-row' });
  const publishMessage = h('p', { class: 'message', role: 'status' });
  const pointsPerQuarter = () => {
    const view = playerView(store.getState());
    if (!view) return 0;
    return researchPoints(view.game.scenario.world, view.lab.researchers, computeFor(view.game, view.lab).researchFlop);
  };
  let shownTurn = -1;
  return createActionCard(store, {
    id: 'research',
    term: 'moe',
    heading: t('research.heading'),
    help: t('research.help'),
    fields: [field('research-technique', t('research.technique'), select)],
    extra: [progress, known, publishButtons, publishMessage],
    submitLabel: t('research.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view || view.game.turn === shownTurn) return;
      shownTurn = view.game.turn;
      const { game, lab } = view;
      const open = game.scenario.techniques.filter((tech) => !lab.techniques.includes(tech.id));
      const previous = select.value;
      replaceChildren(select, ...open.map((tech) => h('option', { value: tech.id }, t('research.option', { name: nameIn(game.scenario, 'techniques', tech), cost: count(Math.round(techniqueCost(game, tech))) }))));
      if (open.some((tech) => tech.id === previous)) select.value = previous;
      else if (lab.research) select.value = lab.research.technique;
      const current = lab.research ? game.scenario.techniques.find((tech) => tech.id === lab.research?.technique) : undefined;
      progress.hidden = !current;
      if (current && lab.research) progress.textContent = t('research.progress', { name: nameIn(game.scenario, 'techniques', current), points: count(Math.floor(lab.research.points)), cost: count(Math.round(techniqueCost(game, current))) });
      const mine = game.scenario.techniques.filter((tech) => lab.techniques.includes(tech.id));
      known.textContent = mine.length > 0 ? t('research.known', { list: list(mine.map((tech) => nameIn(game.scenario, 'techniques', tech))) }) : t('research.none');
      replaceChildren(publishButtons, ...mine.filter((tech) => !game.published.includes(tech.id)).map((tech) => {
        const button = h('button', { type: 'button', class: 'secondary' }, t('research.publish', { name: nameIn(game.scenario, 'techniques', tech) }));
        button.addEventListener('click', () => {
          const rejected = store.getState().dispatch(publish(lab.id, tech.id));
          publishMessage.className = rejected ? 'message error' : 'message ok';
          publishMessage.textContent = rejected ? rejectionText(store.getState().game, rejected) : t('research.published', { name: nameIn(game.scenario, 'techniques', tech) });
        });
        return button;
      }));
    },
    preview: () => {
      const view = playerView(store.getState());
      const tech = view?.game.scenario.techniques.find((x) => x.id === select.value);
      if (!view || !tech) return t('research.allKnown');
      const points = pointsPerQuarter();
      const done = view.lab.research?.technique === tech.id ? view.lab.research.points : 0;
      if (points <= 0) return t('research.previewNever');
      return t('research.preview', { points: count(Math.round(points)), quarters: quarters(Math.ceil((techniqueCost(view.game, tech) - done) / points)) });
    },
    action: () => research(playerView(store.getState())?.lab.id ?? '', select.value),
    success: () => t('research.started', { name: select.selectedOptions[0]?.textContent?.split(' — ')[0] ?? '' }),
  });
}
