import { describe, expect, it } from 'vitest';
import { endQuarter, roundQuote, type GameState, type LineItem } from '../../src/engine';
import { dilute, progressPrice } from '../../src/engine/funding';
import { labOf, newGame } from './fixtures';

/**
 * A game two quarters in: lantern closed a round in the first quarter with `then` of revenue, and earned `now` in the
 * second; its last round's post-money is $1B.
 */
function twoQuarters(then: number, now: number): GameState {
  let state = endQuarter(newGame('pricing'));
  state = structuredClone(endQuarter(state));
  const [first, second] = state.reports.map((r) => r.labs.find((l) => l.lab === 'lantern')!);
  first!.lineItems = [{ kind: 'revenue', amount: then }, { kind: 'funding', amount: 100e6, detail: 'round' }] as LineItem[];
  second!.lineItems = [{ kind: 'revenue', amount: now }] as LineItem[];
  labOf(state).valuation = 1e9;
  return state;
}

describe('a round priced on progress since the last one', () => {
  it('prices the first round of a game on investors\' estimate', () => {
    const state = endQuarter(newGame('pricing'));
    expect(progressPrice(state, labOf(state), 5e9)).toEqual({ preMoney: 5e9, growth: 1, capped: false });
  });

  it('allows no step-up over the last post-money without new revenue or a better model', () => {
    // Revenue $20M then and $20M now: at most 1 x $1B, though investors' estimate is $3B.
    expect(progressPrice(twoQuarters(20e6, 20e6), labOf(twoQuarters(20e6, 20e6)), 3e9)).toEqual({ preMoney: 1e9, growth: 1, capped: true });
    // Revenue fell: still the last price at most (a down round is priced on the estimate when that is lower).
    const fell = twoQuarters(20e6, 10e6);
    expect(progressPrice(fell, labOf(fell), 3e9)).toEqual({ preMoney: 1e9, growth: 1, capped: true });
    expect(progressPrice(fell, labOf(fell), 0.6e9)).toEqual({ preMoney: 0.6e9, growth: 1, capped: false });
  });

  it('allows a step-up in proportion to revenue growth since the last round', () => {
    // $20M then, $30M now: 1.5 x $1B = $1.5B against an estimate of $3B.
    const state = twoQuarters(20e6, 30e6);
    expect(progressPrice(state, labOf(state), 3e9)).toEqual({ preMoney: 1.5e9, growth: 1.5, capped: true });
    // An estimate below the cap is the price.
    expect(progressPrice(state, labOf(state), 1.2e9)).toEqual({ preMoney: 1.2e9, growth: 1.5, capped: false });
  });

  it('prices on the estimate once the lab has released a better model of its own since the last round', () => {
    const state = twoQuarters(20e6, 20e6);
    const own = state.models.filter((m) => m.lab === 'lantern').reduce((a, b) => (b.capability > a.capability ? b : a));
    state.models.push({ ...own, id: 'lantern-better', capability: own.capability + 5, releasedQuarter: state.quarter - 1 });
    expect(progressPrice(state, labOf(state), 3e9)).toEqual({ preMoney: 3e9, growth: 1, capped: false });
  });

  it('closes a round at the capped price, dilutes at it, and says why in the report', () => {
    const state = twoQuarters(20e6, 20e6);
    const lab = labOf(state);
    // A last post-money of $400M, below lantern's estimate (about $700M here): the round is capped at $400M.
    lab.valuation = 400e6;
    lab.pendingRound = { amount: 100e6, preMoney: lab.estimate, chancePercent: 100 };
    const equity = lab.equity;
    // The funding card's preview shows the same capped price before the quarter ends.
    expect(roundQuote(state, lab, 100e6)).toMatchObject({ preMoney: 400e6, equityAfter: dilute(equity, 400e6, 100e6) });
    const after = endQuarter(state);
    const report = after.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!;
    const note = report.notes.find((n) => n.code === 'roundOnProgress');
    expect(lab.estimate).toBeGreaterThan(400e6);
    expect(note?.params).toMatchObject({ preMoney: 400e6, previous: 400e6, growth: 1 });
    // 0.7 x 400 / 500 of the lab after selling $100M at $400M pre-money; marked at $500M post-money.
    expect(labOf(after).equity).toBeCloseTo(dilute(equity, 400e6, 100e6), 12);
    expect(labOf(after).valuation).toBe(500e6);
  });
});
