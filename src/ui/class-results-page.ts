// The class results page: the teacher drops in a class's result files (or picks them, or their folder); each is
// replayed and verified in the browser, and the page shows the leaderboard, the flags with their reasons, charts
// across the class and the class against many worlds; it exports CSV and prints.
import { checkHandedInFile, classResults, leaderboardOrder, shareBelow, type CheckedFile, type ClassEntry } from '../classroom/class-results';
import { classCsv } from '../classroom/class-csv';
import type { HandedIn } from '../classroom/handed-in';
import { money, t, wholePercent, type MessageKey } from '../i18n';
import { loadShippedScenario } from '../scenario/shipped';
import type { AppStore } from '../store/game-store';
import type { ShippedScenarios } from '../store/save-file';
import { scoresChart, strategiesChart, survivalChart } from './class-charts';
import { h, replaceChildren } from './dom';
import { createSheet } from './sheet';
import { scenarioTitle } from './scenario-text';

const DEFAULT_WORLDS = 100;
const MAX_WORLDS = 1000;

const shippedScenario: ShippedScenarios = (id) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

/** The title screen's button that opens the page. */
export function classResultsButton(store: AppStore): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary' }, t('classResults.open'));
  button.addEventListener('click', () => openClassResults(store, button));
  return button;
}

export function openClassResults(store: AppStore, opener: HTMLElement): void {
  let checked: CheckedFile[] = [];
  let entries: ClassEntry[] = [];
  let checking = false;
  let unsubscribe = () => {};
  const sheet = createSheet('class-heading', t('classResults.heading'), () => {
    unsubscribe();
    if (classWorlds() && !classWorlds()!.summary) store.getState().stopWorlds();
  });
  const code = h('input', { type: 'text', id: 'results-class-code', autocomplete: 'off', spellcheck: 'false' });
  const seed = h('input', { type: 'text', id: 'results-class-seed', autocomplete: 'off', spellcheck: 'false' });
  const files = h('input', { type: 'file', id: 'class-files', multiple: true, accept: '.json,application/json', class: 'visually-hidden' });
  const folder = h('input', { type: 'file', id: 'class-folder', multiple: true, webkitdirectory: true, class: 'visually-hidden' });
  const drop = h('div', { class: 'class-drop' }, t('classResults.dropHere'));
  const status = h('p', { class: 'class-status', role: 'status' });
  const exportCsv = h('button', { type: 'button', class: 'secondary', disabled: true }, t('classResults.exportCsv'));
  const board = h('section', { class: 'class-board', 'aria-labelledby': 'class-board-heading' });
  const charts = h('section', { class: 'class-charts-section' });
  const worlds = h('section', { class: 'class-worlds' });
  const verdicts = h('section', { class: 'class-verdicts' });
  sheet.bar.prepend(exportCsv);

  const expected = () => ({ ...(code.value.trim() ? { classCode: code.value.trim() } : {}), ...(seed.value.trim() ? { seed: seed.value.trim() } : {}) });
  /** The class's scenario: the one most verified files played, when the game ships it. */
  const classScenario = () => {
    const first = leaderboardOrder(entries).find((e) => e.place !== undefined)?.result;
    if (!first || first.scenario.custom) return undefined;
    const scenario = shippedScenario(first.scenario.id);
    return scenario ? { scenario, source: first.scenario.id } : undefined;
  };
  const classWorlds = () => {
    const theirs = classScenario();
    const run = store.getState().worlds;
    return theirs && run && run.scenario === theirs.scenario.id && run.source === theirs.source ? run : undefined;
  };

  const render = () => {
    entries = classResults(checked, expected());
    const ordered = leaderboardOrder(entries);
    const run = classWorlds();
    const worldScores = run?.player?.scores;
    exportCsv.disabled = entries.length === 0;
    if (entries.length === 0) {
      replaceChildren(board);
      replaceChildren(charts);
      replaceChildren(worlds);
      replaceChildren(verdicts);
      return;
    }
    replaceChildren(board, h('h2', { id: 'class-board-heading' }, t('classResults.leaderboard')), leaderboard(ordered, worldScores));
    replaceChildren(charts, h('h2', {}, t('classResults.charts')),
      h('div', { class: 'class-charts' }, scoresChart(entries, run?.player), survivalChart(entries), strategiesChart(entries)));
    renderWorlds();
    replaceChildren(verdicts, h('h2', {}, t('verify.heading')),
      h('ul', {}, ...entries.map((e) => h('li', { class: e.result ? 'met' : 'missed' }, h('strong', { class: 'verdict-file' }, e.file), ' ', h('span', {}, e.verdictText)))));
  };

  const count = h('input', { id: 'class-worlds-count', type: 'number', min: 10, max: MAX_WORLDS, step: 10, value: DEFAULT_WORLDS });
  const run = h('button', { type: 'button' }, t('classResults.worlds.run'));
  const progress = h('progress', { max: 1, value: 0, 'aria-label': t('worlds.progress') });
  const worldsStatus = h('p', { class: 'worlds-status', 'aria-live': 'polite' });
  run.addEventListener('click', () => {
    const of = classScenario();
    if (!of) return;
    const n = Math.round(Number(count.value));
    const total = Number.isFinite(n) ? Math.min(MAX_WORLDS, Math.max(10, n)) : DEFAULT_WORLDS;
    count.value = String(total);
    store.getState().playWorlds(total, of);
  });
  const renderWorlds = () => {
    const of = classScenario();
    if (!of) {
      replaceChildren(worlds, h('h2', {}, t('classResults.worlds.heading')), h('p', { class: 'muted' }, t('classResults.worlds.customOnly')));
      return;
    }
    const mine = classWorlds();
    const running = mine !== undefined && !mine.summary && !mine.failed;
    run.disabled = running;
    progress.hidden = !running;
    progress.value = mine ? mine.done / mine.total : 0;
    const player = mine?.player;
    const lab = of.scenario.labs.find((l) => l.id === of.scenario.playerLab)?.name ?? of.scenario.playerLab;
    worldsStatus.textContent = mine?.failed ? t('classResults.worlds.failed', { message: mine.failed })
      : running ? t('classResults.worlds.running', { done: mine.done, count: mine.total })
        : player ? t('classResults.worlds.done', {
          count: player.scores.length, lab,
          median: money(player.scores[Math.floor(player.scores.length / 2)] ?? 0),
          low: money(player.scores[Math.floor(player.scores.length * 0.1)] ?? 0),
          high: money(player.scores[Math.min(player.scores.length - 1, Math.floor(player.scores.length * 0.9))] ?? 0),
          survived: player.survived,
        }) : '';
    replaceChildren(worlds, h('h2', {}, t('classResults.worlds.heading')),
      h('p', {}, t('classResults.worlds.intro', { title: scenarioTitle(of.scenario) })),
      h('div', { class: 'class-worlds-controls no-print' }, h('label', { for: 'class-worlds-count' }, t('worlds.count')), count, run), progress, worldsStatus);
  };
  // Redraws as worlds play (the store sends progress in steps of about a hundredth) and when they end.
  unsubscribe = store.subscribe((s) => s.worlds, () => {
    if (!classScenario()) return;
    if (classWorlds()?.summary) render();
    else renderWorlds();
  });

  const take = async (incoming: readonly File[]) => {
    const results = incoming.filter((f) => /\.json$/i.test(f.name));
    if (results.length === 0) {
      status.textContent = t('classResults.none');
      return;
    }
    if (checking) return;
    checking = true;
    // Each file in turn, with a pause between so the page keeps answering; a file given again replaces the old one.
    for (const [index, file] of results.entries()) {
      status.textContent = t('classResults.checking', { done: index + 1, count: results.length });
      await new Promise((resolve) => setTimeout(resolve, 0));
      const handed: HandedIn = await file.text().then(
        (text) => ({ name: file.name, text }),
        (error: unknown) => ({ name: file.name, unreadable: t('verify.unreadable', { detail: String(error) }) }),
      );
      const one = checkHandedInFile(handed, shippedScenario);
      checked = [...checked.filter((c) => c.file !== one.file), one];
    }
    checking = false;
    render();
    const verified = entries.filter((e) => e.result).length;
    status.textContent = t('classResults.checked', { count: entries.length, verified, flagged: entries.filter((e) => e.flags.length > 0).length });
  };

  files.addEventListener('change', () => {
    void take([...(files.files ?? [])]);
    files.value = '';
  });
  folder.addEventListener('change', () => {
    void take([...(folder.files ?? [])]);
    folder.value = '';
  });
  // Files dropped anywhere on the page are the class's; kept from the title screen's own drop handler, which would
  // take a result file for a scenario.
  sheet.root.addEventListener('dragover', (event) => {
    event.preventDefault();
    event.stopPropagation();
    drop.classList.add('active');
  });
  sheet.root.addEventListener('dragleave', (event) => {
    event.stopPropagation();
    if (event.target === sheet.root) drop.classList.remove('active');
  });
  sheet.root.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    drop.classList.remove('active');
    void droppedFiles(event.dataTransfer).then(take);
  });
  code.addEventListener('input', render);
  seed.addEventListener('input', render);
  exportCsv.addEventListener('click', () => {
    const text = classCsv(leaderboardOrder(entries), classWorlds()?.player?.scores);
    const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })), download: t('classResults.csvName') });
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  sheet.body.append(
    h('p', { class: 'no-print' }, t('classResults.intro')),
    h('div', { class: 'class-inputs no-print' },
      h('label', { class: 'field', for: 'results-class-code' }, t('classResults.expectCode'), code),
      h('label', { class: 'field', for: 'results-class-seed' }, t('classResults.expectSeed'), seed),
      h('label', { for: 'class-files', class: 'file-button', tabindex: 0, role: 'button' }, t('classResults.pickFiles')),
      h('label', { for: 'class-folder', class: 'file-button', tabindex: 0, role: 'button' }, t('classResults.pickFolder')),
      files, folder),
    h('p', { class: 'muted small no-print' }, t('classResults.expectHint')),
    h('div', { class: 'no-print' }, drop),
    status, board, charts, worlds, verdicts);
  // Labels that act as buttons open their file picker from the keyboard too.
  sheet.body.addEventListener('keydown', (event) => {
    const label = (event.target as HTMLElement).closest('label.file-button');
    if (!label || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    document.getElementById(label.getAttribute('for') ?? '')?.click();
  });
  sheet.open(opener);
}

function leaderboard(entries: readonly ClassEntry[], worlds: readonly number[] | undefined): HTMLElement {
  const columns: MessageKey[] = ['classResults.col.place', 'classResults.col.student', 'classResults.col.lab', 'classResults.col.score', 'classResults.col.rank', 'classResults.col.survived', 'classResults.col.resembles', 'classResults.col.autopilot',
    ...(worlds ? ['classResults.col.worldsPercentile' as const] : []), 'classResults.col.flags'];
  const yesNo = (value: boolean) => t(value ? 'classResults.yes' : 'classResults.no');
  const rows = entries.map((e) => {
    const r = e.result;
    const closest = e.resemblance?.closest;
    const share = closest ? e.resemblance!.shares.find((s) => s.strategy === closest)!.share : 0;
    const quarters = e.resemblance ? e.resemblance.personQuarters + e.resemblance.autopilotQuarters : 0;
    return h('tr', { class: r ? (e.flags.length > 0 ? 'flagged' : 'clean') : 'unverified' },
      h('td', { class: 'number' }, e.place !== undefined ? String(e.place) : t('classResults.noPlace')),
      // The file's name on hover: a copy carries the name of the student it was copied from.
      h('th', { scope: 'row', title: e.file }, e.name),
      h('td', {}, r ? r.lab.name : ''),
      h('td', { class: 'number' }, r ? money(r.score) : ''),
      h('td', { class: 'number' }, r ? t('classResults.rankOf', { rank: r.rank, labs: r.labCount }) : ''),
      h('td', {}, r ? yesNo(r.standing) : ''),
      h('td', {}, !r ? '' : closest ? t('classResults.resembles', { strategy: t(`strategyShort.${closest}`), share: Math.round(share * 100) }) : t('classResults.tooFewChoices')),
      h('td', { class: 'number' }, r && e.resemblance ? `${e.resemblance.autopilotQuarters} / ${quarters}` : ''),
      worlds ? h('td', { class: 'number' }, r && e.place !== undefined ? wholePercent(shareBelow(r.score, worlds)) : '') : null,
      h('td', { class: 'flags' }, e.flags.length === 0 ? t('classResults.noFlags') : h('ul', {}, ...e.flags.map((f) => h('li', { 'data-flag': f.kind }, f.reason)))));
  });
  return h('table', { class: 'leaderboard' },
    h('thead', {}, h('tr', {}, ...columns.map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, ...rows));
}

/** The files a drop carries, folders opened (all the way down) where the browser allows it. */
async function droppedFiles(transfer: DataTransfer | null): Promise<File[]> {
  if (!transfer) return [];
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return [...transfer.files];
  const found: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      found.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // A directory reader gives its entries in batches until an empty one.
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return found;
}
