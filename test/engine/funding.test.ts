import { describe, expect, it } from 'vitest';
import { applyAction, createGame, endQuarter, maxRound, raiseRound, roundChancePercent, useModel, valuationOf, valuationPartsAtQuarterEnd, worldFrontier, buyChips, type Scenario } from '../../src/engine';
import { shippedScenario } from '../helpers';
import { dilute, layerOf, MAX_ROUND_SHARE } from '../../src/engine/funding';
import { accepted, labOf, newGame, tutorial } from './fixtures';

describe('funding', () => {
  it('dilutes the founders by the new money over the post-money valuation', () => {
    // 70% of a $900M pre-money lab that raises $100M: 0.7 x 900 / 1000.
    expect(dilute(0.7, 900e6, 100e6)).toBeCloseTo(0.63, 12);
  });

  it('a round closes next quarter with its stated chance, adds cash as a line item and dilutes', () => {
    let closed = 0;
    for (let seed = 0; seed < 30; seed += 1) {
      const start = newGame(`round-${seed}`);
      const amount = Math.floor(labOf(start).valuation / 10);
      const pending = accepted(start, raiseRound('lantern', amount));
      const round = labOf(pending).pendingRound!;
      expect(round.chancePercent).toBeGreaterThan(5);
      const after = endQuarter(pending);
      const items = after.reports[0]!.labs.find((r) => r.lab === 'lantern')!.lineItems;
      const funding = items.find((i) => i.kind === 'funding');
      if (funding) {
        closed += 1;
        expect(funding.amount).toBe(amount);
        expect(labOf(after).equity).toBeCloseTo(dilute(0.7, round.preMoney, amount), 12);
      } else {
        expect(labOf(after).equity).toBe(0.7);
      }
    }
    expect(closed).toBeGreaterThan(5);
    expect(closed).toBeLessThan(30);
  });

  it('rejects a second round while one is pending, and one larger than investors allow', () => {
    const state = newGame();
    expect(maxRound(labOf(state))).toBe(Math.floor(labOf(state).valuation * MAX_ROUND_SHARE));
    expect(applyAction(state, raiseRound('lantern', maxRound(labOf(state)) + 1e6))).toMatchObject({ ok: false, reason: 'roundTooLarge' });
    const pending = accepted(state, raiseRound('lantern', 10e6));
    expect(applyAction(pending, raiseRound('lantern', 10e6))).toMatchObject({ ok: false, reason: 'roundPending' });
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
  it('the report\'s account of a valuation adds up to the valuation, for every lab in every quarter of a China game', () => {
    let state = createGame(shippedScenario('china-2025'), { seed: 'valuation-parts' });
    const layers = new Set<string>();
    while (!state.over) {
      state = endQuarter(state);
      for (const lab of state.labs.filter((l) => l.alive)) {
        const parts = valuationPartsAtQuarterEnd(state, lab);
        layers.add(parts.layer);
        expect(parts.netAssets + parts.appetite * (parts.revenueValue + parts.capabilityValue)).toBe(lab.valuation);
      }
    }
    // Both kinds of lab were valued: model makers and labs on another lab's model.
    expect([...layers].sort()).toEqual(['applications', 'foundation']);
  });

  it('a lab far behind the frontier finds a round harder to close than one near it', () => {
    const state = newGame();
    const lab = labOf(state);
    const amount = Math.floor(maxRound(lab) / 2);
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
    regions: tutorial.regions.map((r) => ({ ...r, markets: { api: { ...r.markets.api, spendPerQuarter: 0 }, consumer: { ...r.markets.consumer, spendPerQuarter: 0 } } })),
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

