import { describe, expect, it } from 'vitest';
import { botSeats, DESIGN_STRATEGIES, playToEnd, salesOf, simulateSeed, sumOf, tryEachStrategy } from '../../src/engine';
import { shippedScenario } from '../helpers';

const pivot = shippedScenario('pivot');

describe('the debrief plays the same world with the player\'s lab on each strategy', () => {
  const trials = tryEachStrategy(pivot, 'trials-seed', pivot.playerLab);

  it('gives one whole game per design strategy, each ranked among every lab', () => {
    expect(trials.map((trial) => trial.strategy)).toEqual([...DESIGN_STRATEGIES]);
    for (const trial of trials) {
      expect(trial.labs).toBe(pivot.labs.length);
      expect(trial.rank).toBeGreaterThanOrEqual(1);
      expect(trial.rank).toBeLessThanOrEqual(pivot.labs.length);
      expect(trial.objectives).toBe(pivot.objectives.length);
      if (!trial.survived) expect(trial.score).toBe(0);
    }
    // The strategies lead to different ends, or the comparison would teach nothing.
    expect(new Set(trials.map((trial) => Math.round(trial.score))).size).toBeGreaterThan(1);
  });

  it('matches what the simulator reports for the same seed and seat, so a teacher can check it with npm run sim', () => {
    for (const trial of trials) {
      const run = simulateSeed(pivot, 'trials-seed', { [pivot.playerLab]: trial.strategy });
      const lab = run.labs.find((l) => l.id === pivot.playerLab)!;
      expect(trial.score).toBe(lab.score);
      expect(trial.survived).toBe(lab.survived);
    }
  });

  it('says what the lab sold in each game: its revenue line items by product, and the quarters it resold an open model', () => {
    for (const trial of trials) {
      const end = playToEnd(pivot, 'trials-seed', botSeats(pivot, { [pivot.playerLab]: trial.strategy }));
      const rows = end.reports.map((r) => r.labs.find((row) => row.lab === pivot.playerLab)).filter((row) => row !== undefined);
      const booked = rows.reduce((a, row) => a + sumOf(row.lineItems, 'revenue'), 0);
      const sold = Object.values(trial.sales.revenue).reduce((a, b) => a + b, 0);
      expect(sold).toBeCloseTo(booked, 0);
      expect(trial.sales.quarters).toBe(rows.length);
      expect(trial.sales.hosted).toBe(rows.filter((row) => row.notes.some((n) => n.code === 'resoldAsHost')).length);
      expect(trial.sales).toEqual(salesOf(end, pivot.playerLab));
    }
    // Industry solutions are the vertical-apps lab's business; efficient-open sells its own open models, not others'.
    const vertical = trials.find((trial) => trial.strategy === 'vertical-apps')!.sales;
    expect(Object.keys(vertical.revenue).some((p) => p.startsWith('vertical:'))).toBe(true);
    expect(trials.find((trial) => trial.strategy === 'efficient-open')!.sales.hosted).toBe(0);
  });

  it('is the same every time it is asked', () => {
    expect(tryEachStrategy(pivot, 'trials-seed', pivot.playerLab)).toEqual(trials);
  });
});
