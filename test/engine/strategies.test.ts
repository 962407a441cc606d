import { describe, expect, it } from 'vitest';
import { applyAction, createGame, endQuarter, type GameState } from '../../src/engine';
import { STRATEGIES } from '../../src/engine/strategies';
import { tutorial } from './fixtures';

describe('bots', () => {
  it('issue only actions the engine accepts, over whole games on many seeds', () => {
    let issued = 0;
    for (let seed = 0; seed < 30; seed += 1) {
      const seats = Object.fromEntries(tutorial.labs.map((l) => [l.id, { kind: 'bot' as const, strategy: 'steady' as const }]));
      let state: GameState = createGame(tutorial, { seed: `bots-${seed}`, seats });
      while (!state.over) {
        for (const lab of state.labs.filter((l) => l.alive)) {
          for (const action of STRATEGIES.steady(state, lab)) {
            issued += 1;
            const result = applyAction(state, action);
            expect(result.ok, JSON.stringify(result)).toBe(true);
          }
        }
        state = endQuarter(state);
      }
    }
    expect(issued).toBeGreaterThan(100);
  });

  it('a steady lab researches, trains and grows its capability over the tutorial', () => {
    const seats = Object.fromEntries(tutorial.labs.map((l) => [l.id, { kind: 'bot' as const, strategy: 'steady' as const }]));
    let state = createGame(tutorial, { seed: 'growth', seats });
    while (!state.over) state = endQuarter(state);
    const lantern = state.labs.find((l) => l.id === 'lantern')!;
    expect(lantern.techniques.length).toBeGreaterThan(0);
    expect(state.models.filter((m) => m.lab === 'lantern').length).toBeGreaterThan(1);
  });
});
