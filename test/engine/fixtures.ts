// Helpers for engine tests: the tutorial world, a new game in it, and small ways to play.
import { createGame, endQuarter, type Action, type Chip, type GameState, type Lab } from '../../src/engine';
import { applyStrategyMove } from '../../src/engine/apply-action';
import { shippedScenario } from '../helpers';

export const tutorial = shippedScenario('tutorial');

/** An H800 as ECON_DATA describes it: an H100 with NVLink cut to 400 GB/s, so lower training utilisation. */
export const h800: Chip = {
  ...tutorial.chips.find((c) => c.id === 'h100')!,
  id: 'h800',
  name: 'Nvidia H800',
  trainingUtilisation: 0.34,
  sales: [{ region: 'cn', from: 0 }],
  rentals: [],
};

export const newGame = (seed = 'test-seed', scenario = tutorial): GameState => createGame(scenario, { seed });
export const labOf = (state: GameState, id = 'lantern'): Lab => state.labs.find((lab) => lab.id === id)!;

/** The action applied as the lab's own move, whoever plays it (rules tests set up rivals too). */
export function accepted(state: GameState, action: Action): GameState {
  const result = applyStrategyMove(state, action);
  if (!result.ok) throw new Error(`rejected: ${result.reason} ${JSON.stringify(result.params)}`);
  return result.state;
}

export function playToEnd(state: GameState): GameState {
  let current = state;
  while (!current.over) current = endQuarter(current);
  return current;
}

export function revenueOf(state: GameState, id = 'lantern', quarter = -1): number {
  const report = state.reports.at(quarter)?.labs.find((r) => r.lab === id);
  return report?.lineItems.filter((i) => i.kind === 'revenue').reduce((a, i) => a + i.amount, 0) ?? 0;
}
