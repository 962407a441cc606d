import type { Scenario } from '../engine';
import { dateTime, t, type MessageKey } from '../i18n';
import { loadShippedScenario, shippedScenarios } from '../scenario/shipped';
import type { AppStore } from '../store/game-store';
import { h, replaceChildren, type Panel } from './dom';
import { objectiveText } from './objectives';
import { sourcesButton } from './sources-dialog';
import { worldsButton } from './worlds-dialog';
import { createSettingsPanel } from './settings-panel';
import type { SourcedFigure } from '../scenario/sources';
import { acceptDroppedScenarios, offerScenarioFiles } from './scenario-files';
import type { SlotInfo } from '../store/persistence';
import { verifyFiles } from './verify-files';
import { createClassCard } from './class-card';
import { isCut } from '../engine';
import { classroomRow } from './classroom-links';
import { createLanguageSwitch } from './language-switch';
import { scenarioPremise, scenarioTitle } from './scenario-text';

const shippedScenario = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

/** The title screen: the shipped scenarios to choose from, loading your own file, and New game. */
export function createTitlePanel(store: AppStore, listSlots: () => SlotInfo[] = () => []): Panel {
  const notice = h('section', { class: 'problems', role: 'alert', 'aria-live': 'assertive' });
  const list = h('div', { class: 'scenario-list', role: 'radiogroup', 'aria-label': t('title.choose') });
  // Not live: it redraws whenever a scenario is chosen, and the chosen radio button already says which.
  const detail = h('section', { class: 'card scenario-card' });
  const start = h('button', { type: 'button', class: 'primary big' }, t('title.newGame'));
  const worlds = worldsButton(store);
  const classCard = createClassCard(store);
  // Teachers find the class results page and the guides beside Start a class.
  classCard.root.append(classroomRow(store));
  start.addEventListener('click', () => store.getState().newGame());
  // Several files at once: a scenario and the files of yours it extends.
  const picker = h('input', { type: 'file', id: 'scenario-file', multiple: true, accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  picker.addEventListener('change', () => {
    const files = [...(picker.files ?? [])];
    if (files.length > 0) void offerScenarioFiles(store, files);
    picker.value = '';
  });
  const dropHint = h('p', { class: 'drop-hint', hidden: true }, t('title.dropHere'));
  const shipped = shippedScenarios();
  const saves = h('div', { class: 'saved-games' });
  const savePicker = h('input', { type: 'file', id: 'save-file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  savePicker.addEventListener('change', async () => {
    const file = savePicker.files?.[0];
    if (file) store.getState().importSave(await file.text(), file.name);
    savePicker.value = '';
  });
  const replayPicker = h('input', { type: 'file', id: 'replay-file', accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  replayPicker.addEventListener('change', async () => {
    const file = replayPicker.files?.[0];
    if (file) store.getState().openReplay(await file.text());
    replayPicker.value = '';
  });
  const verifyPicker = h('input', { type: 'file', id: 'verify-files', multiple: true, accept: '.json,application/json', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  const verified = h('section', { class: 'card verified', 'aria-live': 'polite', hidden: true });
  verifyPicker.addEventListener('change', async () => {
    const files = [...(verifyPicker.files ?? [])];
    verifyPicker.value = '';
    if (files.length === 0) return;
    const lines = await verifyFiles(files, shippedScenario);
    verified.hidden = false;
    replaceChildren(verified, h('h2', {}, t('verify.heading')), h('ul', {}, ...lines.map((l) => h('li', { class: !l.ok ? 'missed' : l.caution ? 'caution' : 'met' }, h('strong', { class: 'verdict-file' }, l.file), h('span', {}, l.verdict)))));
  });
  const paste = h('textarea', { id: 'save-paste', rows: 2, class: 'save-text' });
  const openPasted = h('button', { type: 'button', class: 'secondary' }, t('save.pasteOpen'));
  openPasted.addEventListener('click', () => {
    if (paste.value.trim()) store.getState().importSave(paste.value.trim(), t('save.pasteLabel'));
  });
  const continueButton = (slot: SlotInfo) => {
    const when = dateTime(new Date(slot.savedAt));
    // The slot's list entry keeps the quarter as "Q2 2025" (the stored format); it is shown in the reader's language.
    const date = /^Q(\d) (\d{4})$/.exec(slot.quarter);
    const quarter = date ? t('hq.date', { quarter: date[1]!, year: date[2]! }) : slot.quarter;
    // A finished game cannot be continued: its save opens the debrief.
    const line = slot.finished ? t('save.finishedLine', { title: slot.title, quarter, when }) : t('save.continueLine', { title: slot.title, quarter, when });
    const button = h('button', { type: 'button', class: 'continue' }, h('strong', {}, slot.finished ? t('save.seeDebrief') : t('save.continue')), h('span', { class: 'muted' }, line));
    button.addEventListener('click', () => store.getState().continueGame(slot.slot));
    // A save that no longer opens would otherwise be offered for ever.
    const forget = h('button', { type: 'button', class: 'secondary forget-save', 'aria-label': t('save.deleteLabel', { line }) }, t('save.delete'));
    forget.addEventListener('click', () => {
      if (!window.confirm(t('save.deleteConfirm', { line }))) return;
      store.getState().deleteSave(slot.slot);
      renderSaves();
    });
    return h('div', { class: 'saved-game' }, button, forget);
  };
  const renderSaves = () => {
    const slots = listSlots();
    replaceChildren(saves,
      slots.length > 0 ? h('h2', {}, t('save.savedGames')) : null,
      slots[0] ? continueButton(slots[0]) : null,
      slots.length > 1
        ? h('details', { class: 'more-saves' }, h('summary', {}, t('save.olderGames', { count: slots.length - 1 })), ...slots.slice(1).map(continueButton))
        : null,
      h('details', { class: 'save-tools' },
        h('summary', {}, t('save.tools')),
        h('div', { class: 'button-row' },
          h('label', { for: 'save-file', class: 'file-button', tabindex: 0, role: 'button' }, t('save.importFile')),
          h('label', { for: 'replay-file', class: 'file-button', tabindex: 0, role: 'button' }, t('replay.openFile')),
          h('label', { for: 'verify-files', class: 'file-button', tabindex: 0, role: 'button' }, t('verify.open'))),
        h('label', { for: 'save-paste' }, t('save.pasteLabel')),
        paste,
        openPasted),
      savePicker,
      replayPicker,
      verifyPicker,
      verified);
  };

  const option = (scenario: Scenario, source: string, label?: string, notes?: SourcedFigure[]) => {
    const chosen = store.getState().scenarioSource === source;
    const button = h('button', { type: 'button', role: 'radio', 'aria-checked': String(chosen), class: chosen ? 'scenario-option chosen' : 'scenario-option' },
      h('span', { class: 'option-head' },
        h('strong', {}, label ?? scenarioTitle(scenario)),
        h('span', { class: 'muted' }, t('title.scenarioMeta', { length: t('title.quarters', { count: scenario.quarters }), difficulty: t(`difficulty.${scenario.difficulty}` as MessageKey) }))),
      h('span', { class: 'premise-line', title: scenarioPremise(scenario) }, scenarioPremise(scenario)));
    button.addEventListener('click', () => store.getState().chooseScenario(scenario, source, notes ?? store.getState().sources));
    return button;
  };

  const render = () => {
    const { scenario, seed, scenarioSource, notice: problems, quartersChoice } = store.getState();
    const lengthText = isCut(scenario, quartersChoice ?? undefined) ? t('class.lengthCut', { count: quartersChoice! }) : t('title.quarters', { count: scenario.quarters });
    notice.hidden = !problems;
    // Warnings after a file loaded are news, not an alarm: they are read out politely and drawn in the warning colour.
    const warning = problems?.tone === 'warning';
    notice.className = warning ? 'problems warnings' : 'problems';
    notice.setAttribute('role', warning ? 'status' : 'alert');
    notice.setAttribute('aria-live', warning ? 'polite' : 'assertive');
    replaceChildren(notice,
      problems ? h('p', {}, problems.message) : null,
      problems?.detail ? h('p', {}, problems.detail) : null,
      problems && problems.problems.length > 0
        ? h('ul', {}, ...problems.problems.slice(0, 30).map((p) =>
          h('li', { class: p.severity === 'warning' ? 'warning' : undefined }, `${p.severity === 'warning' ? t('title.warning') : ''}${p.line !== undefined ? t('title.problemAt', { line: p.line, column: p.column ?? 1 }) : ''}${p.path ? `${p.path}: ` : ''}${p.message}`)))
        : null,
      problems && problems.problems.length > 30 ? h('p', {}, t('title.moreProblems', { count: problems.problems.length - 30 })) : null);
    const custom = shipped.some((s) => s.id === scenarioSource) ? null : option(scenario, scenarioSource, t('title.fromFile', { title: scenario.title }));
    replaceChildren(list, ...shipped.map((s) => option(s.scenario, s.id, undefined, s.sources)), custom);
    replaceChildren(detail,
      h('h2', {}, scenarioTitle(scenario)),
      h('p', {}, scenarioPremise(scenario)),
      h('p', { class: 'muted', id: 'world-line' }, t('title.worldLine', { length: lengthText, difficulty: t(`difficulty.${scenario.difficulty}` as MessageKey), seed: t('title.seed', { seed }) })),
      scenario.objectives.length > 0 ? h('h3', {}, t('objective.heading')) : null,
      scenario.objectives.length > 0 ? h('ul', { class: 'objectives' }, ...scenario.objectives.map((o) => h('li', {}, objectiveText(scenario, o)))) : null,
      h('div', { class: 'button-row' }, start, sourcesButton(store), worlds.button));
  };

  const root = h(
    'main',
    { class: 'screen title-screen' },
    h('div', { class: 'title-head' },
      h('h1', { tabindex: -1, id: 'title-heading' }, t('app.title')),
      createLanguageSwitch()),
    h('p', { class: 'tagline' }, t('app.tagline')),
    notice,
    h('div', { class: 'title-columns' },
      h('div', { class: 'title-side' },
        saves,
        h('h2', {}, t('title.choose')),
        list,
        createSettingsPanel()),
      h('div', { class: 'title-main' },
        detail,
        classCard.root,
        h('label', { for: 'scenario-file', class: 'file-button', tabindex: 0, role: 'button' }, t('title.loadFile')),
        picker,
        h('p', { class: 'muted small' }, t('title.dropHint')),
        dropHint)),
  );
  // Labels that act as buttons open their file picker from the keyboard too.
  root.addEventListener('keydown', (event) => {
    const label = (event.target as HTMLElement).closest('label.file-button');
    if (!label || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    document.getElementById(label.getAttribute('for') ?? '')?.click();
  });
  renderSaves();
  render();
  const unsubscribe = store.subscribe((s) => [s.scenario, s.scenarioSource, s.notice, s.seed, s.quartersChoice] as const, render, { equalityFn: (a, b) => a.every((value, i) => value === b[i]) });
  const stopDrops = acceptDroppedScenarios(store, document.body, (active) => {
    dropHint.hidden = !active;
    root.classList.toggle('dropping', active);
  });
  // A new screen: focus its main heading, so a screen reader starts at the top (New game is the next Tab stop after the saves).
  queueMicrotask(() => root.querySelector<HTMLElement>('#title-heading')?.focus());
  return { root, destroy: () => { unsubscribe(); stopDrops(); worlds.destroy(); classCard.destroy(); root.remove(); } };
}
