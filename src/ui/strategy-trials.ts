import { calendarOf, DESIGN_STRATEGIES, INDUSTRIES, salesMix, salesOf, type GameState, type Lab, type Sales, type Scenario, type StrategyTrial } from '../engine';
import { list, money, t, wholePercent, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';
import { productLabel } from './scenario-text';

type TrialRow = Pick<StrategyTrial, 'score' | 'rank' | 'labs' | 'objectivesMet' | 'survived' | 'exitQuarter' | 'exitReason' | 'sales'>;

/** Products under this share of a lab's revenue are left out of "what it sold". */
const SOLD_SHOWN = 0.1;

/** "API 62%, Consumer app 38%; resold another lab's open model in 73% of quarters": a lab's business over a game. */
export function soldText(scenario: Scenario, sales: Sales): string {
  const { mix, hostedShare } = salesMix([sales], SOLD_SHOWN);
  const items = mix.map((p) => t('trials.soldItem', { product: p.product === INDUSTRIES ? t('trials.industries') : productLabel(scenario, p.product), share: wholePercent(p.share) }));
  const sold = items.length > 0 ? list(items) : t('trials.soldNothing');
  return hostedShare > 0 ? t('trials.resold', { sold, share: wholePercent(hostedShare) }) : sold;
}

/** The debrief's "what if": the same world played again with the player's lab on each strategy, beside the game played. */
export function createStrategyTrials(store: AppStore, game: GameState, lab: Lab, played: { score: number; rank: number; objectivesMet: number }): Panel {
  const run = h('button', { type: 'button', class: 'secondary' }, t('trials.run'));
  const status = h('p', { class: 'muted small', 'aria-live': 'polite' });
  const body = h('div', {});
  const root = h('section', { class: 'trials', 'aria-labelledby': 'trials-heading' },
    h('h2', { id: 'trials-heading' }, t('trials.heading')),
    h('p', {}, t('trials.help')),
    body,
    status);
  const count = DESIGN_STRATEGIES.length;
  let timer: number | undefined;
  // One whole game per timer task, so the page stays responsive and says how far it has got.
  const step = () => {
    const more = store.getState().tryNextStrategy();
    const done = store.getState().strategyTrials?.length ?? 0;
    status.textContent = more ? t('trials.running', { done, count }) : t('trials.done', { count });
    timer = more ? window.setTimeout(step, 0) : undefined;
  };
  run.addEventListener('click', () => {
    run.disabled = true;
    status.textContent = t('trials.running', { done: 0, count });
    timer = window.setTimeout(step, 30);
  });

  const outcome = (row: TrialRow) => {
    if (row.survived) return t('trials.standing');
    const date = calendarOf(game.scenario.start, row.exitQuarter ?? game.quarter);
    const when = t('hq.date', { quarter: date.quarter, year: date.year });
    return row.exitReason === 'acquired' ? t('trials.acquired', { date: when }) : t('trials.shutDown', { date: when });
  };
  const objectives = game.scenario.objectives.length;
  // Who played the game being compared: a person, a strategy from the start (watch mode), or a person who handed over.
  const { seatsAtStart, log } = store.getState();
  const handedOver = game.seats[lab.id]?.kind === 'bot' || log.some((entry) => entry.kind === 'action' && entry.action.type === 'setAutopilot' && entry.action.lab === lab.id);
  const who = seatsAtStart[lab.id]?.kind === 'bot' ? t('trials.autopilot') : handedOver ? t('trials.youAndAutopilot') : t('trials.you');
  const render = () => {
    const trials = store.getState().strategyTrials;
    if (!trials || trials.length < count) {
      if (!body.contains(run)) replaceChildren(body, run);
      return;
    }
    const best = Math.max(played.score, ...trials.map((trial) => trial.score));
    const playedRow: TrialRow = { ...played, labs: game.labs.length, survived: lab.alive, sales: salesOf(game, lab.id), ...(lab.exitQuarter !== undefined ? { exitQuarter: lab.exitQuarter } : {}), ...(lab.exitReason ? { exitReason: lab.exitReason } : {}) };
    const row = (name: string, trial: TrialRow, you = false) => {
      const top = best > 0 && trial.score === best;
      return h('tr', { class: [you ? 'you' : '', top ? 'best' : ''].join(' ').trim() || undefined },
        h('th', { scope: 'row' }, name),
        h('td', {}, outcome(trial)),
        h('td', {}, money(trial.score), top ? h('span', { class: 'best-mark', title: t('trials.best') }, ' ★', h('span', { class: 'visually-hidden' }, ` (${t('trials.best')})`)) : null),
        h('td', {}, trial.survived ? t('trials.rank', { rank: trial.rank, count: trial.labs }) : t('trials.out')),
        objectives > 0 ? h('td', {}, t('trials.objectives', { met: trial.objectivesMet, count: objectives })) : null);
    };
    const table = h('table', { class: 'trials-table', tabindex: -1 },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('trials.col.who')),
        h('th', { scope: 'col' }, t('trials.col.outcome')),
        h('th', { scope: 'col' }, t('trials.col.score')),
        h('th', { scope: 'col' }, t('trials.col.rank')),
        objectives > 0 ? h('th', { scope: 'col' }, t('trials.col.objectives')) : null)),
      h('tbody', {},
        row(who, playedRow, true),
        ...trials.map((trial) => row(t(`strategy.${trial.strategy}` as MessageKey), trial))));
    // What each game's lab sold, as a list under the table: the card is too narrow for another column.
    const sold = h('div', { class: 'trials-sold' },
      h('h3', {}, t('trials.soldHeading')),
      h('ul', {},
        h('li', {}, h('strong', {}, who), t('trials.soldLine', { sold: soldText(game.scenario, playedRow.sales) })),
        ...trials.map((trial) => h('li', {}, h('strong', {}, t(`strategy.${trial.strategy}` as MessageKey)), t('trials.soldLine', { sold: soldText(game.scenario, trial.sales) })))));
    const hadFocus = document.activeElement === run;
    replaceChildren(body, table, sold, h('p', { class: 'muted small' }, t('trials.note')));
    // The button that had focus is gone: focus moves to the results, so keyboard and screen-reader users follow.
    if (hadFocus || run.disabled) table.focus();
  };
  render();
  const unsubscribe = store.subscribe((s) => s.strategyTrials, render);
  return { root, destroy: () => { unsubscribe(); window.clearTimeout(timer); root.remove(); } };
}
