// Marketing: a budget a lab chooses wins users, paid per user won, taken pro rata from every app and from non-users.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, endQuarter, launchProduct, NO_PURCHASE, setMarketing } from '../../src/engine';
import { paidShareAt, potentialUnits, resolveMarket, tokensPerUnit } from '../../src/engine/market';
import { servingCostPerToken } from '../../src/engine/previews';
import { budgetIn, buyUsers } from '../../src/engine/marketing';
import { marketApps, MAX_BOUGHT, userWorth } from '../../src/engine/bots/marketing-moves';
import type { GameState } from '../../src/engine/state-types';
import { payroll } from '../../src/engine/talent';
import { accepted, labOf, tutorial } from './fixtures';

const calm = { ...tutorial, world: { ...tutorial.world, buzz: 0 } };
const idleRival = { meridian: { kind: 'bot' as const, strategy: 'idle' as const } };
const region = (state: GameState, id: string) => state.scenario.regions.find((r) => r.id === id)!;

/** The tutorial after a quarter, lantern's and meridian's consumer apps on sale (meridian idle), with `budget` of marketing set. */
function withApp(budget: number): GameState {
  let state = createGame(calm, { seed: 'marketing', seats: idleRival });
  state = accepted(state, launchProduct('lantern', 'consumer'));
  state = accepted(state, launchProduct('meridian', 'consumer'));
  state = endQuarter(state);
  return budget > 0 ? accepted(state, setMarketing('lantern', 'consumer', budget)) : state;
}

describe('marketing', () => {
  it('is a choice only where the scenario prices a new user, and a zero budget leaves no trace', () => {
    const state = withApp(0);
    expect(calm.segments.consumer!.acquisitionCost).toBe(5);
    const api = applyAction(state, setMarketing('lantern', 'api', 1e6));
    expect(api.ok ? 'accepted' : api.reason).toBe('notMarketable');
    const set = accepted(state, setMarketing('lantern', 'consumer', 2e6));
    expect(labOf(set).marketing).toEqual({ consumer: 2e6 });
    expect(labOf(accepted(set, setMarketing('lantern', 'consumer', 0))).marketing).toBeUndefined();
  });

  it('splits a budget over the regions by their potential users and buys budget / cost users in each', () => {
    const state = withApp(10e6);
    const lab = labOf(state);
    const potential = (id: string) => potentialUnits(state, region(state, id), 'consumer');
    const reachable = state.scenario.regions.filter((r) => r.openTo.includes(lab.region) && r.markets.consumer);
    const total = reachable.reduce((a, r) => a + potential(r.id), 0);
    // By hand: the US part of $10M is 10M × (US users / all users the app can reach).
    const us = budgetIn(state, lab, region(state, 'us'), 'consumer', (r) => potential(r.id));
    expect(us).toBeCloseTo((10e6 * potential('us')) / total, 3);
    // $5 a user: that budget asks for us / 5 users; with half the buyers choosing afresh, nothing caps it.
    const bought = buyUsers(state, region(state, 'us'), 'consumer', ['lantern', 'meridian'], 0.3, potential('us'), (r) => potential(r.id));
    expect(bought.won['lantern']).toBeCloseTo(us / 5 / potential('us'), 12);
    expect(bought.spent['lantern']).toBeCloseTo(us, 3);
    expect(bought.kept).toBeCloseTo(1 - us / 5 / potential('us'), 12);
  });

  it('wins no more than the buyers choosing afresh, and charges only for the users won', () => {
    const state = withApp(1e11);
    const us = region(state, 'us');
    const bought = buyUsers(state, us, 'consumer', ['lantern'], 0.3, 1e6, (r) => potentialUnits(state, r, 'consumer'));
    expect(bought.won['lantern']).toBeCloseTo(0.3, 12);
    expect(bought.kept).toBeCloseTo(0.7, 12);
    expect(bought.spent['lantern']).toBeCloseTo(0.3 * 1e6 * 5, 3);
  });

  it('takes the users it wins from every rival and from non-buyers alike, in proportion to their shares', () => {
    const plain = withApp(0);
    const marketed = withApp(20e6);
    const us = region(plain, 'us');
    const before = resolveMarket(plain, us, 'consumer', 1);
    const after = resolveMarket(marketed, us, 'consumer', 1);
    const won = after.usersBought['lantern']! / potentialUnits(marketed, us, 'consumer');
    expect(won).toBeGreaterThan(0);
    expect(after.marketing['lantern']).toBeCloseTo(won * potentialUnits(marketed, us, 'consumer') * 5, 3);
    for (const seller of ['meridian', NO_PURCHASE]) expect(after.shares[seller]).toBeCloseTo(before.shares[seller]! * (1 - won), 12);
    expect(after.shares['lantern']).toBeCloseTo(before.shares['lantern']! * (1 - won) + won, 12);
  });

  it('shows up in the books as a marketing line and in the product table with the users it won', () => {
    const state = endQuarter(withApp(20e6));
    const row = state.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!;
    const line = row.lineItems.filter((i) => i.kind === 'marketing').reduce((a, i) => a + i.amount, 0);
    const product = row.products.find((p) => p.product === 'consumer')!;
    expect(line).toBeLessThan(0);
    expect(-line).toBeCloseTo(product.marketing!, 3);
    expect(product.usersBought! * 5).toBeCloseTo(product.marketing!, 3);
    // Spent in full: the budget asks for fewer users than choose afresh.
    expect(-line).toBeCloseTo(20e6, 0);
  });

  it('a bot buys users while investors would pay more for one than it costs, up to a twentieth of those it could reach', () => {
    const state = withApp(0);
    const lab = labOf(state);
    const worth = userWorth(state, lab, 'consumer');
    // By hand: a user pays price × paid share a quarter and uses (paid + free × freeUse) × tokens a unit, served at
    // the lab's cost per token; investors pay 4 quarters × the revenue multiple (10) for that gross profit.
    const rules = state.scenario.segments.consumer!;
    const price = lab.prices['consumer']!;
    const paid = paidShareAt(rules, price);
    const tokens = (paid + (1 - paid) * rules.freeUse!) * tokensPerUnit(rules);
    expect(worth).toBeCloseTo((price * paid - tokens * servingCostPerToken(state, lab)) * 4 * state.scenario.world.revenueMultiple, 6);
    expect(worth).toBeGreaterThan(5);
    const reach = state.scenario.regions.filter((r) => r.openTo.includes(lab.region) && r.markets.consumer)
      .reduce((a, r) => a + potentialUnits(state, r, 'consumer'), 0) * MAX_BOUGHT * 5;
    const [move] = marketApps(state, lab, 0.2, 6);
    expect(move).toEqual(setMarketing('lantern', 'consumer', Math.floor(Math.min(reach, (lab.cash - 6 * payrollOf(state)) * 0.2))));
    // At a cost above what a user is worth, it buys none.
    const dear = { ...state, scenario: { ...state.scenario, segments: { ...state.scenario.segments, consumer: { ...state.scenario.segments.consumer!, acquisitionCost: worth * 1.01 } } } };
    expect(marketApps(dear, labOf(dear), 0.2, 6)).toEqual([]);
  });
});

function payrollOf(state: GameState): number {
  return payroll(state, labOf(state));
}
