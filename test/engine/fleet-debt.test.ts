import { describe, expect, it } from 'vitest';
import { type GameState, type LabQuarterReport, type QuarterReport, type Scenario } from '../../src/engine';
import { applyStrategyMove } from '../../src/engine/apply-action';
import { HOURS_PER_QUARTER } from '../../src/engine/calendar';
import { chipBookValue } from '../../src/engine/compute';
import { contractedRent, debtOf, loanLimit, loanPayment, serviceDebt } from '../../src/engine/fleet-debt';
import { valuationParts } from '../../src/engine/funding';
import { buyForRentalsOnCredit } from '../../src/engine/bots/cloud-moves';
import { labOf, newGame, tutorial } from './fixtures';

/**
 * The tutorial with a GPU-hour market by hand (as in cloud-market.test.ts): buyers outside the game ask 1M H100-hours a
 * quarter; clouds outside it have 1,000 H100s; an H100-hour rents at $1.50 (the a100 made a chip with twice an H100's
 * FLOP renting at $3). Chip prices do not fall. Chips last 16 quarters.
 */
const scenario: Scenario = {
  ...tutorial,
  world: { ...tutorial.world, depreciationQuarters: 16 },
  chips: tutorial.chips.map((chip) => chip.id === 'a100'
    ? { ...chip, peakFlops: 2 * 989e12, inferenceUtilisation: 0.35, priceDeclinePerQuarter: 0, rentals: [{ region: 'us', pricePerHour: 3, from: 0 }] }
    : { ...chip, priceDeclinePerQuarter: 0 }),
  regions: tutorial.regions.map((r) => (r.id === 'us'
    ? { ...r, cloudRentals: { chip: 'h100', hoursPerQuarter: 1e6, growthPerQuarter: 0, outsideChips: 1000, outsideGrowthPerQuarter: 0 } }
    : r)),
};

/** Lantern as a cloud with 1,000 H100s bought for $100M, half depreciated (book value $50M), and `cash`. */
function cloudLab(cash = 100e6): GameState {
  const state = newGame('debt', scenario);
  const lab = labOf(state);
  lab.products.cloud = true;
  lab.chips = { h100: 1000 };
  lab.chipsUnderLicence = {};
  lab.greyChips = {};
  lab.chipOrders = [];
  lab.chipVintages = [{ chip: 'h100', grey: false, cost: 100e6, quartersLeft: 8 }];
  lab.cash = cash;
  lab.cashAtQuarterStart = cash;
  // Last quarter it let out GPU-hours for $1.5M of rent.
  state.reports.push(lastQuarter(lab.id, 1.5e6));
  return state;
}

/** A past quarter in which `lab` earned `rent` from GPU-hours and nothing else happened. */
function lastQuarter(lab: string, rent: number): QuarterReport {
  const report = emptyReport(lab);
  report.products = [{ product: 'gpuHours', revenue: rent, servedFlop: 0, servingCost: 0 }];
  return { quarter: 0, labs: [report], markets: [], news: [], survivors: {}, capital: [], botRejections: 0 };
}

const emptyReport = (lab: string): LabQuarterReport => ({
  lab, cashStart: 0, cashEnd: 0, lineItems: [], depreciation: 0, capabilityBefore: 0, capabilityAfter: 0,
  trainingFlop: 0, inferenceFlop: 0, products: [{ product: 'gpuHours', revenue: 1.5e6, servedFlop: 0, servingCost: 0 }], lostToCapacity: 0, notes: [],
});

describe('loans secured on a cloud\'s chips and rent', () => {
  it('charges interest at 11% a year and repays an equal share of the debt each quarter left', () => {
    // $16M over 16 quarters: $16M x 0.0275 = $440k interest, $1M repaid.
    expect(loanPayment({ principal: 16e6, quartersLeft: 16 })).toEqual({ interest: expect.closeTo(440_000, 6), repayment: 1e6 });
  });

  it('lends the smaller of 80% of the chips\' book value and what last quarter\'s rent repays 1.25 times', () => {
    const state = cloudLab();
    const lab = labOf(state);
    // Rent the fleet earned last quarter: $1.5M of GPU-hours.
    expect(contractedRent(state, lab)).toBeCloseTo(1.5e6, 0);
    const limit = loanLimit(state, lab);
    // Collateral: 0.8 x $50M = $40M. Rent: $1.5M / 1.25 = $1.2M a quarter of payments; a dollar borrowed costs
    // 0.0275 + 1/16 = 0.09 a quarter, so $1.2M / 0.09 = $13.33M. The rent test binds.
    expect(limit.byCollateral).toBeCloseTo(40e6, 0);
    expect(limit.byRent).toBeCloseTo(1.2e6 / 0.09, 0);
    expect(limit.amount).toBeCloseTo(1.2e6 / 0.09, 0);
    expect(HOURS_PER_QUARTER).toBeCloseTo(2191.5, 1);
  });

  it('lends nothing on chips that have earned no rent yet, however much they are worth', () => {
    const state = cloudLab();
    state.reports = [lastQuarter('lantern', 0)];
    const limit = loanLimit(state, labOf(state));
    expect(limit.byCollateral).toBeCloseTo(40e6, 0);
    expect(limit.byRent).toBe(0);
    expect(limit.amount).toBe(0);
    expect(limit.reason).toBe('noRoom');
  });

  it('counts chips paid for and on order as collateral, and grey chips not at all', () => {
    const state = cloudLab();
    const lab = labOf(state);
    lab.chipOrders = [
      { chip: 'h100', units: 100, grey: false, ordered: 0, arrives: 1, listPerUnit: 30_000, markupPerUnit: 0, allotted: false },
      { chip: 'h100', units: 100, grey: true, ordered: 0, arrives: 1, listPerUnit: 30_000, markupPerUnit: 0, allotted: false },
    ];
    // 0.8 x ($50M book + $3M on order) = $42.4M.
    expect(loanLimit(state, lab).byCollateral).toBeCloseTo(42.4e6, 0);
  });

  it('pays the loan to the lab at once and refuses more than the lender allows, or a lab that rents out no GPU-hours', () => {
    const state = cloudLab();
    const ok = applyStrategyMove(state, { type: 'borrow', lab: 'lantern', amount: 10e6 });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const lab = labOf(ok.state);
    expect(lab.cash).toBe(110e6);
    expect(lab.ledger.at(-1)).toEqual({ kind: 'loan', amount: 10e6, detail: 'fleet' });
    expect(lab.loans).toEqual([{ principal: 10e6, quartersLeft: 16 }]);
    // $13.33M in all: $3.33M more, not $4M.
    const more = applyStrategyMove(ok.state, { type: 'borrow', lab: 'lantern', amount: 4e6 });
    expect(more.ok ? 'accepted' : more.reason).toBe('loanTooLarge');
    const noCloud = cloudLab();
    labOf(noCloud).products.cloud = false;
    const refused = applyStrategyMove(noCloud, { type: 'borrow', lab: 'lantern', amount: 1e6 });
    expect(refused.ok ? 'accepted' : refused.reason).toBe('noLender');
  });

  it('pays interest and repayment from cash each quarter and says so in the report', () => {
    const state = cloudLab();
    const lab = labOf(state);
    lab.loans = [{ principal: 16e6, quartersLeft: 16 }];
    const report = emptyReport(lab.id);
    serviceDebt(state, lab, report);
    expect(lab.cash).toBeCloseTo(100e6 - 440_000 - 1e6, 0);
    expect(lab.loans).toEqual([{ principal: 15e6, quartersLeft: 15 }]);
    expect(report.notes).toEqual([{ code: 'loanPaid', params: { interest: expect.closeTo(440_000, 6), repayment: 1e6, owed: 15e6, rent: 1.5e6 } }]);
  });

  it('when cash cannot meet the payment, the lender sells chips at 80% of book value until the debt is repaid', () => {
    const state = cloudLab(500_000);
    const lab = labOf(state);
    lab.loans = [{ principal: 16e6, quartersLeft: 16 }];
    const report = emptyReport(lab.id);
    serviceDebt(state, lab, report);
    // An H100 fetches 0.8 x $50M / 1,000 = $40k: 400 of them repay $16M.
    expect(lab.chips.h100).toBe(600);
    expect(chipBookValue(lab, 16)).toBeCloseTo(30e6, 0);
    expect(debtOf(lab)).toBe(0);
    expect(lab.cash).toBe(500_000);
    expect(report.notes[0]).toEqual({ code: 'loanDefault', params: { owed: 16e6, recovered: expect.closeTo(16e6, 0), seized: 400, writtenOff: 0, rent: 1.5e6 } });
  });

  it('writes off what the whole fleet does not cover', () => {
    const state = cloudLab(0);
    const lab = labOf(state);
    lab.loans = [{ principal: 60e6, quartersLeft: 16 }];
    const report = emptyReport(lab.id);
    serviceDebt(state, lab, report);
    // All 1,000 chips fetch $40M of the $60M: $20M is written off.
    expect(lab.chips.h100).toBe(0);
    expect(report.notes[0]!.params).toMatchObject({ seized: 1000, recovered: expect.closeTo(40e6, 0), writtenOff: expect.closeTo(20e6, 0) });
  });

  it('investors count the debt against the lab\'s net assets', () => {
    const state = cloudLab();
    const lab = labOf(state);
    const before = valuationParts(state, lab).netAssets;
    lab.loans = [{ principal: 16e6, quartersLeft: 16 }];
    expect(valuationParts(state, lab).netAssets).toBeCloseTo(before - 16e6, 0);
  });
});

describe('a cloud bot financing its fleet', () => {
  /**
   * Rent doubled (an H100-hour's worth at $3) and buyers asking for five times the outside H100s' hours: a chip pays
   * back well over twice, and the market has room for some 9,000 more H100s.
   */
  const rich: Scenario = {
    ...scenario,
    chips: scenario.chips.map((chip) => (chip.id === 'a100' ? { ...chip, rentals: [{ region: 'us', pricePerHour: 6, from: 0 }] } : chip)),
    regions: scenario.regions.map((r) => (r.id === 'us' && r.cloudRentals ? { ...r, cloudRentals: { ...r.cloudRentals, hoursPerQuarter: 5000 * HOURS_PER_QUARTER } } : r)),
  };

  it('buys with its cash, borrows against what it ordered, buys more, and every draw is within the lender\'s limit', () => {
    let state = newGame('bot-debt', rich);
    const lab = labOf(state);
    lab.products.cloud = true;
    lab.cash = 100e6;
    // Last quarter's $10M of rent carries $10M / 1.25 / 0.09 = $88.9M of debt.
    state.reports.push(lastQuarter(lab.id, 10e6));
    const actions = buyForRentalsOnCredit(state, lab, 0.8, 4);
    const kinds = actions.map((a) => a.type);
    // One purchase with cash, then up to three draws, each followed by a purchase.
    expect(kinds[0]).toBe('buyChips');
    expect(kinds.filter((k) => k === 'borrow').length).toBeGreaterThan(0);
    expect(kinds.filter((k) => k === 'borrow').length).toBeLessThanOrEqual(3);
    for (const action of actions) {
      if (action.type === 'borrow') expect(action.amount).toBeLessThanOrEqual(loanLimit(state, labOf(state)).amount);
      const result = applyStrategyMove(state, action);
      expect(result.ok ? 'accepted' : result.reason).toBe('accepted');
      if (result.ok) state = result.state;
    }
    const after = labOf(state);
    // What it owes never passes 80% of what it paid for its chips (the starting fleet at book value, the orders at cost).
    expect(debtOf(after)).toBeGreaterThan(0);
    expect(debtOf(after)).toBeLessThanOrEqual(0.8 * (chipBookValue(after, 16) + after.chipOrders.reduce((a, o) => a + o.units * o.listPerUnit, 0)));
  });

  it('borrows nothing where no one rents GPU-hours', () => {
    const noMarket: Scenario = { ...rich, regions: rich.regions.map(({ cloudRentals: _, ...r }) => r) };
    const state = newGame('bot-debt', noMarket);
    const lab = labOf(state);
    lab.products.cloud = true;
    lab.cash = 500e6;
    expect(buyForRentalsOnCredit(state, lab, 0.8, 4).some((a) => a.type === 'borrow')).toBe(false);
  });
});
