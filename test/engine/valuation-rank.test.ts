import { describe, expect, it } from 'vitest';
import { endQuarter, valuationParts } from '../../src/engine';
import { bestChoice, choiceValue } from '../../src/engine/choice-value';
import { grossMarginOf, makersAhead, OUTSIDE_FRONTIER_LABS } from '../../src/engine/funding';
import { settleUnanswered } from '../../src/engine/phase-events';
import type { EventChoice } from '../../src/engine/event-types';
import { labOf, newGame, tutorial } from './fixtures';

describe('investors price capability rank and gross margin', () => {
  it('ranks a lab behind every better model maker and the outside frontier, and halves the premium for each', () => {
    const state = newGame();
    const lantern = labOf(state);
    // Lantern's 43.9 trails the outside trend (70) by 26.1 points: its 3 labs plus one per 6 points (4); meridian's 65.4 is ahead too.
    const own = state.models.find((m) => m.lab === 'lantern')!.capability;
    expect(makersAhead(state, lantern, own)).toEqual({ inGame: 1, outside: OUTSIDE_FRONTIER_LABS + Math.floor((70 - own) / 6) });
    const parts = valuationParts(state, lantern);
    expect(parts.rank).toBe(9);
    expect(parts.capabilityValue).toBeCloseTo(150e9 / 256, 0);
    // A model above every other and above the trend ranks first and earns the whole frontier value.
    expect(makersAhead(state, lantern, 71)).toEqual({ inGame: 0, outside: 0 });
  });

  it('values revenue at the multiple times gross margin times the square root of growth, and a loss per unit at nothing', () => {
    const state = newGame();
    const lantern = labOf(state);
    lantern.revenueHistory = [100e6, 400e6];
    // $1.6B a year at a 75% margin, growth 4x (factor 2), multiple 10: $24B.
    expect(grossMarginOf({ products: [{ product: 'api', revenue: 300e6, servedFlop: 1, servingCost: 50e6 }, { product: 'consumer', revenue: 100e6, servedFlop: 1, servingCost: 50e6 }] })).toBe(0.75);
    expect(valuationParts(state, lantern, 0.75).revenueValue).toBeCloseTo(10 * 1.6e9 * 0.75 * 2, 0);
    expect(grossMarginOf({ products: [{ product: 'consumer', revenue: 30e6, servedFlop: 1, servingCost: 33e6 }] })).toBe(0);
    expect(grossMarginOf({ products: [] })).toBe(1);
  });
});

describe('bots weigh event choices', () => {
  const partner = tutorial.events.find((e) => e.id === 'cloud-partner')!;
  const accept = partner.choices.find((c) => c.id === 'accept')!;

  it('takes money for equity only when the money is worth more than the stake at investors\' estimate', () => {
    const state = newGame();
    const lab = labOf(state);
    // $60M for 15%: worth 60M - 0.15 x (estimate + 60M) with a long runway (no report yet, so cash counts once).
    lab.estimate = 1e9;
    expect(choiceValue(state, lab, accept)).toBeCloseTo(60e6 - 0.15 * 1.06e9, 0);
    expect(bestChoice(state, lab, partner.choices)!.id).toBe('decline');
    lab.estimate = 200e6;
    expect(choiceValue(state, lab, accept)).toBeCloseTo(60e6 - 0.15 * 260e6, 0);
    expect(bestChoice(state, lab, partner.choices)!.id).toBe('accept');
  });

  it('keeps researchers when their share of the business is worth more than the retention bill', () => {
    const state = newGame();
    const lab = labOf(state);
    const choices: EventChoice[] = [{ id: 'let-go', label: '', effects: [{ kind: 'poach', share: 0.2 }] }, { id: 'retain', label: '', effects: [{ kind: 'expense', amount: 5e6 }] }];
    lab.businessValue = 1e9;
    expect(bestChoice(state, lab, choices)!.id).toBe('retain');
    lab.businessValue = 10e6;
    expect(bestChoice(state, lab, choices)!.id).toBe('let-go');
  });

  it('settles a bot\'s unanswered question with its best choice and a person\'s with the first', () => {
    const state = endQuarter(newGame());
    for (const lab of state.labs) {
      lab.pendingChoices = ['cloud-partner'];
      lab.estimate = 100e6;
    }
    settleUnanswered(state);
    expect(state.labs.map((l) => l.pendingChoices)).toEqual([[], []]);
    // Lantern is the person's seat: the first choice (decline). Meridian is a bot: $60M for 15% of a $100M lab is worth taking.
    expect(labOf(state, 'lantern').ledger.some((i) => i.kind === 'funding')).toBe(false);
    expect(labOf(state, 'meridian').ledger.some((i) => i.kind === 'funding' && i.amount === 60e6)).toBe(true);
  });
});
