import { describe, expect, it } from 'vitest';
import { hire, stateHash, type GameState } from '../../src/engine';
import { createAppStore } from '../../src/store/game-store';
import { memorySaveStorage } from '../../src/store/persistence';
import { loadSave } from '../../src/store/save-file';
import { tutorial } from '../engine/fixtures';

/** A game the engine cannot play on: one lab's fleet is gone from the state (as a bug in the engine might leave it). */
function broken(game: GameState): GameState {
  return { ...game, labs: game.labs.map((lab, i) => (i === 0 ? { ...lab, chips: null as unknown as GameState['labs'][number]['chips'] } : lab)) };
}

describe('when the engine fails', () => {
  it('End quarter keeps the game as it was, says what failed, and the game still saves up to the last step that worked', () => {
    const storage = memorySaveStorage();
    const store = createAppStore(tutorial, 'failing', tutorial.id, { storage, shipped: (id) => (id === tutorial.id ? tutorial : undefined) });
    store.getState().newGame();
    store.getState().beginPlay();
    store.getState().dispatch(hire(tutorial.playerLab, 'researchers', 2));
    store.getState().endQuarter();
    const before = store.getState().game!;
    const log = store.getState().log.length;
    store.setState({ game: broken(before) });

    expect(() => store.getState().endQuarter()).not.toThrow();
    const { failure, game, checkpoints } = store.getState();
    expect(failure).toMatchObject({ during: 'endQuarter' });
    expect(failure!.message).toMatch(/^TypeError: /);
    expect(game!.quarter).toBe(before.quarter);
    expect(store.getState().log).toHaveLength(log);
    expect(checkpoints).toHaveLength(1);
    // While the failure is shown, End quarter does nothing more; the first failure stays the one explained.
    store.getState().endQuarter();
    expect(store.getState().failure).toEqual(failure);

    // The game as saved is the one before the failure, and opens again.
    store.setState({ game: before });
    const loaded = loadSave(store.getState().saveText()!, (id) => (id === tutorial.id ? tutorial : undefined));
    expect(loaded.ok && stateHash(loaded.state)).toBe(stateHash(before));

    store.getState().dismissFailure();
    store.getState().endQuarter();
    expect(store.getState().game!.quarter).toBe(before.quarter + 1);
  });

  it('autopilot stops playing out quarters at a failure instead of spinning', () => {
    const store = createAppStore(tutorial, 'failing-autopilot');
    store.getState().newGame();
    store.getState().beginPlay();
    store.getState().dispatch({ type: 'setAutopilot', lab: tutorial.playerLab, strategy: 'steady' });
    store.setState({ game: broken(store.getState().game!) });
    expect(store.getState().autopilotQuarter()).toBe(false);
    expect(store.getState().failure?.during).toBe('endQuarter');
  });

  it('a failure with no game in play is reported too, bounded in length', () => {
    const store = createAppStore(tutorial, 'page');
    store.getState().reportFailure('page', 'x'.repeat(5_000));
    expect(store.getState().failure).toEqual({ during: 'page', message: `${'x'.repeat(500)}…` });
  });
});
