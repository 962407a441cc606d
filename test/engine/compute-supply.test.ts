import { describe, expect, it } from 'vitest';
import { applyAction, buyChips, createGame, endQuarter, rentalPrice, setRental, type Scenario } from '../../src/engine';
import { accepted, labOf, tutorial } from './fixtures';

const [h100, a100] = tutorial.chips as [Scenario['chips'][number], Scenario['chips'][number]];
/** The tutorial with a supply cap of 150 H100s a quarter for US labs, a one-quarter lead time and a 60-chip US cloud. */
const scarce: Scenario = {
  ...tutorial,
  chips: [
    { ...h100, leadQuarters: 1, sales: h100.sales.map((w) => (w.region === 'us' ? { ...w, unitsPerQuarter: 150 } : w)),
      rentals: h100.rentals.map((o) => (o.region === 'us' ? { ...o, capacity: 60 } : o)) },
    a100,
  ],
};
const us = tutorial.labs.filter((l) => l.region === 'us').map((l) => l.id);
/** Both labs played by people, so no bot orders chips alongside. */
const newGame = (seed: string, scenario: Scenario) => createGame(scenario, { seed, seats: Object.fromEntries(scenario.labs.map((l) => [l.id, { kind: 'human' as const }])) });

describe('compute supply', () => {
  it('shares a quarter\'s capped supply pro rata, refunds the rest, and delivers after the lead time', () => {
    const [first, second] = us as [string, string];
    let state = newGame('supply', scarce);
    const before = { first: labOf(state, first).chips['h100'] ?? 0, second: labOf(state, second).chips['h100'] ?? 0 };
    state = accepted(accepted(state, buyChips(first, 'h100', 200)), buyChips(second, 'h100', 100));
    // 300 ordered against 150: each gets half; the first pays for 100 of its 200 and is refunded 100 x $27,500.
    state = endQuarter(state);
    const report = state.reports[0]!.labs.find((r) => r.lab === first)!;
    expect(report.notes).toContainEqual({ code: 'ordersRationed', params: { chip: 'h100', ordered: 200, units: 100, share: 0.5 } });
    expect(report.lineItems.filter((i) => i.kind === 'chipPurchase').reduce((a, i) => a + i.amount, 0)).toBeCloseTo(-100 * 27_500, 6);
    expect(labOf(state, first).chips['h100']).toBe(before.first);
    state = endQuarter(state);
    expect(labOf(state, first).chips['h100']).toBe(before.first + 100);
    expect(labOf(state, second).chips['h100']).toBe(before.second + 50);
  });

  it('rations a full cloud pro rata among every renter, and refuses more than its whole capacity', () => {
    const [first, second] = us as [string, string];
    let state = accepted(accepted(newGame('clouds', scarce), setRental(first, 'h100', 'us', 60)), setRental(second, 'h100', 'us', 30));
    state = endQuarter(state);
    // 90 asked of 60: two thirds each.
    expect(labOf(state, first).rentals).toEqual([{ chip: 'h100', region: 'us', units: 40 }]);
    expect(labOf(state, second).rentals).toEqual([{ chip: 'h100', region: 'us', units: 20 }]);
    expect(applyAction(state, setRental(first, 'h100', 'us', 61))).toMatchObject({ ok: false, reason: 'rentalCapacity', params: { maxUnits: 60 } });
  });

  it('lowers purchase and rental prices by the chip\'s decline each quarter', () => {
    const falling: Scenario = { ...tutorial, chips: [{ ...h100, priceDeclinePerQuarter: 0.1 }, a100] };
    let state = newGame('prices', falling);
    state = endQuarter(endQuarter(state));
    const offer = falling.chips[0]!.rentals.find((o) => o.region === 'us')!;
    expect(rentalPrice(state, falling.chips[0]!, offer)).toBeCloseTo(offer.pricePerHour * 0.81, 9);
    const bought = accepted(state, buyChips(us[0]!, 'h100', 10));
    expect(labOf(bought, us[0]!).ledger.find((i) => i.kind === 'chipPurchase')?.amount).toBeCloseTo(-10 * 27_500 * 0.81, 6);
  });
});
