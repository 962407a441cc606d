// Entry point: read the link, choose the scenario, create the store, then start Phaser and the DOM layer over it.
import './ui/style.css';
import type { Scenario } from './engine';
import { startPhaser } from './game/start-phaser';
import { setPseudoLengthening, t } from './i18n';
import { startLanguage } from './i18n/choose-language';
import { DEFAULT_SCENARIO, loadShippedScenario } from './scenario/shipped';
import { createAppStore } from './store/game-store';
import { browserSaveStorage } from './store/persistence';
import { reportUncaughtErrors } from './ui/failure-dialog';
import { offerScenarioUrl } from './ui/scenario-files';
import { loadSettings } from './ui/settings';
import { mountUi } from './ui/ui-root';
import { freshSeed, readUrlOptions } from './url-options';
import { classCodeProblemText } from './ui/class-text';
import { keepWorldInAddressBar } from './ui/world-link';
import { useLanguage } from './ui/language';

const options = readUrlOptions(window.location.search);
// Before any text is made: a language other than English is fetched first (it is not in the main bundle). If it cannot
// be (offline on a first visit, before the service worker kept it), the game opens in English rather than not at all.
await useLanguage(startLanguage(new URLSearchParams(window.location.search).get('lang'))).catch(() => undefined);
setPseudoLengthening(new URLSearchParams(window.location.search).get('pseudo') === 'long');
const chosen = loadSettings();
const fallback = loadShippedScenario(DEFAULT_SCENARIO);
if (!fallback?.ok) throw new Error('The default scenario does not load; the scenario gate test should have caught this.');

const storage = browserSaveStorage();
// Every autosave asks whether the game's scenario is a shipped one: each is checked once, not at every move.
const checkedShipped = new Map<string, Scenario | undefined>();
const shipped = (id: string): Scenario | undefined => {
  if (!checkedShipped.has(id)) {
    const result = loadShippedScenario(id);
    checkedShipped.set(id, result?.ok ? result.scenario : undefined);
  }
  return checkedShipped.get(id);
};
const store = createAppStore(fallback.scenario, options.seed ?? freshSeed(), DEFAULT_SCENARIO, { watch: options.watch, storage, shipped, sources: fallback.sources });
reportUncaughtErrors(store);
// A closed tab never loses a game: save when the page is hidden, too.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') store.getState().autosave();
});
const asked = options.scenario;
if (asked) {
  const shipped = loadShippedScenario(asked);
  if (shipped?.ok) store.getState().chooseScenario(shipped.scenario, asked, shipped.sources);
  else if (shipped && !shipped.ok) store.getState().showNotice({ message: t('title.scenarioProblems', { file: asked }), problems: shipped.problems });
  else if (asked.includes('/') || asked.endsWith('.json')) void offerScenarioUrl(store, asked);
  else store.getState().showNotice({ message: t('title.unknownScenario', { id: asked }), problems: [] });
}
if (options.quarters !== null) store.getState().chooseQuarters(options.quarters);
if (options.classCode) {
  const problem = store.getState().offerClassCode(options.classCode);
  if (problem) store.getState().showNotice({ message: t('class.linkProblem', { code: options.classCode }), problems: [], detail: classCodeProblemText(problem) });
}
keepWorldInAddressBar(store, asked);

document.title = t('app.title');
// A ?renderer= link wins over the saved setting (tests use canvas).
startPhaser(document.getElementById('game') as HTMLElement, store, new URLSearchParams(window.location.search).has('renderer') ? options.renderer : chosen.renderer);
mountUi(document.getElementById('ui') as HTMLElement, store, () => storage.list());
