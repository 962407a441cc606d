import { describe, expect, it } from 'vitest';
import { endQuarter, type GameState, type Scenario } from '../../src/engine';
import { HOURS_PER_QUARTER } from '../../src/engine/calendar';
import { cloudRentalTerms, fleetNeed, fleetPlan, GPU_HOURS, rentalUtilisation, rentOutFreeCompute, staffedChips } from '../../src/engine/cloud-market';
import { hiringCap } from '../../src/engine/talent';
import { layerOf, roundNeed, roundRefusal, ventureSupply } from '../../src/engine/funding';
import { hireForSales } from '../../src/engine/bots/moves';
import { labOf, newGame, tutorial } from './fixtures';

const H100_FLOP_PER_HOUR = 989e12 * 0.35 * 3600;

/**
 * The tutorial with a market by hand: buyers outside the game ask 1M H100-hours in the first quarter (+10% a quarter);
 * clouds outside it have 1,000 H100s (2,191.5 hours each). The a100 is made a chip with twice an H100's FLOP renting at
 * $3 an hour, so a FLOP rents cheapest on it: an H100-hour's worth costs $1.50. Chip and rent prices do not fall.
 */
const scenario: Scenario = {
  ...tutorial,
  chips: tutorial.chips.map((chip) => chip.id === 'a100'
    ? { ...chip, peakFlops: 2 * 989e12, inferenceUtilisation: 0.35, priceDeclinePerQuarter: 0, rentals: [{ region: 'us', pricePerHour: 3, from: 0 }] }
    : { ...chip, priceDeclinePerQuarter: 0 }),
  regions: tutorial.regions.map((r) => (r.id === 'us'
    ? { ...r, infrastructureShareOfCapital: 0.1, cloudRentals: { chip: 'h100', hoursPerQuarter: 1e6, growthPerQuarter: 0.1, outsideChips: 1000, outsideGrowthPerQuarter: 0 } }
    : r)),
};

function gameWithClouds(): GameState {
  const state = newGame('clouds', scenario);
  for (const lab of state.labs) lab.products.cloud = true;
  return state;
}

/** Lantern as a cloud with 20,000 H100s and `engineers`, through one quarter: the state before, after, and its report. */
function cloudQuarter(engineers: number) {
  const state = gameWithClouds();
  const lab = labOf(state);
  lab.chips.h100 = 20_000;
  lab.engineers = engineers;
  const after = endQuarter(state);
  return { state, after, report: after.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')! };
}

describe('GPU-hours rented to buyers outside the game', () => {
  it('prices an hour at the region\'s cheapest rent per FLOP and grows the hours asked for on the timeline', () => {
    const state = gameWithClouds();
    const us = state.scenario.regions.find((r) => r.id === 'us')!;
    expect(cloudRentalTerms(state, us)).toEqual({
      chip: 'h100', hours: 1e6, outsideHours: 1000 * HOURS_PER_QUARTER, pricePerHour: expect.closeTo(1.5, 9), flopPerHour: H100_FLOP_PER_HOUR,
    });
    state.quarter = 2;
    expect(cloudRentalTerms(state, us)!.hours).toBeCloseTo(1e6 * 1.1 * 1.1, 3);
    // The rest of the world has no market.
    expect(cloudRentalTerms(state, state.scenario.regions.find((r) => r.id === 'row')!)).toBeUndefined();
  });

  it('keeps every cloud busy at the hours asked for over all hours offered, never above all of them', () => {
    expect(rentalUtilisation(600, 1000, 200)).toBeCloseTo(0.5, 12);
    expect(rentalUtilisation(5000, 1000, 200)).toBe(1);
    expect(rentalUtilisation(600, 0, 0)).toBe(0);
  });

  it('shares the hours among the game\'s clouds by the chips each has free, so a bigger fleet rents more', () => {
    const state = gameWithClouds();
    // Lantern offers 1,000 H100-hours, meridian 3,000; outside clouds 2,191,500. Utilisation 1M / 2,195,500.
    const free = { lantern: 1000, meridian: 3000 } as Record<string, number>;
    const rentals = rentOutFreeCompute(state, (lab) => ({ flop: free[lab.id]! * H100_FLOP_PER_HOUR, revenue: Infinity }));
    const utilisation = 1e6 / (1000 * HOURS_PER_QUARTER + 4000);
    expect(rentals.map((r) => r.lab.id)).toEqual(['lantern', 'meridian']);
    for (const rental of rentals) {
      expect(rental.utilisation).toBeCloseTo(utilisation, 12);
      expect(rental.hours).toBeCloseTo(free[rental.lab.id]! * utilisation, 6);
      expect(rental.revenue).toBeCloseTo(rental.hours * 1.5, 6);
      expect(rental.flop / H100_FLOP_PER_HOUR).toBeCloseTo(rental.hours, 6);
    }
    expect(rentals[1]!.revenue / rentals[0]!.revenue).toBeCloseTo(3, 9);
  });

  it('offers no more hours than the spare engineers could run if every hour were rented', () => {
    const state = gameWithClouds();
    // Room for $900 of revenue at $1.50 an hour: 600 hours offered, though 1,000 hours of chips are free.
    const rentals = rentOutFreeCompute(state, (lab) => ({ flop: lab.id === 'lantern' ? 1000 * H100_FLOP_PER_HOUR : 0, revenue: 900 }));
    expect(rentals).toHaveLength(1);
    const utilisation = 1e6 / (1000 * HOURS_PER_QUARTER + 600);
    expect(rentals[0]!.hours).toBeCloseTo(600 * utilisation, 6);
    // The 400 free hours no engineer could let out would have rented at the same utilisation, at $1.50 an hour.
    expect(rentals[0]!.lostToStaff).toBeCloseTo(400 * utilisation * 1.5, 6);
  });

  it('tells a cloud whose engineers left free chips idle what they would have earned, and it hires rather than buys more', () => {
    const { after, report } = cloudQuarter(2);
    const note = report.notes.find((n) => n.code === 'gpuHoursShortOfStaff')!;
    expect(note.params.engineers).toBe(2);
    expect(Number(note.params.lost)).toBeGreaterThan(1e6);
    // More chips would stand idle too: no case for buying or for a fleet round, and the bot hires engineers instead.
    const next = labOf(after);
    expect(fleetPlan(after, next, 2)).toBeUndefined();
    expect(fleetNeed(after, next)).toBe(0);
    expect(hireForSales(after, next)).toEqual([expect.objectContaining({ type: 'hire', role: 'engineers' })]);
  });

  it('books a cloud\'s rented hours as a product of the quarter report, with a note, on compute its own products left free', () => {
    const { state, report } = cloudQuarter(400);
    const lab = labOf(state);
    const product = report.products.find((p) => p.product === GPU_HOURS)!;
    const note = report.notes.find((n) => n.code === 'gpuHoursRented')!;
    expect(product.revenue).toBeGreaterThan(0);
    expect(note.params.revenue).toBeCloseTo(product.revenue, 3);
    expect(Number(note.params.chipHours) * 1.5).toBeCloseTo(product.revenue, -1);
    expect(product.servedFlop / H100_FLOP_PER_HOUR).toBeCloseTo(Number(note.params.chipHours), -1);
    // Its own products and the rented hours together use no more than its inference compute.
    const served = report.products.reduce((a, p) => a + p.servedFlop, 0);
    expect(served).toBeLessThanOrEqual(20_000 * H100_FLOP_PER_HOUR * HOURS_PER_QUARTER * (lab.split.inference / 100) * 1.000001);
    expect(product.servingCost).toBeGreaterThan(0);
  });
});

describe('a cloud\'s case for more chips, and the investors who fund it', () => {
  it('counts the chips the market would keep busy enough to earn twice their price', () => {
    const state = gameWithClouds();
    const lab = labOf(state);
    // Best chip by inference FLOP per dollar: the doubled a100 at $11,500 (2 H100-hours an hour). Its rent over 16
    // quarters at $1.50 x 2 x 2,191.5 h is $105,192 at full use; at utilisation u = 1M / 2,191,500 it earns that x u.
    const plan = fleetPlan(state, lab, 2)!;
    const perQuarter = 1.5 * 2 * HOURS_PER_QUARTER;
    const utilisation = 1e6 / (1000 * HOURS_PER_QUARTER);
    expect(plan.chip).toBe('a100');
    expect(plan.unitCost).toBe(11_500);
    expect(plan.lifetimeRent).toBeCloseTo(perQuarter * 16 * utilisation, 6);
    // Break-even utilisation 2 x 11,500 / (perQuarter x 16); the market fills 1M / that, less the outside clouds' hours.
    const breakEven = (2 * 11_500) / (perQuarter * 16);
    expect(plan.room).toBe(Math.max(0, Math.floor((1e6 / breakEven - 1000 * HOURS_PER_QUARTER) / HOURS_PER_QUARTER / 2)));
    expect(plan.lifetimeRent).toBeGreaterThan(2 * plan.unitCost);
    expect(fleetNeed(state, lab)).toBe(plan.room * plan.unitCost);
  });

  it('funds no fleet where a chip would not earn twice its price', () => {
    // 100k hours asked for against 1,000 outside chips: 4.6% utilisation, $4,800 of rent over a chip's life.
    const quiet: Scenario = { ...scenario, regions: scenario.regions.map((r) => (r.cloudRentals ? { ...r, cloudRentals: { ...r.cloudRentals, hoursPerQuarter: 1e5 } } : r)) };
    const state = newGame('quiet', quiet);
    const lab = labOf(state);
    lab.products.cloud = true;
    expect(fleetPlan(state, lab, 2)!.lifetimeRent).toBeLessThan(2 * 11_500);
    expect(fleetNeed(state, lab)).toBe(0);
  });

  it('lets a cloud raise for the chips its rent pays back, and judges it as infrastructure', () => {
    // Demand of 2M hours against 1,000 outside chips: utilisation 91%.
    const busy: Scenario = { ...scenario, regions: scenario.regions.map((r) => (r.cloudRentals ? { ...r, cloudRentals: { ...r.cloudRentals, hoursPerQuarter: 2e6 } } : r)) };
    const state = structuredClone(endQuarter(newGame('busy', busy)));
    const lab = labOf(state);
    lab.products.cloud = true;
    // A cloud with no model of its own (CoreWeave): no model maker.
    state.models = state.models.filter((m) => m.lab !== lab.id);
    const plan = fleetPlan(state, lab, 2)!;
    expect(plan.lifetimeRent).toBeGreaterThan(2 * plan.unitCost);
    expect(plan.room).toBeGreaterThan(0);
    const need = roundNeed(state, lab)!;
    expect(need.fleet).toBe(plan.room * plan.unitCost);
    expect(need.need).toBeCloseTo(Math.max(0, 8 * need.spending + plan.room * plan.unitCost - need.cash), 3);
    // Asked for more than that need, the refusal counts the fleet in its arithmetic.
    expect(roundRefusal({ amount: 1e9, limit: 'need', need, supply: 1e12, recent: 0 })).toEqual({
      ok: false, reason: 'roundBeyondNeedFleet', params: { maxAmount: 1e9, spending: need.spending, cash: need.cash, fleet: need.fleet, quarters: 8 },
    });
    expect(layerOf(state, lab)).toBe('infrastructure');
    // A region's money: 40% foundation, 10% infrastructure, the other 50% applications (appetite as the timeline says).
    const base = state.scenario.regions.find((r) => r.id === 'us')!.ventureCapitalPerQuarter!;
    expect(ventureSupply(state, 'us', 'infrastructure')).toBe(Math.floor(base * 1 * 0.1));
    expect(ventureSupply(state, 'us', 'applications')).toBe(Math.floor(base * 1 * 0.5));
    expect(ventureSupply(state, 'us', 'foundation')).toBe(Math.floor(base * 1 * 0.4));
  });

  it('funds only the chips its engineers, with a quarter\'s hires, could let out beside the sales they ran', () => {
    const busy: Scenario = { ...scenario, regions: scenario.regions.map((r) => (r.cloudRentals ? { ...r, cloudRentals: { ...r.cloudRentals, hoursPerQuarter: 2e6 } } : r)) };
    const state = structuredClone(endQuarter(newGame('staffed', busy)));
    const lab = labOf(state);
    lab.products.cloud = true;
    const plan = fleetPlan(state, lab, 2)!;
    // Engineers run the hours a chip offers, rented or not: a chip takes its rent at full use, 2 H100-hours at $1.50.
    const rentPerChip = plan.fullRent;
    expect(rentPerChip).toBeCloseTo(1.5 * 2 * HOURS_PER_QUARTER, 6);
    const report = state.reports.at(-1)!.labs.find((r) => r.lab === lab.id)!;
    expect(report.notes.some((n) => n.code === 'deliveryShort')).toBe(false);
    // By hand: $1M of sales a quarter per engineer (the tutorial's world); last quarter's sales took revenue / $1M of them.
    const sales = report.products.reduce((a, p) => a + p.revenue, 0);
    lab.engineers = Math.ceil(sales / 1e6) + 10;
    lab.hiredThisQuarter = hiringCap(lab);
    const spareTen = Math.floor(((lab.engineers - sales / 1e6) * 1e6) / rentPerChip);
    expect(staffedChips(state, lab, rentPerChip)).toBe(spareTen);
    expect(spareTen).toBeLessThan(plan.room);
    expect(fleetNeed(state, lab)).toBe(spareTen * plan.unitCost);
    // Room to hire this quarter counts: the same team with its hires still to make may fund more chips.
    lab.hiredThisQuarter = 0;
    expect(fleetNeed(state, lab)).toBeGreaterThan(spareTen * plan.unitCost);
    // A team its sales kept busy funds no fleet at all.
    lab.engineers = Math.floor(sales / 1e6);
    lab.hiredThisQuarter = hiringCap(lab);
    expect(fleetNeed(state, lab)).toBe(0);
    // Investors' offer counts no fleet, and says the team is why (the funding card's words).
    expect(roundNeed(state, lab)!.fleet).toBeUndefined();
    expect(roundNeed(state, lab)!.fleetUnstaffed).toBe(true);
  });

  it('counts the engineers last quarter\'s rented hours took by the hours offered, not only those rented', () => {
    // Lantern, a cloud with 20,000 H100s and 300 engineers, lets out GPU-hours in its first quarter at the region's utilisation.
    const { after, report } = cloudQuarter(300);
    const rented = report.notes.find((n) => n.code === 'gpuHoursRented')!;
    const utilisation = Number(rented.params.utilisation);
    expect(utilisation).toBeGreaterThan(0);
    expect(utilisation).toBeLessThan(1);
    const lab = labOf(after);
    lab.hiredThisQuarter = hiringCap(lab);
    // By hand: every product at $1M of sales an engineer, GPU-hours at their rent over the utilisation, won before any compute ran short.
    let busy = 0;
    let sold = 0;
    for (const p of report.products) {
      sold += p.revenue;
      busy += p.product === GPU_HOURS ? p.revenue / (utilisation * 1e6) : p.revenue / 1e6;
    }
    busy *= (sold + report.lostToCapacity) / sold;
    expect(report.products.some((p) => p.product === GPU_HOURS && p.revenue > 0)).toBe(true);
    expect(staffedChips(after, lab, 10_000)).toBe(Math.max(0, Math.floor(((300 - busy) * 1e6) / 10_000)));
  });

  it('has no infrastructure layer where the region keeps no money for it', () => {
    const plain: Scenario = { ...scenario, regions: scenario.regions.map((r) => ({ ...r, infrastructureShareOfCapital: 0 })) };
    const state = newGame('plain', plain);
    const lab = labOf(state);
    lab.products.cloud = true;
    expect(layerOf(state, lab)).not.toBe('infrastructure');
    expect(ventureSupply(state, 'us', 'infrastructure')).toBe(0);
  });
});
