import { describe, expect, it } from 'vitest';
import { applyAction, createGame, endQuarter, maxRound, raiseRound, roundChancePercent, standings, useModel, valuationOf, valuationPartsAtQuarterEnd, ventureSupply, worldFrontier, buyChips, type Scenario } from '../../src/engine';
import { shippedScenario } from '../helpers';
import { dilute, layerOf, MAX_ROUND_SHARE } from '../../src/engine/funding';
import { accepted, labOf, newGame, playToEnd, tutorial } from './fixtures';

describe('funding', () => {
  it('dilutes the founders by the new money over the post-money valuation', () => {
    // 70% of a $900M pre-money lab that raises $100M: 0.7 x 900 / 1000.
    expect(dilute(0.7, 900e6, 100e6)).toBeCloseTo(0.63, 12);
  });

  it('a round closes at the quarter\'s end with its stated chance, priced on investors\' estimate then, and dilutes', () => {
    let closed = 0;
    for (let seed = 0; seed < 30; seed += 1) {
      const start = newGame(`round-${seed}`);
      const amount = Math.floor(labOf(start).estimate / 10);
      const pending = accepted(start, raiseRound('lantern', amount));
      const round = labOf(pending).pendingRound!;
      expect(round.chancePercent).toBeGreaterThan(5);
      const after = endQuarter(pending);
      const report = after.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
      const funding = report.lineItems.find((i) => i.kind === 'funding');
      if (funding) {
        closed += 1;
        expect(funding.amount).toBe(amount);
        const note = report.notes.find((n) => n.code === 'roundClosed')!;
        const preMoney = note.params.preMoney as number;
        expect(labOf(after).equity).toBeCloseTo(dilute(0.7, preMoney, amount), 12);
        // The lab is now marked at the round's post-money.
        expect(labOf(after).valuation).toBe(preMoney + amount);
      } else {
        expect(labOf(after).equity).toBe(0.7);
        expect(labOf(after).valuation).toBe(labOf(start).valuation);
      }
    }
    expect(closed).toBeGreaterThan(5);
    expect(closed).toBeLessThan(30);
  });

  it('rejects a second round while one is pending, and one larger than investors allow', () => {
    const state = newGame();
    expect(maxRound(state, labOf(state))).toBe(Math.floor(labOf(state).estimate * MAX_ROUND_SHARE));
    expect(applyAction(state, raiseRound('lantern', maxRound(state, labOf(state)) + 1e6))).toMatchObject({ ok: false, reason: 'roundTooLarge' });
    const pending = accepted(state, raiseRound('lantern', 10e6));
    expect(applyAction(pending, raiseRound('lantern', 10e6))).toMatchObject({ ok: false, reason: 'roundPending' });
  });

  it('venture supply is the region\'s money times its layer\'s share times appetite, and caps the largest round', () => {
    const state = newGame();
    // Tutorial US: $24B a quarter, 40% for foundation labs, 10% for infrastructure (GPU clouds), appetite 1 in the first quarter.
    expect(ventureSupply(state, 'us', 'foundation')).toBe(Math.floor(24e9 * 1 * 0.4));
    expect(ventureSupply(state, 'us', 'infrastructure')).toBe(Math.floor(24e9 * 1 * 0.1));
    expect(ventureSupply(state, 'us', 'applications')).toBe(Math.floor(24e9 * 1 * 0.5));
    const poor: Scenario = { ...tutorial, regions: tutorial.regions.map((r) => ({ ...r, ventureCapitalPerQuarter: 50e6 })) };
    const small = newGame('x', poor);
    expect(maxRound(small, labOf(small))).toBe(Math.floor(50e6 * 0.4));
  });

  it('rounds asked in the same quarter share the supply pro rata when asks exceed it', () => {
    // $200M a quarter for US foundation labs (40% of $500M); lantern asks $200M and meridian $300M: each gets 40%.
    const tight: Scenario = { ...tutorial, regions: tutorial.regions.map((r) => ({ ...r, ventureCapitalPerQuarter: 500e6 })) };
    let state = newGame('share', tight);
    state = { ...state, labs: state.labs.map((l) => ({ ...l, pendingRound: { amount: l.id === 'lantern' ? 200e6 : 300e6, preMoney: l.estimate, chancePercent: 100 } })) };
    const after = endQuarter(state);
    const raised = (id: string) => after.reports[0]!.labs.find((r) => r.lab === id)!.lineItems.find((i) => i.kind === 'funding')?.amount;
    expect(raised('lantern')).toBe(Math.floor((200e6 * 200e6) / 500e6));
    expect(raised('meridian')).toBe(Math.floor((300e6 * 200e6) / 500e6));
    expect(after.reports[0]!.capital.find((m) => m.region === 'us' && m.layer === 'foundation')).toEqual({ region: 'us', layer: 'foundation', supply: 200e6, asked: 500e6, raised: 80e6 + 120e6 });
    expect(after.reports[0]!.labs.find((r) => r.lab === 'lantern')!.notes.map((n) => n.code)).toContain('roundCut');
  });

  it('a round offered less than a quarter of its ask falls through', () => {
    // $40M for foundation labs against $400M asked: 10% of each ask, below MIN_FILL.
    const tight: Scenario = { ...tutorial, regions: tutorial.regions.map((r) => ({ ...r, ventureCapitalPerQuarter: 100e6 })) };
    let state = newGame('share', tight);
    state = { ...state, labs: state.labs.map((l) => ({ ...l, pendingRound: { amount: 200e6, preMoney: l.estimate, chancePercent: 100 } })) };
    const after = endQuarter(state);
    const lantern = after.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    expect(lantern.lineItems.some((i) => i.kind === 'funding')).toBe(false);
    expect(lantern.notes.find((n) => n.code === 'roundUndersubscribed')!.params).toMatchObject({ asked: 200e6, amount: 20e6, supply: 40e6, demand: 400e6 });
  });

  it('a round priced below the last round is a down round', () => {
    let state = newGame('down');
    // The last round was priced at ten times what investors now think.
    state = { ...state, labs: state.labs.map((l) => (l.id === 'lantern' ? { ...l, valuation: 10 * l.estimate, pendingRound: { amount: 10e6, preMoney: l.estimate, chancePercent: 100 } } : l)) };
    const after = endQuarter(state);
    const notes = after.reports[0]!.labs.find((r) => r.lab === 'lantern')!.notes;
    const closedAt = notes.find((n) => n.code === 'roundClosed')!.params.preMoney as number;
    expect(notes.find((n) => n.code === 'downRound')!.params).toEqual({ preMoney: closedAt, previous: 10 * labOf(state).estimate });
    expect(labOf(after).valuation).toBe(closedAt + 10e6);
  });

  it('investors revise their view of the business at most twofold a quarter, and the valuation stays at the last round', () => {
    let state = newGame('revise');
    for (let q = 0; q < tutorial.quarters; q += 1) {
      const before = labOf(state);
      state = endQuarter(state);
      const after = labOf(state);
      if (!after.alive) break;
      expect(after.businessValue).toBeLessThanOrEqual(2 * before.businessValue + valuationPartsAtQuarterEnd(state, after).netAssets + 1e-6);
      expect(after.businessValue).toBeGreaterThanOrEqual(before.businessValue / 2 - 1e-6);
      expect(after.valuation).toBe(labOf(newGame('revise')).valuation);
    }
  });

  it('scores a lab on investors\' estimate, not the last round', () => {
    const state = playToEnd(newGame('score'));
    const row = standings(state).find((r) => r.lab === 'lantern')!;
    expect(row.score).toBe(labOf(state).alive ? labOf(state).equity * labOf(state).estimate : 0);
  });

  it('values a lab from net assets, revenue and capability, scaled by appetite', () => {
    const state = newGame();
    const winter: Scenario = { ...tutorial, appetite: tutorial.appetite.map((a) => ({ ...a, foundation: 0, applications: 0 })) };
    const frozen = newGame('x', winter);
    // With no appetite only net assets count: cash plus chips at book value.
    expect(valuationOf(frozen, labOf(frozen))).toBeCloseTo(80e6 + 27.5e6, 3);
    expect(valuationOf(state, labOf(state))).toBeGreaterThan(valuationOf(frozen, labOf(frozen)));
  });
});

describe('what investors look at', () => {
  it('investors\' estimate is net assets plus the business value they hold, for every lab in every quarter of a China game', () => {
    let state = createGame(shippedScenario('china-2025'), { seed: 'valuation-parts' });
    const layers = new Set<string>();
    while (!state.over) {
      state = endQuarter(state);
      for (const lab of state.labs.filter((l) => l.alive)) {
        const parts = valuationPartsAtQuarterEnd(state, lab);
        layers.add(parts.layer);
        expect(parts.netAssets + lab.businessValue).toBe(lab.estimate);
      }
    }
    // Both kinds of lab were valued: model makers and labs on another lab's model.
    expect([...layers].sort()).toEqual(['applications', 'foundation']);
  });

  it('a lab far behind the frontier finds a round harder to close than one near it', () => {
    const state = newGame();
    const lab = labOf(state);
    const amount = Math.floor(maxRound(state, lab) / 2);
    const at = (capability: number) => ({ ...state, models: state.models.map((m) => (m.lab === lab.id ? { ...m, capability } : m)) });
    const frontier = worldFrontier(state);
    // Two points of chance for each point behind the world's best model.
    expect(roundChancePercent(at(frontier - 10), lab, amount)).toBe(roundChancePercent(at(frontier), lab, amount) - 20);
  });

  it('a lab serving an open model from another lab is valued as an application lab once it is no longer a model maker', () => {
    let state = newGame();
    const open = state.models.find((m) => m.lab !== 'lantern')!;
    const own = state.models.find((m) => m.lab === 'lantern')!;
    // An open model within the model-maker margin of Lantern's own, so Lantern starts as a model maker.
    state = { ...state, models: state.models.map((m) => (m.id === open.id ? { ...m, open: true, capability: own.capability + 5 } : m)) };
    expect(layerOf(state, labOf(state))).toBe('foundation');
    const switched = accepted(state, useModel('lantern', open.id));
    // For a year after its last model of its own, investors still count it as a model maker.
    expect(layerOf(switched, labOf(switched))).toBe('foundation');
    const applied = { ...switched, quarter: 4 };
    expect(layerOf(applied, labOf(applied))).toBe('applications');
    const winter: Scenario = { ...tutorial, appetite: tutorial.appetite.map((a) => ({ ...a, applications: 0 })) };
    const frozen = { ...applied, scenario: winter };
    // Without application appetite and without revenue yet, only net assets remain: no capability premium.
    expect(valuationOf(frozen, labOf(frozen))).toBeCloseTo(80e6 + 27.5e6, 3);
  });
});

describe('insolvency and the shakeout', () => {
  const noBuyers: Scenario = {
    ...tutorial,
    regions: tutorial.regions.map((r) => ({ ...r, markets: { api: { ...r.markets.api!, spendPerQuarter: 0 }, consumer: { ...r.markets.consumer!, spendPerQuarter: 0 } } })),
  };

  it('a lab that ends a quarter with negative cash is rescued, bought or shut down, with the reason', () => {
    const outcomes = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) {
      let state = accepted(newGame(`broke-${seed}`, noBuyers), buyChips('lantern', 'h100', 2900));
      state = endQuarter(state);
      const note = state.reports[0]!.labs.find((r) => r.lab === 'lantern')!.notes.find((n) => ['emergencyRound', 'acquired', 'shutDown'].includes(n.code));
      expect(note).toBeDefined();
      expect(note!.params).toHaveProperty('burn');
      outcomes.add(note!.code);
      if (note!.code === 'emergencyRound') {
        expect(labOf(state).alive).toBe(true);
        expect(labOf(state).cash).toBeGreaterThanOrEqual(0);
        expect(labOf(state).equity).toBeLessThan(0.7);
      } else {
        expect(labOf(state).alive).toBe(false);
        expect(state.over).toBe(true);
      }
    }
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('counts the survivors and model makers per region every quarter', () => {
    const state = endQuarter(newGame());
    expect(state.reports[0]!.survivors['us']).toEqual({ alive: 2, modelMakers: 2 });
  });

  it('what investors pay for the frontier grows each quarter by the scenario\'s rate, and not at all when it says nothing', () => {
    const { frontierValueGrowthPerQuarter: _omit, ...flatWorld } = tutorial.world;
    const flat: Scenario = { ...tutorial, world: flatWorld };
    const rising: Scenario = { ...tutorial, world: { ...tutorial.world, frontierValueGrowthPerQuarter: 0.1 } };
    // The same lab, cash and models, four quarters on: only the premium for its capability differs.
    const premium = (scenario: Scenario, quarter: number) => {
      const state = { ...newGame('premium', scenario), quarter };
      const winter = { ...state.rules, appetite: state.rules.appetite.map((a) => ({ ...a, foundation: 0, applications: 0 })) };
      return valuationOf(state, labOf(state)) - valuationOf({ ...state, rules: winter }, labOf(state));
    };
    expect(premium(rising, 4) / premium(flat, 4)).toBeCloseTo(1.1 ** 4, 6);
    expect(premium(rising, 0)).toBeCloseTo(premium(flat, 0), 6);
  });
});

