import { describe, expect, it } from 'vitest';
import { applyAction, buildVertical, endQuarter, launchProduct, openWeights, useModel, type Scenario } from '../../src/engine';
import { resolveVertical } from '../../src/engine/verticals';
import { accepted, labOf, newGame, tutorial } from './fixtures';

const run = (state: ReturnType<typeof newGame>, quarters: number) => {
  let s = state;
  for (let i = 0; i < quarters; i += 1) s = endQuarter(s);
  return s;
};
const revenueFrom = (state: ReturnType<typeof newGame>, detail: string, lab = 'lantern') =>
  state.reports.at(-1)!.labs.find((r) => r.lab === lab)!.lineItems.filter((i) => i.kind === 'revenue' && i.detail === detail).reduce((a, i) => a + i.amount, 0);

describe('enterprise verticals', () => {
  it('needs a base model capable enough', () => {
    expect(applyAction(newGame(), buildVertical('lantern', 'healthcare'))).toMatchObject({
      ok: false, reason: 'modelTooWeak', params: { vertical: 'healthcare', needed: 50 },
    });
  });

  it('is built by engineers over quarters, then wins sticky contracts', () => {
    // Finance takes 60 engineer-quarters; Lantern has 20 engineers: three quarters.
    let state = accepted(newGame('fin'), buildVertical('lantern', 'finance'));
    state = run(state, 2);
    expect(labOf(state).verticals['finance']).toEqual({ progress: 40, live: false });
    expect(revenueFrom(state, 'vertical:finance')).toBe(0);
    state = run(state, 1);
    expect(labOf(state).verticals['finance']?.live).toBe(true);
    expect(state.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!.notes.map((n) => n.code)).toContain('verticalLive');
    state = run(state, 1);
    const first = state.verticalShares['us']!['finance']!['lantern']!;
    expect(first).toBeGreaterThan(0);
    expect(revenueFrom(state, 'vertical:finance')).toBeGreaterThan(0);
    // Contracts are sticky: 70% of last quarter's share carries over, so share builds up over quarters.
    state = run(state, 1);
    expect(state.verticalShares['us']!['finance']!['lantern']!).toBeGreaterThan(first);
  });

  it('buyers who buy nothing in the game include the frontier labs outside it, which keep improving', () => {
    // Lantern with a live finance solution and no contracts yet: the share it wins fresh at the start and two years on.
    const freshShare = (gainPerQuarter: number, quarter: number) => {
      const scenario: Scenario = { ...tutorial, world: { ...tutorial.world, frontierGainPerQuarter: gainPerQuarter } };
      const state = newGame('outside', scenario);
      labOf(state).verticals['finance'] = { progress: 999, live: true };
      const us = scenario.regions.find((r) => r.id === 'us')!;
      const finance = scenario.verticals.find((v) => v.id === 'finance')!;
      return resolveVertical({ ...state, quarter }, us, finance, 1).shares['lantern']!;
    };
    expect(freshShare(4, 8)).toBeLessThan(freshShare(4, 0));
    expect(freshShare(0, 8)).toBeCloseTo(freshShare(0, 0), 12);
  });

  it('contracts beyond what the engineers can deliver go unserved, with a note saying so', () => {
    const quarterOn = (perEngineer: number | undefined, byRegion?: Record<string, number>) => {
      // Products other than contracts take no engineers here, so the contracts alone meet the limit.
      const { productRevenuePerEngineer: _products, ...world } = tutorial.world;
      const { revenuePerEngineerByRegion: _regions, ...enterprise } = tutorial.enterprise;
      const scenario: Scenario = { ...tutorial, world, enterprise: { ...enterprise, revenuePerEngineer: perEngineer, ...(byRegion ? { revenuePerEngineerByRegion: byRegion } : {}) } };
      let state = accepted(newGame('delivery', scenario), buildVertical('lantern', 'finance'));
      state = run(state, 4);
      return { revenue: revenueFrom(state, 'vertical:finance'), notes: state.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!.notes.map((n) => n.code) };
    };
    const unlimited = quarterOn(undefined);
    expect(unlimited.revenue).toBeGreaterThan(20 * 10_000);
    // Lantern's 20 engineers can carry $10k each a quarter: $200k of the contracts it won.
    const limited = quarterOn(10_000);
    expect(limited.revenue).toBeCloseTo(20 * 10_000, 3);
    expect(limited.notes).toContain('deliveryShort');
    expect(unlimited.notes).not.toContain('deliveryShort');
    // Where buyers' regions have rates of their own, those decide: $5k a contract-engineer in every region, not $1B.
    const local = quarterOn(1e9, Object.fromEntries(tutorial.regions.map((r) => [r.id, 5_000])));
    expect(local.revenue).toBeCloseTo(20 * 5_000, 3);
    expect(local.notes).toContain('deliveryShort');
  });

  it('products need engineers too: sales beyond what they can run are lost, every product in the same share', () => {
    const quarterOn = (perEngineer: number | undefined) => {
      const { productRevenuePerEngineer: _products, ...rest } = tutorial.world;
      const world = perEngineer === undefined ? rest : { ...rest, productRevenuePerEngineer: perEngineer };
      const { revenuePerEngineer: _contracts, revenuePerEngineerByRegion: _regions, ...enterprise } = tutorial.enterprise;
      const state = run(newGame('products', { ...tutorial, world, enterprise }), 1);
      return { revenue: revenueFrom(state, 'api'), notes: state.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!.notes.map((n) => n.code) };
    };
    const unlimited = quarterOn(undefined);
    expect(unlimited.notes).not.toContain('deliveryShort');
    // Lantern's 20 engineers run at most 20 x $1,000 of API sales a quarter when each runs $1,000.
    const limited = quarterOn(1_000);
    expect(unlimited.revenue).toBeGreaterThan(20 * 1_000);
    expect(limited.revenue).toBeCloseTo(20 * 1_000, 3);
    expect(limited.notes).toContain('deliveryShort');
  });

  it('state buyers favour labs at home three times as much', () => {
    const abroad: Scenario = {
      ...tutorial,
      regions: tutorial.regions.map((r) => ({ ...r, openTo: ['us', 'row'], homeBias: 0.5 })),
      labs: tutorial.labs.map((l) => (l.id === 'meridian' ? { ...l, region: 'row' } : l)),
    };
    let state = accepted(accepted(newGame('gov', abroad), buildVertical('lantern', 'government')), buildVertical('meridian', 'government'));
    state = run(state, 4);
    const us = state.verticalShares['us']!['government']!;
    const row = state.verticalShares['row']!['government']!;
    // Each lab does better at home than abroad.
    expect(us['lantern']! / us['meridian']!).toBeGreaterThan(row['lantern']! / row['meridian']!);
  });
});

describe('the operating layer and cloud hosting', () => {
  it('a lab can build a vertical on another lab\u2019s open model', () => {
    const opened = accepted(newGame('layer'), openWeights('meridian', 'meridian-1'));
    const onOpen = accepted(opened, useModel('lantern', 'meridian-1'));
    expect(applyAction(onOpen, buildVertical('lantern', 'healthcare')).ok).toBe(true);
  });

  it('a cloud hosting open models earns a share of what buyers pay for them', () => {
    const opened = accepted(newGame('cloud'), openWeights('lantern', 'lantern-1'));
    const hosting = accepted(opened, launchProduct('meridian', 'cloud'));
    expect(revenueFrom(run(hosting, 1), 'cloud', 'meridian')).toBeGreaterThan(0);
    expect(revenueFrom(run(opened, 1), 'cloud', 'meridian')).toBe(0);
  });
});
