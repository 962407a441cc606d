import { describe, expect, it } from 'vitest';
import {
  applyAction,
  buyChips,
  chipBookValue,
  chipSaleQuote,
  deliveredFlop,
  endQuarter,
  SECONDS_PER_QUARTER,
  sellChips,
  setRental,
  setSplit,
  type Scenario,
} from '../../src/engine';
import { applyStrategyMove } from '../../src/engine/apply-action';
import { accepted, h800, labOf, newGame, tutorial } from './fixtures';

const cn: Scenario['regions'][number] = { ...tutorial.regions[0]!, id: 'cn', name: 'China', computeVoucherShare: 0.5, openTo: ['cn'] };
/** The tutorial plus a Chinese lab: H800s sold in cn, H100s only on the grey market; cn clouds rent H800s. */
const withChina: Scenario = {
  ...tutorial,
  regions: [...tutorial.regions, cn],
  chips: [
    { ...tutorial.chips[0]!, greyMarket: { premium: 0.5, seizurePercent: 100 }, rentals: tutorial.chips[0]!.rentals.map((r) => (r.region === 'row' ? { ...r, cutOffPercent: 100 } : r)) },
    tutorial.chips[1]!,
    { ...h800, sales: [{ region: 'cn', from: 0, until: 2, licenceFee: 0.15 }], rentals: [{ region: 'cn', pricePerHour: 2, from: 0 }] },
  ],
  labs: [...tutorial.labs, { ...tutorial.labs[0]!, id: 'dragon', name: 'Dragon AI', region: 'cn', chips: {}, strategy: 'idle' }],
};

describe('buying and selling chips', () => {
  it('moves exactly the price times units from cash into chips and books it for depreciation', () => {
    const after = accepted(newGame(), buyChips('lantern', 'h100', 100));
    expect(labOf(after).cash).toBe(80_000_000 - 100 * 27_500);
    expect(labOf(after).ledger).toEqual([{ kind: 'chipPurchase', amount: -2_750_000, detail: 'h100' }]);
    // Paid now, in the fleet when the quarter resolves (the tutorial's chips have no lead time).
    expect(labOf(after).chips['h100']).toBe(1000);
    expect(labOf(after).chipOrders).toMatchObject([{ chip: 'h100', units: 100, arrives: 0 }]);
    const next = endQuarter(after);
    expect(labOf(next).chips['h100']).toBe(1100);
    expect(next.reports[0]!.labs.find((r) => r.lab === 'lantern')!.notes).toContainEqual({ code: 'chipsArrived', params: { chip: 'h100', units: 100, quarters: 0 } });
  });

  it('depreciates each purchase straight line over the scenario life (16 quarters)', () => {
    let state = accepted(newGame(), buyChips('lantern', 'h100', 160));
    // The order enters the books when it arrives, at the start of the quarter's resolution.
    const before = chipBookValue(labOf(state), 16) + 4_400_000;
    state = endQuarter(state);
    const report = state.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    // 1,000 starting H100s ($27.5M) and 160 bought ($4.4M): a sixteenth of each.
    expect(report.depreciation).toBeCloseTo((27_500_000 + 4_400_000) / 16, 6);
    expect(chipBookValue(labOf(state), 16)).toBeCloseTo(before - report.depreciation, 6);
  });

  it('rejects an order the lab cannot pay for, with the cost and the cash', () => {
    expect(applyAction(newGame(), buyChips('lantern', 'h100', 10_000))).toEqual({
      ok: false, reason: 'notEnoughCash', params: { cost: 275_000_000, cash: 80_000_000 },
    });
  });

  it('rejects a chip that the lab region may no longer buy, naming chip and region', () => {
    let state = newGame();
    for (let q = 0; q < 4; q += 1) state = endQuarter(state);
    expect(applyAction(state, buyChips('lantern', 'a100', 10))).toEqual({
      ok: false, reason: 'chipNotAvailable', params: { chip: 'a100', region: 'us' },
    });
  });

  it('charges the licence fee on licensed sales as its own line item', () => {
    const state = accepted(newGame('x', withChina), buyChips('dragon', 'h800', 100));
    expect(labOf(state, 'dragon').ledger).toEqual([
      { kind: 'chipPurchase', amount: -2_750_000, detail: 'h800' },
      { kind: 'licenceFee', amount: -412_500, detail: 'h800' },
    ]);
  });

  it('sells banned chips on the grey market at a premium, and they can be seized', () => {
    const game = newGame('x', withChina);
    expect(applyStrategyMove(game, buyChips('dragon', 'h100', 10))).toMatchObject({ ok: false, reason: 'chipNotAvailable' });
    expect(applyAction(game, buyChips('lantern', 'h100', 10, true))).toMatchObject({ ok: false, reason: 'greyNotNeeded' });
    let state = accepted(game, buyChips('dragon', 'h100', 100, true));
    expect(labOf(state, 'dragon').cash).toBe(80_000_000 - 100 * 27_500 * 1.5);
    state = endQuarter(state);
    // Seizure is certain in this test world: the fleet and its book value are gone.
    expect(labOf(state, 'dragon').greyChips['h100']).toBe(0);
    expect(chipBookValue(labOf(state, 'dragon'), 16)).toBe(0);
    expect(state.reports[0]!.labs.find((r) => r.lab === 'dragon')!.notes.map((n) => n.code)).toContain('chipsSeized');
  });

  it('sells owned chips at 80% of their book value', () => {
    const before = newGame();
    // The Compute tab's preview is what the sale brings.
    expect(chipSaleQuote(before, labOf(before), 'h100', 500)).toBeCloseTo(0.8 * 27_500_000 / 2, 6);
    expect(chipSaleQuote(before, labOf(before), 'h100', 0)).toBe(0);
    const state = accepted(before, sellChips('lantern', 'h100', 500));
    expect(labOf(state).cash).toBeCloseTo(80_000_000 + 0.8 * 27_500_000 / 2, 6);
    expect(labOf(state).chips['h100']).toBe(500);
    expect(applyAction(state, sellChips('lantern', 'h100', 501))).toMatchObject({ ok: false, reason: 'notEnoughChips' });
  });
});

describe('renting abroad', () => {
  it('a lab renting in another region can lose the rental to a crackdown; renting at home is safe', () => {
    const us = tutorial.chips[0]!.rentals.find((r) => r.region === 'us')!;
    expect(us.cutOffPercent).toBeUndefined();
    let state = accepted(newGame('x', withChina), setRental('dragon', 'h100', 'row', 500));
    state = endQuarter(state);
    expect(labOf(state, 'dragon').rentals).toEqual([]);
    expect(state.reports[0]!.labs.find((r) => r.lab === 'dragon')!.notes.map((n) => n.code)).toContain('rentalCut');
  });
});

describe('compute', () => {
  it('delivers units x peak x utilisation x seconds, split between training and inference', () => {
    expect(deliveredFlop(tutorial, { h100: 1000 }, 'training')).toBe(1000 * 989e12 * 0.4 * SECONDS_PER_QUARTER);
    let state = accepted(newGame(), setSplit('lantern', { training: 20, inference: 80, research: 0 }));
    state = endQuarter(state);
    const report = state.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    expect(report.trainingFlop).toBeCloseTo(0.2 * 1000 * 989e12 * 0.4 * SECONDS_PER_QUARTER, -12);
    expect(report.inferenceFlop).toBeCloseTo(0.8 * 1000 * 989e12 * 0.35 * SECONDS_PER_QUARTER, -12);
  });

  it('rejects a split that does not add up to 100', () => {
    expect(applyAction(newGame(), setSplit('lantern', { training: 50, inference: 40, research: 20 }))).toMatchObject({ ok: false, reason: 'badSplit' });
  });

  it('rents chips by the hour, and a home voucher pays its share of rent at home', () => {
    let state = accepted(newGame('x', withChina), setRental('dragon', 'h800', 'cn', 1000));
    state = endQuarter(state);
    const items = state.reports[0]!.labs.find((r) => r.lab === 'dragon')!.lineItems;
    const rent = 1000 * 2 * SECONDS_PER_QUARTER / 3600;
    expect(items.find((i) => i.kind === 'rent')?.amount).toBeCloseTo(-rent, 6);
    expect(items.find((i) => i.kind === 'voucher')?.amount).toBeCloseTo(rent * 0.5, 6);
    expect(applyStrategyMove(state, setRental('dragon', 'h800', 'us', 10))).toMatchObject({ ok: false, reason: 'notForRent' });
  });

  it('rents no more chips to one lab than the clouds have room for', () => {
    const capped: Scenario = { ...withChina, chips: withChina.chips.map((c) => (c.id === 'h800' ? { ...c, rentals: [{ region: 'cn', pricePerHour: 2, from: 0, maxUnits: 5000 }] } : c)) };
    const state = newGame('x', capped);
    expect(applyStrategyMove(state, setRental('dragon', 'h800', 'cn', 5000)).ok).toBe(true);
    expect(applyStrategyMove(state, setRental('dragon', 'h800', 'cn', 5001))).toMatchObject({ ok: false, reason: 'rentalCapacity', params: { maxUnits: 5000 } });
  });
});
