import { bestOwnModel, buyableChips, capabilityOfLab, usableFleet, type Lab } from '../engine';
import { count, list, money, t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, type Panel } from './dom';
import { playerView } from './lab-view';
import { objectiveText } from './objectives';
import { nameIn, regionName as regionNameIn, scenarioPremise, scenarioTitle, teachingGoals } from './scenario-text';

/** Before the first quarter: the story, the objectives, your lab and the rivals, and the rules that bind you. */

/** Chips a lab can use: owned, grey-market and rented. */
const fleetSize = (lab: Lab): number => Object.values(usableFleet(lab)).reduce((a, n) => a + n, 0);

export function createBriefingPanel(store: AppStore): Panel {
  const view = playerView(store.getState());
  const root = h('main', { class: 'screen briefing-screen' });
  if (!view) return { root, destroy: () => root.remove() };
  const { game, lab } = view;
  const { scenario } = game;
  const regionName = (id: string) => regionNameIn(scenario, id);
  const legal = buyableChips(game, lab.region);
  const illegal = scenario.chips.filter((c) => !legal.includes(c));
  const sellIn = scenario.regions.filter((r) => r.openTo.includes(lab.region)).map((r) => nameIn(scenario, 'regions', r));
  const begin = h('button', { type: 'button', class: 'primary big' }, t('briefing.begin'));
  begin.addEventListener('click', () => store.getState().beginPlay());
  const chips = fleetSize(lab);

  root.append(h('section', { class: 'card briefing-card' },
    h('h1', { tabindex: -1, id: 'briefing-heading' }, t('briefing.heading', { title: scenarioTitle(scenario) })),
    h('div', { class: 'briefing-columns' },
      h('div', {},
        h('h2', {}, t('briefing.story')),
        h('p', {}, scenarioPremise(scenario)),
        scenario.teachingGoals.length > 0 ? h('h2', {}, t('briefing.goals')) : null,
        scenario.teachingGoals.length > 0 ? h('ul', {}, ...teachingGoals(scenario).map((g) => h('li', {}, g))) : null,
        scenario.objectives.length > 0 ? h('h2', {}, t('objective.heading')) : null,
        scenario.objectives.length > 0 ? h('ul', {}, ...scenario.objectives.map((o) => h('li', {}, objectiveText(scenario, o)))) : null),
      h('div', {},
        h('h2', {}, t('briefing.you')),
        h('p', {}, t('briefing.youLine', {
          name: lab.name, region: regionName(lab.region), cash: money(lab.cash), chips: count(chips),
          researchers: count(lab.researchers), engineers: count(lab.engineers), capability: capabilityOfLab(game, lab).toFixed(1),
        })),
        h('h2', {}, t('briefing.rules')),
        h('ul', {},
          h('li', {}, t('briefing.mayBuy', { list: list(legal.map((c) => nameIn(scenario, 'chips', c))) || t('briefing.none') })),
          illegal.length > 0 ? h('li', {}, t('briefing.mayNotBuy', { list: list(illegal.map((c) => nameIn(scenario, 'chips', c))) })) : null,
          h('li', {}, t('briefing.sellIn', { list: list(sellIn) || t('briefing.none') }))),
        h('h2', {}, t('briefing.rivals')),
        h('ul', { class: 'rivals' }, ...game.labs.filter((l) => l.id !== lab.id).map((l) => {
          const seat = game.seats[l.id];
          const strategy = seat?.kind === 'bot' ? t(`strategy.${seat.strategy}` as MessageKey) : t('strategy.human');
          const params = { name: l.name, region: regionName(l.region), strategy, cash: money(l.cash) };
          const capability = capabilityOfLab(game, l);
          return h('li', {}, bestOwnModel(game.models, l)
            ? t('briefing.rivalLine', { ...params, capability: capability.toFixed(1) })
            : t('briefing.rivalLineNoModel', { ...params, chips: count(fleetSize(l)) }));
        })))),
    // A footer the card's width, so the text scrolling under the button is hidden beside it too.
    h('div', { class: 'briefing-foot' }, begin)));
  // Focus on the heading keeps the briefing at its top (focusing the button at its foot scrolled past the title).
  queueMicrotask(() => root.querySelector<HTMLElement>('#briefing-heading')?.focus());
  return { root, destroy: () => root.remove() };
}
