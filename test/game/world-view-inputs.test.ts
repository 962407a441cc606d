import { describe, expect, it } from 'vitest';
import { applyAction, buyChips, createGame, endQuarter, setPrice, type Action, type GameState } from '../../src/engine';
import { sameWorld } from '../../src/game/world-view-inputs';
import { shippedScenario } from '../helpers';

const china = shippedScenario('china-2025');

function after(state: GameState, action: Action): GameState {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.state;
}

describe('whether a move changes what the world view draws', () => {
  const start = createGame(china, { seed: 'world-inputs' });
  const lab = china.playerLab;

  it('a new API price leaves the world as drawn, so the view is not rebuilt', () => {
    const priced = after(start, setPrice(lab, 'api', start.labs.find((l) => l.id === lab)!.prices.api! * 0.8));
    expect(priced).not.toBe(start);
    expect(sameWorld(start, priced)).toBe(true);
  });

  it('an order of chips, a new quarter or another game redraws it', () => {
    const chip = china.chips.find((c) => c.sales.some((s) => s.region === china.labs.find((l) => l.id === lab)!.region))!;
    expect(sameWorld(start, after(start, buyChips(lab, chip.id, 100)))).toBe(false);
    expect(sameWorld(start, endQuarter(start))).toBe(false);
    expect(sameWorld(start, createGame(china, { seed: 'another world' }))).toBe(false);
  });
});
