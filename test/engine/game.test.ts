import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  buyChips,
  createGame,
  deliveredFlop,
  endQuarter,
  replay,
  SECONDS_PER_QUARTER,
  standings,
  stateHash,
  type Action,
  type GameState,
  type LogEntry,
} from '../../src/engine';
import { shippedScenario } from '../helpers';

const tutorial = shippedScenario('tutorial');
const newGame = (seed = 'test-seed') => createGame(tutorial, { seed });
const player = (state: GameState) => state.labs.find((lab) => lab.id === tutorial.playerLab)!;

function accepted(state: GameState, action: Action): GameState {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result.state;
}

function playToEnd(state: GameState): GameState {
  let current = state;
  while (!current.over) current = endQuarter(current);
  return current;
}

describe('buying chips', () => {
  it('moves exactly the price times units from cash into chips', () => {
    const before = newGame();
    const after = accepted(before, buyChips('lantern', 'h100', 100));
    expect(player(after).cash).toBe(80_000_000 - 100 * 27_500);
    expect(player(after).chips['h100']).toBe(1100);
    expect(player(after).ledger).toEqual([{ kind: 'chipPurchase', amount: -2_750_000 }]);
  });

  it('rejects an order the lab cannot pay for, with the cost and the cash', () => {
    const result = applyAction(newGame(), buyChips('lantern', 'h100', 10_000));
    expect(result).toEqual({ ok: false, reason: 'notEnoughCash', params: { cost: 275_000_000, cash: 80_000_000 } });
  });

  it('rejects a chip that is no longer sold in the lab region', () => {
    let state = newGame();
    for (let q = 0; q < 4; q += 1) state = endQuarter(state);
    const result = applyAction(state, buyChips('lantern', 'a100', 10));
    expect(result).toEqual({ ok: false, reason: 'chipNotAvailable', params: { chip: 'Nvidia A100', region: 'us' } });
  });

  it.each([0, -5, 2.5, Number.NaN, 1e12])('rejects %s units as not a whole positive count', (units) => {
    const result = applyAction(newGame(), buyChips('lantern', 'h100', units));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('badCount');
  });

  it('rejects unknown labs, chips and action types without throwing', () => {
    expect(applyAction(newGame(), buyChips('nobody', 'h100', 1))).toMatchObject({ ok: false, reason: 'unknownLab' });
    expect(applyAction(newGame(), buyChips('lantern', 'tpu', 1))).toMatchObject({ ok: false, reason: 'unknownChip' });
    expect(applyAction(newGame(), { type: 'launchRocket', lab: 'lantern' } as unknown as Action)).toMatchObject({ ok: false, reason: 'unknownAction' });
  });
});

describe('the quarter', () => {
  it('delivers units x peak x utilisation x seconds of compute', () => {
    expect(deliveredFlop(tutorial, { h100: 1000 })).toBe(1000 * 989e12 * 0.4 * SECONDS_PER_QUARTER);
  });

  it('advances the quarter, raises capability and records a report', () => {
    const before = newGame();
    const after = endQuarter(before);
    expect(after.quarter).toBe(1);
    expect(player(after).capability).toBeGreaterThan(player(before).capability);
    expect(after.reports).toHaveLength(1);
    expect(after.reports[0]?.labs.map((r) => r.lab)).toEqual(['lantern', 'meridian']);
  });

  it('reconciles every report: cash at the end is cash at the start plus the line items, exactly', () => {
    let state = accepted(newGame(), buyChips('lantern', 'h100', 500));
    state = playToEnd(state);
    for (const report of state.reports) {
      for (const lab of report.labs) {
        const sum = lab.lineItems.reduce((cash, item) => cash + item.amount, lab.cashStart);
        expect(sum).toBe(lab.cashEnd);
      }
    }
  });

  it('more chips win a larger market share by the end of the game', () => {
    const idle = playToEnd(newGame());
    const invested = playToEnd(accepted(newGame(), buyChips('lantern', 'h100', 2000)));
    const share = (s: GameState) => s.reports.at(-1)?.labs.find((r) => r.lab === 'lantern')?.shares['us'] ?? 0;
    expect(share(invested)).toBeGreaterThan(share(idle) * 1.5);
    expect(player(invested).capability).toBeGreaterThan(player(idle).capability);
  });

  it('ends after the scenario length and ranks the labs by equity x valuation', () => {
    const end = playToEnd(newGame());
    expect(end.quarter).toBe(tutorial.quarters);
    expect(end.over).toBe(true);
    expect(endQuarter(end)).toBe(end);
    const table = standings(end);
    expect(table.map((row) => row.rank)).toEqual([1, 2]);
    expect(table[0]!.score).toBeGreaterThanOrEqual(table[1]!.score);
    expect(table.find((row) => row.lab === 'lantern')!.score).toBe(player(end).equity * player(end).valuation);
  });

  it('puts a lab that ends a quarter with negative cash out of the game, and ends the game for its human', () => {
    // A world where nobody buys models: salaries alone sink a lab that spent its cash on chips.
    const noBuyers = { ...tutorial, regions: tutorial.regions.map((r) => ({ ...r, marketPerQuarter: 0 })) };
    let state = accepted(createGame(noBuyers, { seed: 'x' }), buyChips('lantern', 'h100', 2900));
    state = endQuarter(state);
    expect(player(state).alive).toBe(false);
    expect(player(state).exitReason).toBe('insolvent');
    expect(state.reports[0]?.labs.find((r) => r.lab === 'lantern')?.wentInsolvent).toBe(true);
    expect(state.over).toBe(true);
  });
});

describe('determinism and plain data', () => {
  const log: LogEntry[] = [
    { kind: 'action', action: buyChips('lantern', 'h100', 300) },
    { kind: 'endQuarter' },
    { kind: 'action', action: buyChips('lantern', 'h100', 200) },
    { kind: 'endQuarter' },
    { kind: 'endQuarter' },
  ];

  it('gives the same hash from the same seed and log, and a different one from another seed', () => {
    const a = replay(tutorial, { seed: 'alpha' }, log);
    const b = replay(tutorial, { seed: 'alpha' }, log);
    const c = replay(tutorial, { seed: 'beta' }, log);
    if (!a.ok || !b.ok || !c.ok) throw new Error('replay failed');
    expect(stateHash(a.state)).toBe(stateHash(b.state));
    expect(stateHash(a.state)).not.toBe(stateHash(c.state));
  });

  it('keeps the committed hash for a fixed seed and log (golden)', () => {
    const result = replay(tutorial, { seed: 'golden' }, log);
    if (!result.ok) throw new Error('replay failed');
    expect(stateHash(result.state)).toMatchInlineSnapshot(`"4f8d2e28870c717b"`);
  });

  it('state survives a JSON round trip unchanged', () => {
    const result = replay(tutorial, { seed: 'json' }, log);
    if (!result.ok) throw new Error('replay failed');
    expect(JSON.parse(JSON.stringify(result.state))).toEqual(result.state);
    expect(stateHash(JSON.parse(JSON.stringify(result.state)))).toBe(stateHash(result.state));
  });

  it('replay stops at the first entry that does not apply and says which', () => {
    const bad: LogEntry[] = [{ kind: 'endQuarter' }, { kind: 'action', action: buyChips('lantern', 'h100', 1e7) }];
    expect(replay(tutorial, { seed: 'x' }, bad)).toEqual({ ok: false, index: 1, reason: 'badCount' });
  });

  it('never mutates its input and never leaves NaN or Infinity in state (random orders, random seeds)', () => {
    const order = fc.record({ units: fc.integer({ min: -10, max: 4000 }), chip: fc.constantFrom('h100', 'a100', 'tpu') });
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(fc.array(order, { maxLength: 3 }), { maxLength: 8 }), (seed, quarters) => {
        let state = createGame(tutorial, { seed });
        for (const orders of quarters) {
          for (const { units, chip } of orders) {
            const before = JSON.stringify(state);
            const result = applyAction(state, buyChips('lantern', chip, units));
            expect(JSON.stringify(state)).toBe(before);
            if (result.ok) state = result.state;
          }
          const previous = state;
          const before = JSON.stringify(previous);
          state = endQuarter(previous);
          expect(JSON.stringify(previous)).toBe(before);
        }
        const numbers: number[] = [];
        JSON.stringify(state, (_key, value: unknown) => {
          if (typeof value === 'number') numbers.push(value);
          return value;
        });
        expect(numbers.every(Number.isFinite)).toBe(true);
      }),
      { seed: 424242, numRuns: 150 },
    );
  });
});
