import type { Summary } from '../engine';
import { money, percent, t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren } from './dom';
import { createModal } from './modal';
import { regionName, scenarioTitle } from './scenario-text';

const DEFAULT_WORLDS = 200;
const MAX_WORLDS = 2000;

/** The title screen's "many worlds": the chosen scenario played over many seeds, with what happened to each strategy. */
export function worldsButton(store: AppStore): { button: HTMLElement; destroy(): void } {
  const button = h('button', { type: 'button', class: 'secondary' }, t('worlds.open'));
  const count = h('input', { id: 'worlds-count', type: 'number', min: 10, max: MAX_WORLDS, step: 10, value: DEFAULT_WORLDS });
  const run = h('button', { type: 'button' }, t('worlds.run'));
  const stop = h('button', { type: 'button', class: 'secondary' }, t('worlds.stop'));
  const progress = h('progress', { max: 1, value: 0, 'aria-label': t('worlds.progress') });
  const counter = h('span', { class: 'muted small' });
  // Announced at the start and the end only; the bar and the counter show the way.
  const status = h('p', { class: 'muted small', 'aria-live': 'polite' });
  const results = h('div', { class: 'worlds-results', tabindex: -1, role: 'region', 'aria-label': t('worlds.results') });
  const intro = h('p', {});
  const heading = h('h2', { id: 'worlds-heading' });
  run.addEventListener('click', () => {
    const n = Math.round(Number(count.value));
    const worlds = Number.isFinite(n) ? Math.min(MAX_WORLDS, Math.max(10, n)) : DEFAULT_WORLDS;
    count.value = String(worlds);
    store.getState().playWorlds(worlds);
    status.textContent = t('worlds.started', { count: worlds });
    // The Run button is disabled while the worlds play: focus goes to Stop, inside the dialog.
    stop.focus();
  });
  stop.addEventListener('click', () => {
    store.getState().stopWorlds();
    status.textContent = t('worlds.stopped');
    run.focus();
  });

  const render = () => {
    const { worlds, scenario, scenarioSource } = store.getState();
    heading.textContent = t('worlds.heading', { title: scenarioTitle(scenario) });
    intro.textContent = t('worlds.intro', { source: scenarioSource });
    const mine = worlds && worlds.scenario === scenario.id && worlds.source === scenarioSource ? worlds : null;
    const running = mine !== null && mine.summary === null && !mine.failed;
    progress.hidden = !running;
    stop.hidden = !running;
    progress.value = mine ? mine.done / mine.total : 0;
    counter.textContent = running ? t('worlds.running', { done: mine.done, count: mine.total }) : '';
    run.disabled = running;
    if (mine?.failed) status.textContent = t('worlds.failed', { message: mine.failed });
    else if (mine?.summary) status.textContent = t('worlds.done', { count: mine.total });
    if (!mine?.summary) {
      replaceChildren(results);
      return;
    }
    replaceChildren(results, ...summaryTables(mine.summary, (id) => regionName(scenario, id), scenarioSource === scenario.id ? scenario.id : null));
    // Focus tells a screen reader the results are in; the dialog keeps its heading in view (the results start below it).
    if (results.closest('.report-backdrop:not([hidden])')) results.focus({ preventScroll: true });
  };
  const modal = createModal('worlds-heading', () => {
    render();
    return [heading, intro, h('div', { class: 'button-row worlds-controls' }, h('label', { for: 'worlds-count' }, t('worlds.count')), count, run, stop), progress, counter, status, results];
  }, true);
  button.addEventListener('click', () => modal.open(button));
  const unsubscribe = store.subscribe((s) => [s.worlds, s.scenario] as const, render, { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
  // Leaving the title screen stops a run still going, so it does not slow the game.
  return { button, destroy: () => { unsubscribe(); store.getState().stopWorlds(); modal.destroy(); } };
}

/** `region` names a region by id in the reader's language. */
function summaryTables(summary: Summary, region: (id: string) => string, shippedId: string | null): HTMLElement[] {
  const strategyRows = summary.strategies.map((s) => h('tr', {},
    h('th', { scope: 'row' }, t(`strategy.${s.strategy}` as MessageKey)),
    h('td', {}, String(s.labs)),
    h('td', {}, percent(s.bestShare)),
    h('td', {}, percent(s.survivalShare)),
    h('td', {}, money(s.medianValue)),
    h('td', {}, t('worlds.range', { low: money(s.p10Value), high: money(s.p90Value) }))));
  const regionRows = summary.regions.map((r) => h('tr', {},
    h('th', { scope: 'row' }, region(r.region)),
    h('td', {}, String(r.labsAtStart)),
    h('td', {}, String(r.medianSurvivors)),
    h('td', {}, String(r.medianModelMakers))));
  // Watch links open the world in watch mode; the renderer the page uses comes along.
  const renderer = new URLSearchParams(window.location.search).get('renderer');
  const watch = (seed: string, key: MessageKey) => shippedId
    ? h('a', { href: `?watch=1&scenario=${encodeURIComponent(shippedId)}&seed=${encodeURIComponent(seed)}${renderer ? `&renderer=${encodeURIComponent(renderer)}` : ''}` }, t(key, { seed }))
    : h('span', {}, t(key, { seed }));
  return [
    h('table', { class: 'worlds-table' },
      h('caption', {}, t('worlds.byStrategy', { count: summary.runs })),
      h('thead', {}, h('tr', {}, ...(['strategy', 'labs', 'best', 'survived', 'median', 'range'] as const).map((c) => h('th', { scope: 'col' }, t(`worlds.col.${c}`))))),
      h('tbody', {}, ...strategyRows)),
    h('table', { class: 'worlds-table' },
      h('caption', {}, t('worlds.byRegion')),
      h('thead', {}, h('tr', {}, ...(['region', 'atStart', 'standing', 'makers'] as const).map((c) => h('th', { scope: 'col' }, t(`worlds.col.${c}`))))),
      h('tbody', {}, ...regionRows)),
    h('p', {}, watch(summary.extremes.highest, 'worlds.watchBest'), ' · ', watch(summary.extremes.lowest, 'worlds.watchWorst')),
    h('p', { class: 'muted small' }, t('worlds.note')),
  ];
}
