// The address bar always names the world on screen (scenario, seed, classroom length, class code), so a reload or a
// copied link plays the same world. Rewritten in place (replaceState): the Back button is not filled with every game.
import { shippedScenarioIds } from '../scenario/shipped';
import type { AppState, AppStore } from '../store/game-store';
import { worldSearch, type WorldInLink } from '../url-options';

/** The world the page shows: the game in play, else the title screen's choice. */
export function worldOnScreen(state: AppState, shipped: (id: string) => boolean, linkedFile: string | null): WorldInLink {
  const source = state.game ? state.gameSource : state.scenarioSource;
  const linked = linkedFile !== null && (linkedFile === source || linkedFile.endsWith(`/${source}`)) ? linkedFile : null;
  const classGame = state.game ? state.classGame : state.classChoice;
  return {
    scenario: shipped(source) ? source : linked,
    seed: state.game?.seed ?? state.seed,
    quarters: state.game ? (state.game.quarters ?? null) : state.quartersChoice,
    classCode: classGame?.code ?? (state.game ? null : state.joinCode),
  };
}

/** Keeps the address bar to the world on screen; `linkedFile` is the ?scenario= file the page was opened with, if any. */
export function keepWorldInAddressBar(store: AppStore, linkedFile: string | null): () => void {
  const shipped = new Set(shippedScenarioIds());
  const write = () => {
    const state = store.getState();
    // A replay shows an old game, not a world to reload into.
    if (state.screen === 'replay') return;
    const search = worldSearch(window.location.search, worldOnScreen(state, (id) => shipped.has(id), linkedFile));
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  };
  write();
  return store.subscribe((s) => [s.game?.seed, s.gameSource, s.classGame, s.game?.quarters, s.scenarioSource, s.seed, s.quartersChoice, s.classChoice, s.joinCode, s.screen], write, {
    equalityFn: (a, b) => a.every((value, i) => value === b[i]),
  });
}
