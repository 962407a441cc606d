// Entry bundled into one IIFE and run unchanged in QuickJS and in Node: plays a fixed game through the engine
// and returns the state hash after every quarter.
import { applyAction, createGame, endQuarter, stateHash, type Action, type Scenario } from '../../src/engine';

export function playGame(scenarioJson: string, seed: string, planJson: string): string {
  const scenario = JSON.parse(scenarioJson) as Scenario;
  const plan = JSON.parse(planJson) as Action[][];
  const seats = Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
  seats[scenario.playerLab] = { kind: 'human' } as never;
  let state = createGame(scenario, { seed, seats });
  const hashes: string[] = [];
  for (let quarter = 0; !state.over; quarter += 1) {
    for (const action of plan[quarter] ?? []) {
      const result = applyAction(state, action);
      if (result.ok) state = result.state;
    }
    state = endQuarter(state);
    hashes.push(stateHash(state));
  }
  return JSON.stringify(hashes);
}
