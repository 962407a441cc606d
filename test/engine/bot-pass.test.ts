import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyAction, createGame, endQuarter, type GameState } from '../../src/engine';
import { applyInPlace } from '../../src/engine/apply-action';
import { asBotPass } from '../../src/engine/bot-pass';
import { STRATEGIES } from '../../src/engine/bots/strategies';
import { workingCopy } from '../../src/engine/copy';
import * as act from '../../src/engine/actions';
import { shippedScenarioIds } from '../../src/scenario/shipped';
import { shippedScenario } from '../helpers';
import { tutorial } from './fixtures';

// lab-marks.ts reads again, at each turn of the bots' pass, only the labs that acted since: it relies on every
// accepted action leaving every other lab exactly as it was.
const othersOf = (state: GameState, lab: string) => JSON.stringify(state.labs.filter((l) => l.id !== lab));

describe('an accepted action changes only the lab it acts for', () => {
  it('for every bot move of every shipped scenario, played as the bots play them', () => {
    let checked = 0;
    const kinds = new Set<string>();
    for (const id of shippedScenarioIds()) {
      const scenario = shippedScenario(id);
      let state = createGame(scenario, { seed: 'acted', seats: Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }])) });
      while (!state.over) {
        const copy = workingCopy(state);
        asBotPass(copy, () => {
          for (const lab of copy.labs) {
            const seat = copy.seats[lab.id];
            if (!lab.alive || seat?.kind !== 'bot') continue;
            for (const action of STRATEGIES[seat.strategy](copy, lab)) {
              const before = othersOf(copy, action.lab);
              if (applyInPlace(copy, action)) continue;
              expect(othersOf(copy, action.lab)).toBe(before);
              checked += 1;
              kinds.add(action.type);
            }
          }
        });
        state = endQuarter(state);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(kinds.size).toBeGreaterThan(10);
  }, 120_000);

  it('for the moves a player makes, the ones no bot makes included', () => {
    const actions = fc.oneof(
      fc.constantFrom('api' as const, 'consumer' as const).map((segment) => act.setMarketing('lantern', segment, 5e6)),
      fc.constant(act.partnerDeal('lantern', 'meridian', 50e6)),
      fc.constant(act.borrow('lantern', 20e6)),
      fc.constant(act.useModel('lantern', 'lantern-1')),
      fc.constantFrom('finance', 'healthcare').map((vertical) => act.buildVertical('lantern', vertical)),
      fc.constantFrom('frontier' as const, 'cloud-platform' as const, null).map((strategy) => act.setAutopilot('lantern', strategy)),
      fc.constantFrom('api' as const, 'consumer' as const).map((segment) => act.launchProduct('lantern', segment)),
      fc.double({ min: 0.05, max: 60, noNaN: true }).map((price) => act.setPrice('lantern', 'api', price)),
    );
    let accepted = 0;
    fc.assert(fc.property(fc.array(actions, { maxLength: 6 }), fc.nat(3), (moves, quarters) => {
      let state = createGame(tutorial, { seed: 'acted' });
      for (let q = 0; q < quarters; q += 1) state = endQuarter(state);
      for (const action of moves) {
        const result = applyAction(state, action);
        if (!result.ok) continue;
        expect(othersOf(result.state, 'lantern')).toBe(othersOf(state, 'lantern'));
        accepted += 1;
        state = result.state;
      }
    }), { numRuns: 60, seed: 31 });
    expect(accepted).toBeGreaterThan(60);
  }, 120_000);
});
