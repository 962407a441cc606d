import { describe, expect, it } from 'vitest';
import { DESIGN_STRATEGIES, simulateSeed, startingStakes } from '../../src/engine';
import { shippedScenarioIds } from '../../src/scenario/shipped';
import { createAppStore } from '../../src/store/game-store';
import { shippedScenario } from '../helpers';

const SEEDS = Array.from({ length: 20 }, (_, i) => `trial-${i + 1}`);

// The debrief's "same world, another strategy" must be the world the simulator plays for that seed and seat,
// even after a whole game of events has changed the world's rules.
describe('the debrief\'s strategy trials equal npm run sim --seed S --seat lab=strategy', () => {
  it.each(shippedScenarioIds())('%s: 20 seeds x 5 strategies, score for score', (id) => {
    const scenario = shippedScenario(id);
    const stakes = startingStakes(scenario);
    for (const seed of SEEDS) {
      const store = createAppStore(shippedScenario(id), seed, id, { watch: true });
      store.getState().newGame();
      store.getState().beginPlay();
      while (store.getState().screen !== 'end') {
        store.getState().endQuarter();
        store.getState().closeReport();
      }
      while (store.getState().tryNextStrategy());
      const trials = store.getState().strategyTrials!;
      expect(trials.map((trial) => trial.strategy)).toEqual([...DESIGN_STRATEGIES]);
      for (const trial of trials) {
        const run = simulateSeed(scenario, seed, { [scenario.playerLab]: trial.strategy }, stakes);
        const lab = run.labs.find((l) => l.id === scenario.playerLab)!;
        expect({ seed, strategy: trial.strategy, score: trial.score, survived: trial.survived })
          .toEqual({ seed, strategy: trial.strategy, score: lab.score, survived: lab.survived });
      }
    }
  }, 300_000);
});

describe('the replay viewer leaves the game and the chosen scenario as they were', () => {
  it('opening a pivot save from the title and closing it keeps the tutorial chosen, and New game starts the tutorial', () => {
    const pivot = createAppStore(shippedScenario('pivot'), 'viewer', 'pivot');
    pivot.getState().newGame();
    pivot.getState().endQuarter();
    const text = pivot.getState().saveText()!;

    const store = createAppStore(shippedScenario('tutorial'), 'viewer', 'tutorial', { shipped: (id) => (id === 'pivot' || id === 'tutorial' ? shippedScenario(id) : undefined) });
    expect(store.getState().openReplay(text)).toBe(true);
    expect(store.getState().game!.scenario.id).toBe('pivot');
    store.getState().showReplayQuarter(1);
    store.getState().closeReplay();
    expect(store.getState().screen).toBe('title');
    expect(store.getState().game).toBeNull();
    expect(store.getState().scenario.id).toBe('tutorial');
    expect(store.getState().scenarioSource).toBe('tutorial');
    store.getState().newGame();
    expect(store.getState().game!.scenario.id).toBe('tutorial');
  });

  it('a replay opened from the debrief returns to the finished game', () => {
    const store = createAppStore(shippedScenario('tutorial'), 'viewer-end', 'tutorial', { watch: true });
    store.getState().newGame();
    while (store.getState().screen !== 'end') {
      store.getState().endQuarter();
      store.getState().closeReport();
    }
    const finished = store.getState().game;
    expect(store.getState().openReplay()).toBe(true);
    store.getState().showReplayQuarter(2);
    store.getState().closeReplay();
    expect(store.getState().screen).toBe('end');
    expect(store.getState().game).toBe(finished);
  });
});
