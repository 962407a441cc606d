import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, type GameState } from '../../src/engine';
import { formatProblem } from '../../src/scenario/problems';
import { loadShippedScenario, shippedScenarioIds } from '../../src/scenario/shipped';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.startsWith('schema') && !/\.[a-zA-Z-]+\.json$/.test(f)).map((f) => f.replace(/\.json$/, ''));

describe('the shipped scenario gate', () => {
  it('the game ships every scenario file in scenarios/', () => {
    expect(shippedScenarioIds()).toEqual([...files].sort());
  });

  it.each(files)('%s passes the checker with no errors and no warnings', (id) => {
    const result = loadShippedScenario(id)!;
    const problems = result.ok ? result.warnings : result.problems;
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(files)('%s plays to its end with every seat on a bot, on several seeds', (id) => {
    const result = loadShippedScenario(id)!;
    if (!result.ok) throw new Error('does not load');
    const { scenario } = result;
    const seats = Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
    for (const seed of ['gate-1', 'gate-2', 'gate-3']) {
      let state: GameState = createGame(scenario, { seed, seats });
      for (let q = 0; q < scenario.quarters && !state.over; q += 1) state = endQuarter(state);
      expect(state.quarter).toBe(scenario.quarters);
      expect(state.over).toBe(true);
    }
  });

  it.each(files)('%s has an id matching its file name, and region ids from us, cn and row', (id) => {
    const result = loadShippedScenario(id)!;
    if (!result.ok) throw new Error('does not load');
    expect(result.scenario.id).toBe(id);
    for (const region of result.scenario.regions) expect(['us', 'cn', 'row']).toContain(region.id);
  });
});
