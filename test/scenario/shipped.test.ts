import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGame, endQuarter } from '../../src/engine';
import { shippedScenarioIds } from '../../src/scenario/shipped';
import { shippedScenario } from '../helpers';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.startsWith('schema')).map((f) => f.replace(/\.json$/, ''));

describe('the shipped scenario gate', () => {
  it('the game ships every scenario file in scenarios/', () => {
    expect(shippedScenarioIds().sort()).toEqual(files.sort());
  });

  it.each(files)('%s loads without problems and plays to its end with every seat on a bot', (id) => {
    const scenario = shippedScenario(id);
    const seats = Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
    let state = createGame(scenario, { seed: 'gate', seats });
    for (let q = 0; q < scenario.quarters && !state.over; q += 1) state = endQuarter(state);
    expect(state.quarter).toBe(scenario.quarters);
    expect(state.over).toBe(true);
  });
});
