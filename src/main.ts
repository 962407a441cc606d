// Entry point: read the link, load the scenario, create the store, then start Phaser and the DOM layer over it.
import './ui/style.css';
import { startPhaser } from './game/start-phaser';
import { t } from './i18n';
import { DEFAULT_SCENARIO, loadShippedScenario } from './scenario/shipped';
import { createAppStore } from './store/game-store';
import { mountUi } from './ui/ui-root';
import type { TitleNotice } from './ui/title-panel';
import { freshSeed, readUrlOptions } from './url-options';

const options = readUrlOptions(window.location.search);
const notice: TitleNotice = { problems: [] };

let loaded = loadShippedScenario(options.scenario ?? DEFAULT_SCENARIO);
if (!loaded) {
  notice.message = t('title.unknownScenario', { id: options.scenario ?? '' });
  loaded = loadShippedScenario(DEFAULT_SCENARIO);
} else if (!loaded.ok) {
  notice.message = t('title.scenarioProblems', { file: options.scenario ?? DEFAULT_SCENARIO });
  notice.problems = loaded.problems;
  loaded = loadShippedScenario(DEFAULT_SCENARIO);
}
if (!loaded?.ok) throw new Error('The default scenario does not load; the scenario gate test should have caught this.');

const store = createAppStore(loaded.scenario, options.seed ?? freshSeed());
document.title = t('app.title');
startPhaser(document.getElementById('game') as HTMLElement, store, options.renderer);
mountUi(document.getElementById('ui') as HTMLElement, store, notice);
