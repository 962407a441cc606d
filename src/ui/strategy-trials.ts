import { calendarOf, type GameState, type Lab, type StrategyTrial } from '../engine';
import { money, t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';

/** The debrief's "what if": the same world played again with the player's lab on each strategy, beside the game played. */
export function createStrategyTrials(store: AppStore, game: GameState, lab: Lab, played: { score: number; rank: number; objectivesMet: number }): Panel {
  const run = h('button', { type: 'button', class: 'secondary' }, t('trials.run'));
  const status = h('p', { class: 'muted small', 'aria-live': 'polite' });
  const body = h('div', {});
  const root = h('section', { class: 'trials', 'aria-labelledby': 'trials-heading' },
    h('h2', { id: 'trials-heading' }, t('trials.heading')),
    h('p', {}, t('trials.help')),
    body);
  run.addEventListener('click', () => {
    run.disabled = true;
    status.textContent = t('trials.running');
    // Let the sentence paint before the five games are played.
    window.setTimeout(() => store.getState().tryStrategies(), 30);
  });

  const outcome = (survived: boolean, exitQuarter?: number, exitReason?: string) => {
    if (survived) return t('trials.standing');
    const date = calendarOf(game.scenario.start, exitQuarter ?? game.quarter);
    const when = t('hq.date', { quarter: date.quarter, year: date.year });
    return exitReason === 'acquired' ? t('trials.acquired', { date: when }) : t('trials.shutDown', { date: when });
  };
  const objectives = game.scenario.objectives.length;
  const render = () => {
    const trials = store.getState().strategyTrials;
    if (!trials) {
      replaceChildren(body, run, status);
      return;
    }
    const best = Math.max(played.score, ...trials.map((trial) => trial.score));
    const row = (name: string, trial: Pick<StrategyTrial, 'score' | 'rank' | 'objectivesMet' | 'labs' | 'survived' | 'exitQuarter' | 'exitReason'>, you = false) =>
      h('tr', { class: [you ? 'you' : '', trial.score === best && best > 0 ? 'best' : ''].join(' ').trim() || undefined },
        h('th', { scope: 'row' }, name),
        h('td', {}, outcome(trial.survived, trial.exitQuarter, trial.exitReason)),
        h('td', {}, money(trial.score)),
        h('td', {}, t('trials.rank', { rank: trial.rank, count: trial.labs })),
        objectives > 0 ? h('td', {}, t('trials.objectives', { met: trial.objectivesMet, count: objectives })) : null);
    replaceChildren(body,
      h('table', { class: 'trials-table' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('trials.col.who')),
          h('th', { scope: 'col' }, t('trials.col.outcome')),
          h('th', { scope: 'col' }, t('trials.col.score')),
          h('th', { scope: 'col' }, t('trials.col.rank')),
          objectives > 0 ? h('th', { scope: 'col' }, t('trials.col.objectives')) : null)),
        h('tbody', {},
          row(t('trials.you'), { ...played, labs: game.labs.length, survived: lab.alive, ...(lab.exitQuarter !== undefined ? { exitQuarter: lab.exitQuarter } : {}), ...(lab.exitReason ? { exitReason: lab.exitReason } : {}) }, true),
          ...trials.map((trial) => row(t(`strategy.${trial.strategy}` as MessageKey), trial)))),
      h('p', { class: 'muted small' }, t('trials.note')));
  };
  render();
  const unsubscribe = store.subscribe((s) => s.strategyTrials, render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
