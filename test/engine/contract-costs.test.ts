// Industry contracts abroad and at home: buyers' distrust of foreign vendors (contractBias) and the delivery staff
// counted as the contracts' cost of sales, each checked against hand computation.
import { describe, expect, it } from 'vitest';
import { buildVertical, capabilityOfLab, endQuarter, type Scenario } from '../../src/engine';
import { grossMarginOf } from '../../src/engine/funding';
import { deliveryCost } from '../../src/engine/phase-markets';
import { contractBiasFor, resolveVertical } from '../../src/engine/verticals';
import { accepted, labOf, newGame, tutorial } from './fixtures';

/** The tutorial with Lantern's finance solution live, and rest-of-world buyers' view of US vendors set to `bias`. */
function rowFinanceShare(bias: number | undefined, state = false): number {
  const scenario: Scenario = {
    ...tutorial,
    regions: tutorial.regions.map((r) => (r.id === 'row' && bias !== undefined ? { ...r, contractBias: { us: bias } } : r)),
    verticals: tutorial.verticals.map((v) => (v.id === 'finance' ? { ...v, stateBuyers: state } : v)),
  };
  const game = newGame('bias', scenario);
  labOf(game).verticals['finance'] = { progress: 999, live: true };
  const row = scenario.regions.find((r) => r.id === 'row')!;
  const finance = scenario.verticals.find((v) => v.id === 'finance')!;
  return resolveVertical(game, row, finance, 1).shares['lantern']!;
}

describe('buyers of industry solutions abroad', () => {
  it('add their contract bias to a foreign seller and their home bias to one at home', () => {
    const row = { ...tutorial.regions.find((r) => r.id === 'row')!, homeBias: 0.4, contractBias: { cn: -3 } };
    expect(contractBiasFor(row, 'row')).toBe(0.4);
    expect(contractBiasFor(row, 'cn')).toBe(-3);
    expect(contractBiasFor(row, 'us')).toBe(0);
  });

  it('give a distrusted vendor the share a logit with its bias gives, by hand', () => {
    const game = newGame('bias');
    const capability = capabilityOfLab(game, labOf(game));
    const rules = tutorial.enterprise;
    const stickiness = tutorial.verticals.find((v) => v.id === 'finance')!.stickiness;
    // One seller, no contracts yet: share = (1 - stickiness) x e^u / (e^u + e^outside), at quarter 0 outside = 7.5.
    const byHand = (bias: number) => {
      const u = rules.capabilityWeight * capability + rules.reputationWeight * labOf(game).reputation + bias;
      return (1 - stickiness) * (Math.exp(u) / (Math.exp(u) + Math.exp(rules.outsideUtility)));
    };
    expect(rowFinanceShare(undefined)).toBeCloseTo(byHand(0), 12);
    expect(rowFinanceShare(-3)).toBeCloseTo(byHand(-3), 12);
    // State buyers triple it, as they triple the home bias.
    expect(rowFinanceShare(-1, true)).toBeCloseTo(byHand(-3), 12);
    expect(rowFinanceShare(-3)).toBeLessThan(rowFinanceShare(undefined) / 10);
  });
});

describe('delivery staff as the contracts\u2019 cost of sales', () => {
  it('costs the engineers a contract needs at their pay', () => {
    // $350k of contracts at $35k an engineer: 10 engineers at $17.5k a quarter = $175k, half the revenue.
    expect(deliveryCost(350_000, 35_000, 17_500)).toBe(175_000);
    expect(deliveryCost(350_000, undefined, 17_500)).toBe(0);
    expect(deliveryCost(0, 35_000, 17_500)).toBe(0);
  });

  it('shows in the quarter report beside serving cost and comes off the gross margin investors value', () => {
    // Engineers enough to deliver all it wins, so each region's sales are its share of that region's spend.
    const staffed: Scenario = { ...tutorial, labs: tutorial.labs.map((l) => (l.id === 'lantern' ? { ...l, engineers: 1_000 } : l)) };
    let state = accepted(newGame('delivery', staffed), buildVertical('lantern', 'finance'));
    for (let i = 0; i < 5; i += 1) state = endQuarter(state);
    const report = state.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!;
    const finance = report.products.find((p) => p.product === 'vertical:finance')!;
    expect(finance.revenue).toBeGreaterThan(0);
    // Tutorial contracts: US buyers at $550k an engineer, rest-of-world at $180k; a US engineer costs $450k a year.
    const pay = tutorial.regions.find((r) => r.id === 'us')!.engineerCostPerYear / 4;
    const shares = (region: string) => state.verticalShares[region]!['finance']!['lantern'] ?? 0;
    const spend = (region: string) => state.reports.at(-1)!.markets.find((m) => m.region === region && m.segment === 'vertical:finance')!.spend;
    const soldUs = shares('us') * spend('us');
    const soldRow = shares('row') * spend('row');
    // All that was won was delivered (no delivery note), so the cost is each region's sales over its rate, times pay.
    expect(report.notes.map((n) => n.code)).not.toContain('deliveryShort');
    expect(report.lostToCapacity).toBe(0);
    expect(finance.revenue).toBeCloseTo(soldUs + soldRow, 3);
    expect(finance.deliveryCost).toBeCloseTo((soldUs / 550_000 + soldRow / 180_000) * pay, 3);
    // Other products carry no delivery cost; the lab's gross margin counts it.
    expect(report.products.filter((p) => p.product !== 'vertical:finance').every((p) => p.deliveryCost === undefined)).toBe(true);
    const revenue = report.products.reduce((a, p) => a + p.revenue, 0);
    const cost = report.products.reduce((a, p) => a + p.servingCost + (p.deliveryCost ?? 0), 0);
    expect(grossMarginOf(report)).toBeCloseTo((revenue - cost) / revenue, 12);
  });
});
