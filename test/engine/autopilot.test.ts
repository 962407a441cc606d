import { describe, expect, it } from 'vitest';
import { applyAction, endQuarter, replay, setAutopilot, simulateSeed, stateHash, type LogEntry, type StrategyId } from '../../src/engine';
import { accepted, labOf, newGame, tutorial } from './fixtures';

describe('autopilot', () => {
  it('hands the player\'s lab to a strategy that then makes its moves each quarter, and gives it back', () => {
    const idle = endQuarter(newGame('autopilot'));
    const handed = accepted(newGame('autopilot'), setAutopilot('lantern', 'efficient-open'));
    expect(handed.seats['lantern']).toEqual({ kind: 'bot', strategy: 'efficient-open' });
    const played = endQuarter(handed);
    // The strategy acted: the quarter's books differ from a quarter in which nobody decided for the lab.
    expect(labOf(played).cash).not.toBe(labOf(idle).cash);
    const back = accepted(played, setAutopilot('lantern', null));
    expect(back.seats['lantern']).toEqual({ kind: 'human' });
  });

  it('from the first quarter, plays exactly the game the simulator plays with that seat', () => {
    let state = accepted(newGame('autopilot-sim'), setAutopilot('lantern', 'frontier'));
    while (!state.over) state = endQuarter(state);
    const run = simulateSeed(tutorial, 'autopilot-sim', { lantern: 'frontier' });
    expect(run.labs.find((l) => l.id === 'lantern')!.score).toBe(state.labs.find((l) => l.id === 'lantern')!.equity * labOf(state).valuation);
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
