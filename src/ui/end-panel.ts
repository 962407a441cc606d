import { calendarOf, HISTORY_METRICS, objectiveResults, standings, stateHash } from '../engine';
import { money, t, type MessageKey } from '../i18n';
import { noteText } from './note-text';
import { playerLab, type AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';
import { objectiveText } from './objectives';
import { downloadSave } from './save-card';
import { createStrategyTrials } from './strategy-trials';
import { createLabPicker } from './lab-picker';
import { eventText, teachingGoals } from './scenario-text';

/** The end of the game: whether the player's lab survived, its score and the final standings. */
export function createEndPanel(store: AppStore): Panel {
  const state = store.getState();
  const game = state.game;
  const lab = playerLab(state);
  const root = h('main', { class: 'screen end-screen' });
  if (!game || !lab) return { root, destroy: () => root.remove() };

  const table = standings(game);
  const results = objectiveResults(game, lab.id);
  const mine = table.find((row) => row.lab === lab.id);
  const lastReport = game.reports.at(-1);
  const date = calendarOf(game.scenario.start, lastReport?.quarter ?? game.quarter);
  const dateText = t('hq.date', { quarter: date.quarter, year: date.year });
  const again = h('button', { type: 'button', class: state.classGame ? 'secondary big' : 'primary big' }, t('end.playAgain'));
  const replay = h('button', { type: 'button', class: 'secondary' }, t('replay.open'));
  replay.addEventListener('click', () => store.getState().openReplay());
  const exportResult = h('button', { type: 'button', class: 'secondary' }, t('end.exportResult'));
  exportResult.addEventListener('click', () => downloadSave(store));
  again.addEventListener('click', () => store.getState().backToTitle());
  // A class game is handed in: the same file, named after the class and the student.
  const classGame = state.classGame;
  const handIn = classGame ? h('button', { type: 'button', class: 'primary big', id: 'hand-in' }, t('class.handIn')) : null;
  handIn?.addEventListener('click', () => downloadSave(store));

  const metrics = h('div', { class: 'button-row metric-choice', role: 'radiogroup', 'aria-label': t('debrief.chartChoice') });
  const renderMetrics = () => {
    const current = store.getState().debriefMetric;
    replaceChildren(metrics, ...HISTORY_METRICS.map((metric) => {
      const button = h('button', { type: 'button', role: 'radio', 'aria-checked': String(metric === current), class: metric === current ? 'secondary chosen' : 'secondary' }, t(`debrief.metric.${metric}` as MessageKey));
      button.addEventListener('click', () => store.getState().showDebriefMetric(metric));
      return button;
    }));
  };
  renderMetrics();
  const unsubscribe = store.subscribe((s) => s.debriefMetric, renderMetrics);
  const labPicker = createLabPicker(store, game);
  const myNotes = game.reports.flatMap((r) => r.labs.find((l) => l.lab === lab.id)?.notes ?? []);
  const exit = [...myNotes].reverse().find((n) => ['acquired', 'shutDown', 'emergencyRound'].includes(n.code));
  const why = [...myNotes].reverse().find((n) => n.code.startsWith('revenue'));
  const trials = createStrategyTrials(store, game, lab, { score: mine?.score ?? 0, rank: mine?.rank ?? table.length, objectivesMet: results.filter((r) => r.met).length });
  const lessons = [...new Set(game.firedEvents.filter((f) => !f.lab || f.lab === lab.id).map((f) => game.scenario.events.find((e) => e.id === f.event)).filter((e) => e !== undefined).map((e) => eventText(game.scenario, e).teachingNote))];

  root.append(
    h(
      'section',
      { class: 'card end-card' },
      h('h1', { tabindex: -1, id: 'end-heading' }, t('end.heading')),
      h('p', { class: 'verdict' }, lab.alive ? t('end.survived', { lab: lab.name, date: dateText }) : lab.exitReason === 'acquired' ? t('end.acquired', { lab: lab.name, date: dateText }) : t('end.insolvent', { lab: lab.name, date: dateText })),
      mine ? h('p', { class: 'score' }, t('end.score', { score: money(mine.score) })) : null,
      mine ? h('p', {}, t('end.rank', { rank: mine.rank, count: table.length })) : null,
      // In a class, handing in is the one thing left to do: at the top, not under the charts and standings.
      classGame ? h('div', { class: 'hand-in-block' },
        h('p', { class: 'class-line' }, t('class.playing', { code: classGame.code, student: classGame.student })),
        h('div', { class: 'button-row' }, handIn),
        h('p', { class: 'muted small' }, t('class.handInHelp', { file: store.getState().saveFileName() }))) : null,
      h('h2', {}, t('debrief.chartChoice')),
      metrics,
      labPicker.root,
      exit || why ? h('h2', {}, t('debrief.why')) : null,
      exit ? h('p', {}, noteText(game, exit)) : null,
      why ? h('p', {}, noteText(game, why)) : null,
      results.length > 0 ? h('h2', {}, t('objective.heading')) : null,
      results.length > 0 ? h('ul', { class: 'objectives' }, ...results.map((r) => {
        const text = objectiveText(game.scenario, r.objective);
        return h('li', { class: r.met ? 'met' : 'missed' }, r.met ? t('objective.met', { text }) : t('objective.missed', { text }));
      })) : null,
      h('h2', {}, t('end.standings')),
      h('ol', { class: 'standings' }, ...table.map((row) =>
        h('li', { class: row.lab === lab.id ? 'you' : undefined },
          row.survived ? t('end.standingLine', { name: row.name, score: money(row.score) }) : t('end.standingOut', { name: row.name })))),
      lessons.length + game.scenario.teachingGoals.length > 0
        ? h('details', { class: 'lessons' }, h('summary', {}, t('debrief.lessons')), h('ul', {}, ...[...teachingGoals(game.scenario), ...lessons].map((l) => h('li', {}, l))))
        : null,
      trials.root,
      h('p', { class: 'muted small fingerprint' }, t('end.fingerprint', { seed: game.seed, hash: stateHash(game) })),
      h('div', { class: 'button-row' }, again, replay, handIn ? null : exportResult),
      handIn ? null : h('p', { class: 'muted small' }, t('end.exportHelp')),
    ),
  );
  // The debrief opens at its top, its heading focused (focusing Play again at its foot scrolled the card to the bottom).
  queueMicrotask(() => {
    root.querySelector<HTMLElement>('#end-heading')?.focus({ preventScroll: true });
    root.querySelectorAll('.end-card').forEach((card) => card.scrollTo(0, 0));
  });
  return { root, destroy: () => { unsubscribe(); labPicker.destroy(); trials.destroy(); root.remove(); } };
}
