import { describe, expect, it } from 'vitest';
import { endQuarter, HOURS_PER_QUARTER, rentalQuote, setRental, type Scenario } from '../../src/engine';
import { accepted, h800, newGame, tutorial } from './fixtures';

/** The tutorial plus two Chinese labs renting H800s at home at $2 an hour, with vouchers paying half of home rent. */
function withVouchers(budget?: number): Scenario {
  const cn: Scenario['regions'][number] = {
    ...tutorial.regions[0]!, id: 'cn', name: 'China', computeVoucherShare: 0.5, openTo: ['cn'],
    ...(budget === undefined ? {} : { computeVoucherBudgetPerQuarter: budget }),
  };
  const lab = (id: string) => ({ ...tutorial.labs[0]!, id, name: id, region: 'cn', chips: {}, strategy: 'idle' as const });
  return {
    ...tutorial,
    regions: [...tutorial.regions, cn],
    chips: [...tutorial.chips, { ...h800, rentals: [{ region: 'cn', pricePerHour: 2, from: 0 }] }],
    labs: [...tutorial.labs, lab('dragon'), lab('tiger')],
  };
}

function vouchersAfterAQuarter(scenario: Scenario) {
  let state = newGame('vouchers', scenario);
  state = accepted(state, setRental('dragon', 'h800', 'cn', 1000));
  state = accepted(state, setRental('tiger', 'h800', 'cn', 3000));
  state = endQuarter(state);
  const row = (id: string) => state.reports[0]!.labs.find((r) => r.lab === id)!;
  const voucher = (id: string) => row(id).lineItems.filter((i) => i.kind === 'voucher').reduce((a, i) => a + i.amount, 0);
  return { state, dragon: voucher('dragon'), tiger: voucher('tiger'), notes: (id: string) => row(id).notes.filter((n) => n.code === 'voucherRationed') };
}

describe('compute vouchers with a budget', () => {
  // By hand: rent is units x $2 x the hours of a quarter; the voucher claims half of it.
  const dragonClaim = 0.5 * 1000 * 2 * HOURS_PER_QUARTER;
  const tigerClaim = 0.5 * 3000 * 2 * HOURS_PER_QUARTER;

  it('pays every claim in full when the region has no budget or the claims fit it', () => {
    const open = vouchersAfterAQuarter(withVouchers());
    expect(open.dragon).toBeCloseTo(dragonClaim, 6);
    expect(open.tiger).toBeCloseTo(tigerClaim, 6);
    const roomy = vouchersAfterAQuarter(withVouchers(dragonClaim + tigerClaim + 1));
    expect(roomy.tiger).toBeCloseTo(tigerClaim, 6);
    expect(roomy.notes('tiger')).toEqual([]);
  });

  it('pays each lab the same share of its claim when the claims pass the budget, and says so in the report', () => {
    // A budget of half the claims: each lab gets half of its own claim.
    const budget = (dragonClaim + tigerClaim) / 2;
    const short = vouchersAfterAQuarter(withVouchers(budget));
    expect(short.dragon).toBeCloseTo(dragonClaim / 2, 6);
    expect(short.tiger).toBeCloseTo(tigerClaim / 2, 6);
    expect(short.dragon + short.tiger).toBeCloseTo(budget, 6);
    const [note] = short.notes('dragon');
    expect(note?.params).toMatchObject({ region: 'cn', budget });
    expect(Number(note?.params.claimed)).toBeCloseTo(dragonClaim, 6);
    expect(Number(note?.params.paid)).toBeCloseTo(dragonClaim / 2, 6);
    expect(Number(note?.params.regionClaimed)).toBeCloseTo(dragonClaim + tigerClaim, 6);
  });

  it('quotes the next quarter\'s rent with the voucher at last quarter\'s ration, as the bots weigh it', () => {
    const budget = (dragonClaim + tigerClaim) / 2;
    const fresh = newGame('vouchers', withVouchers(budget));
    const dragonAt = (state: typeof fresh) => state.labs.find((l) => l.id === 'dragon')!;
    // Before any quarter nobody knows the budget runs short: the whole share.
    expect(rentalQuote(fresh, dragonAt(fresh), 'h800', 'cn', 1000)).toMatchObject({ voucherRation: 1 });
    expect(rentalQuote(fresh, dragonAt(fresh), 'h800', 'cn', 1000).voucher).toBeCloseTo(dragonClaim, 6);
    // The schemes paid half of what was claimed: the preview counts on half.
    const { state } = vouchersAfterAQuarter(withVouchers(budget));
    const quote = rentalQuote(state, dragonAt(state), 'h800', 'cn', 1000);
    expect(quote.voucherRation).toBeCloseTo(0.5, 12);
    // Half the rent is claimed (the voucher share), and half of that is what the schemes paid last quarter.
    expect(quote.voucher).toBeCloseTo(quote.rent * 0.5 * 0.5, 6);
  });
});
