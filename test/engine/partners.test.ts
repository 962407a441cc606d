import { describe, expect, it } from 'vitest';
import { applyAction, createGame, endQuarter, launchProduct, partnerDeal, setRental, type GameState } from '../../src/engine';
import { partnerQuote, partnersFor, PARTNER_CASH_SHARE } from '../../src/engine/partners';
import { shippedScenario } from '../helpers';

const accepted = (state: GameState, ...actions: ReturnType<typeof partnerDeal>[]) => actions.reduce((s, a) => {
  const result = applyAction(s, a);
  if (!result.ok) throw new Error(`${a.type}: ${result.reason} ${JSON.stringify(result.params)}`);
  return result.state;
}, state);

describe('strategic partners', () => {
  // china-2025: the player's Vermilion; Lotus (Alibaba's stand-in, a person's seat here so its cloud can be launched by hand) runs a cloud in China.
  const fresh = (voucherBudget?: number) => {
    const base = shippedScenario('china-2025');
    const scenario = voucherBudget === undefined ? base
      : { ...base, regions: base.regions.map((r) => (r.id === 'cn' ? { ...r, computeVoucherBudgetPerQuarter: voucherBudget } : r)) };
    const seats = Object.fromEntries(scenario.labs.map((l) => [l.id, ['vermilion', 'lotus'].includes(l.id) ? { kind: 'human' as const } : { kind: 'bot' as const, strategy: 'idle' as const }]));
    return endQuarter(createGame(scenario, { seed: 'partner', seats }));
  };

  it('a cloud in the game buys equity at investors\' estimate and pays in compute credit, not cash (hand computation)', () => {
    let state = fresh();
    const lab = () => state.labs.find((l) => l.id === 'vermilion')!;
    const lotus = state.labs.find((l) => l.id === 'lotus')!;
    if (!lotus.products.cloud) state = accepted(state, launchProduct('lotus', 'cloud'));
    expect(partnersFor(state, lab()).map((p) => p.id)).toContain('lotus');
    const before = lab();
    const quote = partnerQuote(state, before, lotus, 100e6);
    expect(quote.preMoney).toBe(before.estimate);
    expect(quote.equityAfter).toBeCloseTo(before.equity * before.estimate / (before.estimate + 100e6), 12);
    expect(quote.maxAmount).toBeLessThanOrEqual(PARTNER_CASH_SHARE * lotus.cash);
    state = accepted(state, partnerDeal('vermilion', 'lotus', 100e6));
    expect(lab().cash).toBe(before.cash);
    expect(lab().equity).toBeCloseTo(quote.equityAfter, 12);
    expect(lab().partner).toEqual({ lab: 'lotus', credit: 100e6 });
  });

  it('the credit pays rent in the partner\'s region from the partner\'s cash, and binds new rentals there while it lasts', () => {
    let state = fresh();
    if (!state.labs.find((l) => l.id === 'lotus')!.products.cloud) state = accepted(state, launchProduct('lotus', 'cloud'));
    state = accepted(state, partnerDeal('vermilion', 'lotus', 50e6));
    const abroad = applyAction(state, setRental('vermilion', 'h100', 'row', 100));
    expect(abroad).toMatchObject({ ok: false, reason: 'partnerExclusive', params: { region: 'cn' } });
    const home = state.scenario.chips.find((c) => state.rules.chips[c.id]?.rentals.some((r) => r.region === 'cn'))!;
    state = accepted(state, setRental('vermilion', home.id, 'cn', 1000));
    const lotusCash = state.labs.find((l) => l.id === 'lotus')!.cash;
    state = endQuarter(state);
    const items = state.reports.at(-1)!.labs.find((r) => r.lab === 'vermilion')!.lineItems;
    const rent = -items.filter((i) => i.kind === 'rent').reduce((a, i) => a + i.amount, 0);
    const voucher = items.filter((i) => i.kind === 'voucher').reduce((a, i) => a + i.amount, 0);
    const credit = items.filter((i) => i.kind === 'partnerCredit').reduce((a, i) => a + i.amount, 0);
    expect(rent).toBeGreaterThan(0);
    expect(credit).toBeCloseTo(Math.min(50e6, rent - voucher), 0);
    const paid = state.reports.at(-1)!.labs.find((r) => r.lab === 'lotus')!.lineItems.filter((i) => i.kind === 'partnerInvestment');
    expect(paid.reduce((a, i) => a + i.amount, 0)).toBeCloseTo(-credit, 0);
    expect(state.labs.find((l) => l.id === 'lotus')!.cash).toBeLessThan(lotusCash + 1);
    expect(state.labs.find((l) => l.id === 'vermilion')!.partner!.credit).toBeCloseTo(50e6 - credit, 0);
  });

  it('after a voucher cut to its region\'s budget, the credit pays the rest of the home rent the voucher left', () => {
    // A $1M budget: vermilion's claim of half its rent is cut to at most $1M, and the credit covers the rest.
    let state = fresh(1e6);
    if (!state.labs.find((l) => l.id === 'lotus')!.products.cloud) state = accepted(state, launchProduct('lotus', 'cloud'));
    state = accepted(state, partnerDeal('vermilion', 'lotus', 50e6));
    const home = state.scenario.chips.find((c) => state.rules.chips[c.id]?.rentals.some((r) => r.region === 'cn'))!;
    state = accepted(state, setRental('vermilion', home.id, 'cn', 1000));
    state = endQuarter(state);
    const row = state.reports.at(-1)!.labs.find((r) => r.lab === 'vermilion')!;
    const sum = (kind: string) => row.lineItems.filter((i) => i.kind === kind).reduce((a, i) => a + i.amount, 0);
    const rent = -sum('rent');
    expect(sum('voucher')).toBeLessThanOrEqual(1e6 + 1e-6);
    expect(row.notes.some((n) => n.code === 'voucherRationed')).toBe(true);
    expect(sum('partnerCredit')).toBeCloseTo(Math.min(50e6, rent - sum('voucher')), 0);
  });

  it('refuses a lab without a cloud, a second partner while credit lasts, and more than the partner allows', () => {
    let state = fresh();
    expect(applyAction(state, partnerDeal('vermilion', 'mariana', 10e6))).toMatchObject({ ok: false, reason: 'notAPartner' });
    if (!state.labs.find((l) => l.id === 'lotus')!.products.cloud) state = accepted(state, launchProduct('lotus', 'cloud'));
    const lotus = state.labs.find((l) => l.id === 'lotus')!;
    const max = partnerQuote(state, state.labs.find((l) => l.id === 'vermilion')!, lotus, 0).maxAmount;
    expect(applyAction(state, partnerDeal('vermilion', 'lotus', Math.ceil(max) + 1e6))).toMatchObject({ ok: false, reason: 'partnerTooLarge' });
    state = accepted(state, partnerDeal('vermilion', 'lotus', 10e6));
    const other = partnersFor(state, state.labs.find((l) => l.id === 'vermilion')!).find((p) => p.id !== 'lotus');
    if (other) expect(applyAction(state, partnerDeal('vermilion', other.id, 10e6))).toMatchObject({ ok: false, reason: 'partnerTaken' });
  });
});

describe('a partner deal over a quarter', () => {
  it('keeps the dilution after the quarter ends', () => {
    const scenario = shippedScenario('china-2025');
    const seats = Object.fromEntries(scenario.labs.map((l) => [l.id, l.id === 'vermilion' ? { kind: 'human' as const } : { kind: 'bot' as const, strategy: l.strategy }]));
    let state = endQuarter(createGame(scenario, { seed: '7', seats }));
    const partner = partnersFor(state, state.labs.find((l) => l.id === 'vermilion')!)[0]!;
    const result = applyAction(state, partnerDeal('vermilion', partner.id, 100e6));
    if (!result.ok) throw new Error(result.reason);
    const equity = result.state.labs.find((l) => l.id === 'vermilion')!.equity;
    expect(equity).toBeLessThan(state.labs.find((l) => l.id === 'vermilion')!.equity);
    state = endQuarter(result.state);
    expect(state.labs.find((l) => l.id === 'vermilion')!.equity).toBeCloseTo(equity, 12);
  });
});
