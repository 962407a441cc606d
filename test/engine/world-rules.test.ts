import { describe, expect, it } from 'vitest';
import { botSeats, chipAvailable, createGame, endQuarter, playToEnd, type GameState } from '../../src/engine';
import { shippedScenarioIds } from '../../src/scenario/shipped';
import { shippedScenario } from '../helpers';

describe('the scenario is read-only for the whole game; events change the world\'s live rules', () => {
  it.each(shippedScenarioIds())('%s played to its end with bots leaves its scenario exactly as loaded', (id) => {
    const scenario = shippedScenario(id);
    const end = playToEnd(scenario, 'read-only', botSeats(scenario));
    expect(end.over).toBe(true);
    expect(end.scenario).toEqual(shippedScenario(id));
    expect(scenario).toEqual(shippedScenario(id));
  }, 60_000);

  it('an export ban in china-2025 closes a chip to Chinese labs in the live rules while the scenario still lists its sale window', () => {
    const scenario = shippedScenario('china-2025');
    let state: GameState = createGame(scenario, { seed: 'ban', seats: botSeats(scenario) });
    const h20Open = () => chipAvailable(state, 'h20', 'cn');
    expect(h20Open()).toBe(true);
    while (!state.over && h20Open()) state = endQuarter(state);
    // Some event closed it before the game ended; the file's own window is untouched.
    expect(h20Open()).toBe(false);
    expect(state.rules.chips['h20']!.sales.some((w) => w.region === 'cn' && w.until !== undefined)).toBe(true);
    expect(state.scenario.chips.find((c) => c.id === 'h20')!.sales).toEqual(shippedScenario('china-2025').chips.find((c) => c.id === 'h20')!.sales);
  }, 60_000);
});
