import { describe, expect, it } from 'vitest';
import {
  applyAction, capabilityOf, capabilityOfRun, computeEquivalent, computeFor, createGame, endQuarter, isModelMaker, lossOf,
  optimalRun, startRun, useModel, type Chip, type GameState, type Model, type Scenario,
} from '../../src/engine';
import { LOSS_FIT } from '../../src/engine/scaling';
import { h800, labOf, newGame, tutorial } from './fixtures';

const SECONDS_PER_QUARTER = 7_889_400;

describe('the scaling law', () => {
  it('gives the loss of Chinchilla (70B on 1.4T tokens) by hand: E + A/N^alpha + B/D^beta', () => {
    const hand = 1.8172 + 482.01 / Math.pow(70e9, 0.3478) + 2085.43 / Math.pow(1.4e12, 0.3658);
    expect(lossOf(70e9, 1.4e12)).toBeCloseTo(hand, 10);
    expect(LOSS_FIT.E).toBe(1.8172);
  });

  it('keeps the old capability for a compute-optimal dense run, at about 20 tokens per parameter', () => {
    for (const flop of [1e23, 1e25, 1e26]) {
      const run = optimalRun(flop, 1);
      expect(run.tokens / run.activeParams).toBeGreaterThan(15);
      expect(run.tokens / run.activeParams).toBeLessThan(22);
      expect(computeEquivalent(run.totalParams, run.activeParams, run.tokens) / flop).toBeCloseTo(1, 6);
    }
  });

  it('penalises grossly over- and under-trained models: 1e25 FLOP at 400 or 2 tokens per parameter buys 2-5 points less', () => {
    const world = tutorial.world;
    const at = (tokensPerParam: number) => {
      const params = Math.sqrt(1e25 / (6 * tokensPerParam));
      return capabilityOfRun(world, { totalParams: params, activeParams: params, tokens: tokensPerParam * params });
    };
    expect(capabilityOf(world, 1e25)).toBeCloseTo(60, 6);
    expect(at(20)).toBeCloseTo(60, 0);
    expect(60 - at(400)).toBeGreaterThan(5);
    expect(60 - at(2)).toBeGreaterThan(2);
    expect(60 - at(80)).toBeGreaterThan(1);
  });

  it('makes a toy run worth nothing: 100M parameters on 10T tokens is below the capability scale', () => {
    expect(capabilityOfRun(tutorial.world, { totalParams: 1e8, activeParams: 1e8, tokens: 1e13 })).toBe(0);
  });

  it('counts experts as the geometric mean of active and total parameters: a 16-expert run at the optimum buys 4x', () => {
    const run = optimalRun(1e25, 16);
    expect(run.totalParams / run.activeParams).toBeCloseTo(16, 10);
    expect(computeEquivalent(run.totalParams, run.activeParams, run.tokens) / 1e25).toBeCloseTo(4, 5);
    // DeepSeek-V3's shape: 37B of 671B on 14.8T tokens, 3.3e24 FLOP, is worth about 1e25 of dense compute.
    expect(computeEquivalent(671e9, 37e9, 14.8e12)).toBeGreaterThan(8e24);
    expect(computeEquivalent(671e9, 37e9, 14.8e12)).toBeLessThan(1.4e25);
  });
});

describe('memory', () => {
  const dense = (params: number) => ({ name: 'Big', totalParams: params, activeParams: params, tokens: 20 * params, open: false });

  it('refuses a run whose weights and optimiser state outgrow the fleet: 1,000 H100s hold 80 TB, 16 bytes a parameter', () => {
    expect(applyAction(newGame(), startRun('lantern', dense(5e12))).ok).toBe(true);
    expect(applyAction(newGame(), startRun('lantern', dense(6e12)))).toMatchObject({ ok: false, reason: 'runDoesNotFit', params: { needGb: 96_000, haveGb: 80_000 } });
  });

  it('stalls a run whose chips are gone, with a note', () => {
    const state = newGame('stall');
    labOf(state).run = { ...dense(4e12), requiredFlop: 6 * 4e12 * 8e13, doneFlop: 0, startedQuarter: 0 };
    labOf(state).chips = { h100: 100 };
    const next = endQuarter(state);
    expect(labOf(next).run?.doneFlop).toBe(0);
    expect(next.reports[0]!.labs.find((r) => r.lab === 'lantern')!.notes).toContainEqual({ code: 'runStalled', params: { run: 'Big', needGb: 64_000, haveGb: 8_000 } });
  });

  it('refuses to serve a model whose weights do not fit: 1T parameters in BF16 need 2 TB, 10 H100s hold 800 GB', () => {
    const state = newGame();
    const big: Model = { ...state.models.find((m) => m.lab === 'meridian')!, id: 'big', totalParams: 1e12, open: true };
    state.models.push(big);
    labOf(state).chips = { h100: 10 };
    expect(applyAction(state, useModel('lantern', 'big'))).toMatchObject({ ok: false, reason: 'modelDoesNotFit', params: { needGb: 2000, haveGb: 800 } });
    labOf(state).chips = { h100: 30 };
    expect(applyAction(state, useModel('lantern', 'big')).ok).toBe(true);
  });
});

describe('interconnect-cut chips', () => {
  const cut: Chip = { ...h800, denseScalingPenalty: 0.4 };
  const world: Scenario = { ...tutorial, chips: [...tutorial.chips, cut] };
  const labOn = (chip: string, techniques: string[]): GameState => {
    const state = createGame(world, { seed: 'links' });
    labOf(state).chips = { [chip]: 1000 };
    labOf(state).techniques = techniques;
    return state;
  };
  const trainingFlop = (state: GameState, activeParams: number) => computeFor(state, labOf(state), { activeParams }).trainingFlop;
  const perUtilisation = 1000 * 989e12 * SECONDS_PER_QUARTER * 0.6;

  it('lose 40% of utilisation on a dense 100B run, in proportion on smaller ones, nothing on research', () => {
    const state = labOn('h800', []);
    expect(trainingFlop(state, 1e11)).toBeCloseTo(perUtilisation * 0.34 * 0.6, -12);
    expect(trainingFlop(state, 37e9)).toBeCloseTo(perUtilisation * 0.34 * (1 - 0.4 * 0.37), -12);
    expect(computeFor(state, labOf(state), null).trainingFlop).toBeCloseTo(perUtilisation * 0.34, -12);
  });

  it('make communication overlap worth more on H800s (1.65x) than on H100s (1.15x)', () => {
    const gain = (chip: string) => trainingFlop(labOn(chip, ['overlap']), 1e11) / trainingFlop(labOn(chip, []), 1e11);
    // H800: (0.34 + 0.06) x (1 - 0.4 x (1 - 0.6)) against 0.34 x 0.6; H100: 0.46 against 0.40.
    expect(gain('h800')).toBeCloseTo((0.4 * 0.84) / (0.34 * 0.6), 10);
    expect(gain('h100')).toBeCloseTo(0.46 / 0.4, 10);
  });
});

describe('model makers', () => {
  const model = (id: string, lab: string, capability: number, open: boolean, releasedQuarter: number): Model => (
    { id, lab, name: id, totalParams: 1e11, activeParams: 1e11, effectiveCompute: 0, capability, open, releasedQuarter });

  it('are labs whose model of the last four quarters came within 10 points of the best open model of its day', () => {
    const state = newGame();
    const lantern = labOf(state);
    state.quarter = 6;
    state.models = [model('open-a', 'meridian', 80, true, 3), model('open-b', 'meridian', 95, true, 5), model('mine', 'lantern', 72, false, 4)];
    // Released in quarter 4, when the best open model was 80: within 10.
    expect(isModelMaker(state, lantern)).toBe(true);
    state.models[2] = model('mine', 'lantern', 69, false, 4);
    expect(isModelMaker(state, lantern)).toBe(false);
    // A toy run is never one.
    state.models[2] = model('mine', 'lantern', 0, true, 6);
    expect(isModelMaker(state, lantern)).toBe(false);
    state.models[2] = model('mine', 'lantern', 96, false, 1);
    expect(isModelMaker(state, lantern)).toBe(false);
  });
});
