import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  createGame,
  endQuarter,
  replay,
  stateHash,
  type Action,
  type GameState,
  type LogEntry,
} from '../../src/engine';
import * as act from '../../src/engine/actions';
import { loadScenario } from '../../src/scenario/load';
import { readFileSync } from 'node:fs';
import { tutorial } from './fixtures';
import { shippedScenario } from '../helpers';

// A frozen copy of the tutorial: tuning the shipped scenario must not move the golden hashes, engine changes must.
const goldenLoad = loadScenario(readFileSync('test/fixtures/golden-scenario.json', 'utf8'), 'golden-scenario.json');
if (!goldenLoad.ok) throw new Error('golden scenario does not load');
const golden = goldenLoad.scenario;

/** Any action the player's lab might send, legal or not. */
const anyAction: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ chip: fc.constantFrom('h100', 'a100', 'tpu'), units: fc.integer({ min: -5, max: 3000 }), grey: fc.boolean() })
    .map(({ chip, units, grey }) => act.buyChips('lantern', chip, units, grey)),
  fc.integer({ min: 1, max: 1200 }).map((units) => act.sellChips('lantern', 'h100', units)),
  fc.integer({ min: 0, max: 3000 }).map((units) => act.setRental('lantern', 'h100', 'us', units)),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => act.setSplit('lantern', { training: Math.min(a, 100 - Math.min(b, 100)), inference: Math.min(b, 100), research: 100 - Math.min(a, 100 - Math.min(b, 100)) - Math.min(b, 100) })),
  fc.record({ role: fc.constantFrom('researchers' as const, 'engineers' as const), count: fc.integer({ min: 1, max: 30 }), fire: fc.boolean() })
    .map(({ role, count, fire }) => (fire ? act.fire('lantern', role, count) : act.hire('lantern', role, count))),
  fc.record({ active: fc.integer({ min: 1, max: 400 }), moe: fc.integer({ min: 1, max: 20 }), tokens: fc.integer({ min: 1, max: 20 }), open: fc.boolean() })
    .map(({ active, moe, tokens, open }) => act.startRun('lantern', { name: 'Fuzz', totalParams: active * moe * 1e9, activeParams: active * 1e9, tokens: tokens * 1e12, open })),
  fc.constant(act.cancelRun('lantern')),
  fc.constant(act.openWeights('lantern', 'lantern-1')),
  fc.constantFrom('api' as const, 'consumer' as const).map((segment) => act.launchProduct('lantern', segment)),
  fc.record({ segment: fc.constantFrom('api' as const, 'consumer' as const), price: fc.double({ min: 0.05, max: 60, noNaN: true }) })
    .map(({ segment, price }) => act.setPrice('lantern', segment, price)),
  fc.integer({ min: 1, max: 2000 }).map((millions) => act.raiseRound('lantern', millions * 1e6)),
  fc.constantFrom('moe', 'fp8', 'mla', 'overlap', 'distillation', 'reasoning', 'nope').map((technique) => act.research('lantern', technique)),
  fc.constantFrom('moe', 'fp8').map((technique) => act.publish('lantern', technique)),
);

const quarters = fc.array(fc.array(anyAction, { maxLength: 4 }), { minLength: 1, maxLength: 8 });

function finiteEverywhere(state: GameState): boolean {
  let finite = true;
  JSON.stringify(state, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) finite = false;
    return value;
  });
  return finite;
}

describe('determinism and plain data (random action sequences, random seeds)', () => {
  it('never mutates its input, keeps every number finite, and every report reconciles exactly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), quarters, (seed, plan) => {
        let state = createGame(tutorial, { seed });
        for (const actions of plan) {
          for (const action of actions) {
            const before = JSON.stringify(state);
            const result = applyAction(state, action);
            expect(JSON.stringify(state)).toBe(before);
            if (result.ok) state = result.state;
          }
          const previous = state;
          const before = JSON.stringify(previous);
          state = endQuarter(previous);
          expect(JSON.stringify(previous)).toBe(before);
        }
        expect(finiteEverywhere(state)).toBe(true);
        for (const report of state.reports) {
          for (const lab of report.labs) {
            expect(lab.lineItems.reduce((cash, item) => cash + item.amount, lab.cashStart)).toBe(lab.cashEnd);
          }
        }
      }),
      { seed: 424242, numRuns: 120 },
    );
  });

  it('a quarter in which bots publish models leaves the state before it as it was (the working copy shares models)', () => {
    const china = shippedScenario('china-2025');
    let state = createGame(china, { seed: 'publish', seats: Object.fromEntries(china.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }])) });
    let published = 0;
    while (!state.over) {
      const previous = state;
      const before = JSON.stringify(previous);
      state = endQuarter(previous);
      expect(JSON.stringify(previous)).toBe(before);
      // Models published by the bots this quarter: open now, closed in the state before.
      published += previous.models.filter((m) => !m.open && state.models.find((n) => n.id === m.id)?.open).length;
    }
    expect(published).toBeGreaterThan(0);
  }, 60_000);

  it('the same seed and log give the same hash, and the state survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), quarters, (seed, plan) => {
        const log: LogEntry[] = plan.flatMap((actions) => [
          ...actions.map((action): LogEntry => ({ kind: 'action', action })),
          { kind: 'endQuarter' } as LogEntry,
        ]);
        // Rejected actions are left out of a real log, so drop them here too.
        const kept: LogEntry[] = [];
        let state = createGame(tutorial, { seed });
        for (const entry of log) {
          if (entry.kind === 'endQuarter') {
            state = endQuarter(state);
            kept.push(entry);
            continue;
          }
          const result = applyAction(state, entry.action);
          if (result.ok) {
            state = result.state;
            kept.push(entry);
          }
        }
        const again = replay(tutorial, { seed }, kept);
        if (!again.ok) throw new Error(`replay failed at ${again.index}`);
        expect(stateHash(again.state)).toBe(stateHash(state));
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      { seed: 777, numRuns: 60 },
    );
  });

  it('keeps the committed hash per quarter for a fixed seed and log (golden)', () => {
    const log: LogEntry[] = [
      { kind: 'action', action: act.buyChips('lantern', 'h100', 2000) },
      { kind: 'action', action: act.startRun('lantern', { name: 'Golden', totalParams: 100e9, activeParams: 100e9, tokens: 3e12, open: true }) },
      { kind: 'action', action: act.research('lantern', 'moe') },
      { kind: 'endQuarter' },
      { kind: 'action', action: act.setSplit('lantern', { training: 40, inference: 55, research: 5 }) },
      { kind: 'endQuarter' },
      { kind: 'action', action: act.raiseRound('lantern', 30e6) },
      { kind: 'endQuarter' },
      { kind: 'endQuarter' },
    ];
    const hashes: string[] = [];
    let state = createGame(golden, { seed: 'golden' });
    for (const entry of log) {
      if (entry.kind === 'endQuarter') {
        state = endQuarter(state);
        hashes.push(stateHash(state));
      } else {
        const result = applyAction(state, entry.action);
        if (!result.ok) throw new Error(result.reason);
        state = result.state;
      }
    }
    expect(hashes).toMatchInlineSnapshot(`
      [
        "1f12fbf78826a048",
        "6386e519c38f1115",
        "67f792e43eeebb93",
        "228b45ed7b2dca89",
      ]
    `);
  });

  it('a different seed gives a different world', () => {
    const a = endQuarter(createGame(tutorial, { seed: 'a' }));
    const b = endQuarter(createGame(tutorial, { seed: 'b' }));
    expect(stateHash(a)).not.toBe(stateHash(b));
  });

  it('replay stops at the first entry that does not apply and says which', () => {
    const bad: LogEntry[] = [{ kind: 'endQuarter' }, { kind: 'action', action: act.buyChips('lantern', 'h100', 1e7) }];
    expect(replay(tutorial, { seed: 'x' }, bad)).toEqual({ ok: false, index: 1, reason: 'badCount' });
  });
});
