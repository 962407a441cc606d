import { describe, expect, it } from 'vitest';
import { applyAction, endQuarter, maxRound, raiseRound, roundLimit, roundQuote, type GameState, type LineItem, type Scenario } from '../../src/engine';
import { ROUND_RUNWAY_QUARTERS, ROUND_YEAR_SUPPLY_QUARTERS } from '../../src/engine/funding';
import { labOf, newGame, tutorial } from './fixtures';

/** A game one quarter in, with lantern's cash and its last report's line items and notes set by hand. */
function afterQuarter(items: LineItem[], cash: number, options: { scenario?: Scenario; notes?: string[] } = {}): GameState {
  const state = structuredClone(endQuarter(newGame('limits', options.scenario ?? tutorial)));
  const report = state.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!;
  report.lineItems = items;
  report.notes = (options.notes ?? []).map((code) => ({ code, params: {} })) as typeof report.notes;
  const lab = labOf(state);
  lab.cash = cash;
  lab.pendingRound = null;
  return state;
}

const rich: Scenario = { ...tutorial, regions: tutorial.regions.map((r) => ({ ...r, ventureCapitalPerQuarter: 1e12 })) };

describe('how large a round investors allow', () => {
  it('funds two years of running costs less the cash held, and chips bought are not a running cost', () => {
    // Running costs $15M salaries + $5M rent = $20M (the $100M of chips and the $50M round do not count);
    // 8 quarters x $20M - $40M of cash = $120M.
    const state = afterQuarter([
      { kind: 'revenue', amount: 10e6 },
      { kind: 'salaries', amount: -15e6 },
      { kind: 'rent', amount: -5e6 },
      { kind: 'chipPurchase', amount: -100e6 },
      { kind: 'funding', amount: 50e6, detail: 'round' },
    ], 40e6, { scenario: rich });
    expect(ROUND_RUNWAY_QUARTERS).toBe(8);
    const limit = roundLimit(state, labOf(state));
    expect(limit.need).toEqual({ spending: 20e6, cash: 40e6, need: 120e6 });
    expect(limit).toMatchObject({ amount: 120e6, limit: 'need' });
    expect(applyAction(state, raiseRound('lantern', 121e6))).toMatchObject({
      ok: false, reason: 'roundBeyondNeed', params: { maxAmount: 120e6, spending: 20e6, cash: 40e6, quarters: 8 },
    });
    expect(applyAction(state, raiseRound('lantern', 120e6)).ok).toBe(true);
  });

  it('lets a lab that holds two years of its running costs raise nothing', () => {
    // $25M a quarter x 8 = $200M, below the $250M it holds: the raise-every-quarter habit has nothing to ask for.
    const state = afterQuarter([{ kind: 'salaries', amount: -25e6 }], 250e6, { scenario: rich });
    expect(maxRound(state, labOf(state))).toBe(0);
    expect(applyAction(state, raiseRound('lantern', 1e6))).toMatchObject({ ok: false, reason: 'roundBeyondNeed' });
  });

  it('lets one lab draw at most two quarters of its layer\'s supply over a year', () => {
    // US supply $250M a quarter, 40% for foundation labs at appetite 1: $100M. Two quarters' worth is $200M; lantern
    // raised $150M in rounds last quarter (its $30M emergency money does not count), so $50M is left.
    const scarce: Scenario = { ...tutorial, regions: tutorial.regions.map((r) => ({ ...r, ventureCapitalPerQuarter: 250e6 })) };
    const state = afterQuarter([
      { kind: 'salaries', amount: -200e6 },
      { kind: 'funding', amount: 150e6, detail: 'round' },
      { kind: 'funding', amount: 30e6, detail: 'emergency' },
    ], 0, { scenario: scarce });
    expect(ROUND_YEAR_SUPPLY_QUARTERS).toBe(2);
    const limit = roundLimit(state, labOf(state));
    expect(limit).toMatchObject({ supply: 100e6, recent: 150e6, amount: 50e6, limit: 'year' });
    expect(applyAction(state, raiseRound('lantern', 60e6))).toMatchObject({
      ok: false, reason: 'roundYearDrawn', params: { maxAmount: 50e6, raised: 150e6, supply: 100e6, quarters: 2 },
    });
  });

  it('forgets rounds older than three quarters', () => {
    const scarce: Scenario = { ...tutorial, regions: tutorial.regions.map((r) => ({ ...r, ventureCapitalPerQuarter: 250e6 })) };
    // Cash enough to stay in the game three more quarters without raising again.
    let state = afterQuarter([{ kind: 'funding', amount: 150e6, detail: 'round' }], 100e6, { scenario: scarce });
    for (let q = 0; q < 3; q += 1) expect((state = endQuarter(state)).labs.find((l) => l.id === 'lantern')!.alive).toBe(true);
    expect(state.reports.length).toBe(4);
    expect(roundLimit(state, labOf(state)).recent).toBe(0);
  });

  it('makes a lab wait a quarter after investors turned its round down, and says so', () => {
    const state = afterQuarter([{ kind: 'salaries', amount: -50e6 }], 0, { scenario: rich, notes: ['roundFailed'] });
    expect(roundLimit(state, labOf(state))).toMatchObject({ amount: 0, limit: 'turnedDown' });
    expect(applyAction(state, raiseRound('lantern', 10e6))).toMatchObject({ ok: false, reason: 'roundTurnedDown' });
    expect(roundQuote(state, labOf(state), 10e6).limit.limit).toBe('turnedDown');
    // A quarter later (no new refusal) investors meet it again.
    const next = endQuarter(state);
    expect(roundLimit(next, labOf(next)).limit).not.toBe('turnedDown');
  });

  it('goes by the founding plan before the first report: a share of the estimate or the supply', () => {
    const state = newGame('limits', rich);
    expect(roundLimit(state, labOf(state))).toMatchObject({ need: null, limit: 'estimate', amount: Math.floor(labOf(state).estimate * 0.3) });
  });
});
