import { describe, expect, it } from 'vitest';
import {
  capabilityOf,
  endQuarter,
  effectiveParams,
  expertGain,
  requiredFlop,
  startRun,
  trainingChipHours,
  cancelRun,
  applyAction,
} from '../../src/engine';
import { accepted, h800, labOf, newGame, tutorial } from './fixtures';

describe('training cost', () => {
  it('a DeepSeek-V3-like run (37B active, 14.8T tokens) on H800s takes within 25% of the reported 2.788M GPU-hours', () => {
    const flop = requiredFlop(37e9, 14.8e12);
    expect(flop).toBeCloseTo(3.2856e24, -20);
    const hours = trainingChipHours(h800, flop);
    expect(hours).toBeGreaterThan(2.788e6 * 0.75);
    expect(hours).toBeLessThan(2.788e6 * 1.25);
    // At $2 per GPU-hour that is the famous ~$5.6M final run.
    expect(hours * 2).toBeGreaterThan(4e6);
    expect(hours * 2).toBeLessThan(7e6);
  });

  it('a 1e26-FLOP frontier run costs hundreds of millions of dollars, rented or bought', () => {
    const h100 = tutorial.chips.find((c) => c.id === 'h100')!;
    const hours = trainingChipHours(h100, 1e26);
    const rented = hours * h100.rentals[0]!.pricePerHour;
    expect(rented).toBeGreaterThan(100e6);
    expect(rented).toBeLessThan(1e9);
    // Buying enough H100s to finish it in one quarter (2,191 hours each) costs more still.
    const chipsForOneQuarter = hours / 2191.5;
    expect(chipsForOneQuarter * h100.price).toBeGreaterThan(500e6);
  });

  it('capability adds a fixed number of points per tenfold of effective compute', () => {
    const world = tutorial.world;
    expect(capabilityOf(world, 1e24) - capabilityOf(world, 1e23)).toBeCloseTo(15, 10);
    expect(capabilityOf(world, 2.1e25)).toBeCloseTo(64.8, 1);
    expect(capabilityOf(world, 1)).toBe(0);
  });

  it('a mixture of experts counts as the geometric mean of its active and total parameters, up to 64 experts per active', () => {
    expect(effectiveParams(70e9, 70e9)).toBe(70e9);
    expect(effectiveParams(671e9, 37e9)).toBeCloseTo(Math.sqrt(671e9 * 37e9), 0);
    expect(effectiveParams(1e13, 1e9)).toBeCloseTo(8e9, 0);
    expect(expertGain(16)).toBe(4);
  });
});

describe('training runs', () => {
  const run = { name: 'Lantern 2', totalParams: 200e9, activeParams: 200e9, tokens: 4e12, open: false };

  it('progress by the training compute allocated each quarter, then become a better model', () => {
    let state = accepted(newGame('run'), startRun('lantern', run));
    expect(labOf(state).run?.requiredFlop).toBe(6 * 200e9 * 4e12);
    state = endQuarter(state);
    const report = state.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    expect(labOf(state).run?.doneFlop).toBe(report.trainingFlop);
    // 1,000 H100s x 989 TFLOP/s x 40% x 7,889,400 s x 60% of the fleet on training.
    expect(report.trainingFlop).toBeCloseTo(1000 * 989e12 * 0.4 * 7_889_400 * 0.6, -12);
    while (labOf(state).run) state = endQuarter(state);
    const model = state.models.find((m) => m.name === 'Lantern 2');
    const notes = state.reports.flatMap((r) => r.labs.find((l) => l.lab === 'lantern')?.notes ?? []).map((n) => n.code);
    if (model) {
      expect(model.capability).toBeGreaterThan(state.models.find((m) => m.name === 'Lantern 1')!.capability);
      expect(labOf(state).productModel).toBe(model.id);
    } else {
      expect(notes).toContain('runFailed');
    }
  });

  it('one run at a time; a run can be cancelled; active parameters cannot exceed total', () => {
    const state = accepted(newGame(), startRun('lantern', run));
    expect(applyAction(state, startRun('lantern', run))).toMatchObject({ ok: false, reason: 'runInProgress' });
    expect(labOf(accepted(state, cancelRun('lantern'))).run).toBeNull();
    expect(applyAction(newGame(), startRun('lantern', { ...run, activeParams: 300e9 }))).toMatchObject({ ok: false, reason: 'activeAboveTotal' });
  });

  it('fails or underperforms with probabilities drawn from the training stream only', () => {
    let failures = 0;
    for (let seed = 0; seed < 60; seed += 1) {
      let state = accepted(newGame(`risk-${seed}`), startRun('lantern', { ...run, tokens: 1e12 }));
      state = endQuarter(state);
      if (!state.models.some((m) => m.name === 'Lantern 2')) failures += 1;
    }
    // Base 8% plus scale, divided by 1 + 30/50 researchers: a few percent.
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThan(12);
  });
});
