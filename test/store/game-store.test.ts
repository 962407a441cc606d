import { describe, expect, it } from 'vitest';
import { DESIGN_STRATEGIES } from '../../src/engine';
import { createAppStore } from '../../src/store/game-store';
import { tutorial } from '../engine/fixtures';

describe('the store\'s debrief comparison', () => {
  it('plays the finished world once per strategy on request and forgets it with the game', () => {
    const store = createAppStore(tutorial, 'store-trials');
    store.getState().newGame();
    store.getState().beginPlay();
    while (store.getState().screen !== 'end') store.getState().endQuarter();
    expect(store.getState().strategyTrials).toBeNull();

    store.getState().tryStrategies();
    const trials = store.getState().strategyTrials!;
    expect(trials.map((trial) => trial.strategy)).toEqual([...DESIGN_STRATEGIES]);
    // A lab that made no moves at all does worse than the strategy its scenario gives it.
    const idle = store.getState().game!.labs.find((lab) => lab.id === tutorial.playerLab)!;
    const own = trials.find((trial) => trial.strategy === tutorial.labs.find((l) => l.id === tutorial.playerLab)!.strategy)!;
    expect(own.score).toBeGreaterThan(idle.alive ? idle.equity * idle.valuation : 0);

    store.getState().backToTitle();
    expect(store.getState().strategyTrials).toBeNull();
  });
});
