import { buildVertical, revenuePerEngineerIn } from '../engine';
import { count, money, quarters, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field } from './action-card';
import { h, replaceChildren, type Panel } from './dom';
import { playerView } from './lab-view';
import { nameIn } from './scenario-text';

/** Build an industry solution on the lab's base model; follow what is being built and what is on sale. */
export function createVerticalCard(store: AppStore): Panel {
  const select = h('select', {});
  const builds = h('ul', { class: 'builds' });
  const delivery = h('p', { class: 'delivery' });
  let shownTurn = -1;
  const vertical = () => playerView(store.getState())?.game.scenario.verticals.find((v) => v.id === select.value);
  return createActionCard(store, {
    id: 'vertical',
    term: 'vertical',
    heading: t('vertical.heading'),
    help: t('vertical.help'),
    fields: [field('vertical-choice', t('vertical.choice'), select)],
    extra: [builds, delivery],
    submitLabel: t('vertical.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view || view.game.turn === shownTurn) return;
      shownTurn = view.game.turn;
      const { game, lab } = view;
      const open = game.scenario.verticals.filter((v) => !lab.verticals[v.id]);
      const previous = select.value;
      replaceChildren(select, ...open.map((v) => h('option', { value: v.id }, t('vertical.option', { name: nameIn(game.scenario, 'verticals', v), min: v.minCapability }))));
      if (open.some((v) => v.id === previous)) select.value = previous;
      const perEngineer = revenuePerEngineerIn(game.scenario, lab.region);
      delivery.textContent = perEngineer === undefined ? '' : t('vertical.delivery', { engineers: count(lab.engineers), amount: money(lab.engineers * perEngineer) });
      replaceChildren(builds, ...game.scenario.verticals.filter((v) => lab.verticals[v.id]).map((v) => {
        const build = lab.verticals[v.id]!;
        return h('li', {}, build.live ? t('vertical.live', { name: nameIn(game.scenario, 'verticals', v) }) : t('vertical.progress', { name: nameIn(game.scenario, 'verticals', v), percent: Math.floor((100 * build.progress) / v.engineerQuarters) }));
      }));
    },
    preview: () => {
      const view = playerView(store.getState());
      const v = vertical();
      if (!view || !v) return t('vertical.none');
      const engineers = view.lab.engineers;
      return t('vertical.preview', { work: v.engineerQuarters, quarters: engineers > 0 ? quarters(Math.ceil(v.engineerQuarters / engineers)) : quarters('∞'), engineers });
    },
    action: () => buildVertical(playerView(store.getState())?.lab.id ?? '', select.value),
    success: () => t('vertical.started', { name: vertical()?.name ?? '' }),
  });
}
