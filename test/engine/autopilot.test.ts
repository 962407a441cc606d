import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction, buyChips, endQuarter, replay, setAutopilot, simulateSeed, stateHash, type LogEntry, type Scenario, type StrategyId } from '../../src/engine';
import { accepted, labOf, newGame, tutorial } from './fixtures';

describe('autopilot', () => {
  it('hands the player\'s lab to a strategy that then makes its moves each quarter, and gives it back', () => {
    const idle = endQuarter(newGame('autopilot'));
    const handed = accepted(newGame('autopilot'), setAutopilot('lantern', 'efficient-open'));
    expect(handed.seats['lantern']).toEqual({ kind: 'bot', strategy: 'efficient-open', autopilot: true });
    const played = endQuarter(handed);
    // The strategy acted: the quarter's books differ from a quarter in which nobody decided for the lab.
    expect(labOf(played).cash).not.toBe(labOf(idle).cash);
    const back = accepted(played, setAutopilot('lantern', null));
    expect(back.seats['lantern']).toEqual({ kind: 'human' });
  });

  it('from the first quarter, plays exactly the game the simulator plays with that seat', () => {
    // A strategy the tutorial's lab survives on: a person's lab that goes under ends the game early, unlike the simulator's.
    let state = accepted(newGame('autopilot-sim'), setAutopilot('lantern', 'efficient-open'));
    while (!state.over) state = endQuarter(state);
    const run = simulateSeed(tutorial, 'autopilot-sim', { lantern: 'efficient-open' });
    for (const lab of run.labs) {
      const mine = labOf(state, lab.id);
      // Every lab ends the same, not just the one handed over: the world is the simulator's world.
      expect({ alive: mine.alive, cash: mine.cash, valuation: mine.valuation, score: mine.alive ? mine.equity * mine.estimate : 0 })
        .toEqual({ alive: lab.survived, cash: lab.cash, valuation: lab.valuation, score: lab.score });
    }
  });

  it('ends the game when the person\'s lab goes under on autopilot, as it would if they were deciding', () => {
    const ruin: Scenario = {
      ...tutorial,
      appetite: tutorial.appetite.map((a) => ({ ...a, foundation: 0, applications: 0 })),
      regions: tutorial.regions.map((r) => ({ ...r, markets: { api: { ...r.markets.api!, spendPerQuarter: 0 }, consumer: { ...r.markets.consumer!, spendPerQuarter: 0 } } })),
    };
    let state = accepted(newGame('autopilot-ruin', ruin), buyChips('lantern', 'h100', 2900));
    state = endQuarter(accepted(state, setAutopilot('lantern', 'idle')));
    expect(labOf(state).alive).toBe(false);
    expect(state.over).toBe(true);
    expect(state.quarter).toBeLessThan(tutorial.quarters);
  });

  it('refuses to take over a lab a strategy plays from the start', () => {
    expect(applyAction(newGame(), setAutopilot('meridian', null))).toEqual({ ok: false, reason: 'notAPersonsLab', params: { lab: 'meridian' } });
  });

  it('is kept in the log: replaying a game handed over in quarter 3 gives the same world', () => {
    const log: LogEntry[] = [{ kind: 'endQuarter' }, { kind: 'endQuarter' }, { kind: 'action', action: setAutopilot('lantern', 'consumer-apps') }, { kind: 'endQuarter' }, { kind: 'endQuarter' }];
    let state = newGame('autopilot-log');
    for (const entry of log) state = entry.kind === 'endQuarter' ? endQuarter(state) : accepted(state, entry.action);
    const again = replay(tutorial, 'autopilot-log', log);
    expect(again.ok && stateHash(again.state)).toBe(stateHash(state));
  });

  it('refuses a strategy that does not exist, with its name', () => {
    expect(applyAction(newGame(), setAutopilot('lantern', 'moonshot' as StrategyId))).toEqual({ ok: false, reason: 'unknownStrategy', params: { strategy: 'moonshot' } });
  });
});

describe('autopilot, whenever it happens', () => {
  it('any hand-overs and take-backs, in any quarters, replay from the log to the same world', () => {
    const strategies: (StrategyId | null)[] = ['frontier', 'efficient-open', 'cloud-platform', 'consumer-apps', 'vertical-apps', null];
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: tutorial.quarters - 1 }), fc.constantFrom(...strategies)), { maxLength: 4 }), (changes) => {
      const log: LogEntry[] = [];
      let state = newGame('autopilot-any');
      for (let quarter = 0; !state.over; quarter += 1) {
        for (const [when, strategy] of changes) {
          if (when !== quarter || !labOf(state).alive) continue;
          const result = applyAction(state, setAutopilot('lantern', strategy));
          // Taking back a lab a person already decides for is harmless: every change to a lab still in the game is accepted.
          expect(result.ok).toBe(true);
          if (result.ok) {
            state = result.state;
            log.push({ kind: 'action', action: setAutopilot('lantern', strategy) });
          }
        }
        state = endQuarter(state);
        log.push({ kind: 'endQuarter' });
      }
      const again = replay(tutorial, 'autopilot-any', log);
      return again.ok && stateHash(again.state) === stateHash(state);
    }), { seed: 5, numRuns: 25 });
  });
});
