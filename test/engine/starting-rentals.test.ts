import { describe, expect, it } from 'vitest';
import { botSeats, computeFor, createGame, endQuarter, SECONDS_PER_QUARTER } from '../../src/engine';
import { shippedScenario } from '../helpers';
import { labOf, tutorial } from './fixtures';

const withRentals = {
  ...tutorial,
  labs: tutorial.labs.map((lab) => (lab.id === 'lantern' ? { ...lab, rentals: [{ chip: 'h100', region: 'us', units: 1000 }] } : lab)),
};

describe('rental contracts a lab holds at the start (as OpenAI rented most of its compute)', () => {
  it('starts the lab on the scenario\'s contracts, and they add their chips\' compute from the first quarter', () => {
    const plain = createGame(tutorial, { seed: 'rent' });
    const rented = createGame(withRentals, { seed: 'rent' });
    expect(labOf(rented).rentals).toEqual([{ chip: 'h100', region: 'us', units: 1000 }]);
    expect(labOf(plain).rentals).toEqual([]);
    // Hand computation: 1,000 H100s at 989 TFLOPS and their serving utilisation, for the split's serving share.
    const h100 = tutorial.chips.find((c) => c.id === 'h100')!;
    const added = (1000 * h100.peakFlops * h100.inferenceUtilisation * SECONDS_PER_QUARTER * labOf(rented).split.inference) / 100;
    expect(computeFor(rented, labOf(rented)).inferenceFlop - computeFor(plain, labOf(plain)).inferenceFlop).toBeCloseTo(added, -20);
  });

  it('bills the contracts as rent in the first quarter\'s report', () => {
    const report = endQuarter(createGame(withRentals, { seed: 'rent' })).reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    const plain = endQuarter(createGame(tutorial, { seed: 'rent' })).reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    const rent = (r: typeof report) => -r.lineItems.filter((i) => i.kind === 'rent').reduce((a, i) => a + i.amount, 0);
    expect(rent(report)).toBeGreaterThan(rent(plain));
  });
});

describe('a compute split the scenario starts a lab on', () => {
  it('is kept by the lab\'s strategy in the first quarter (solstice serves half its compute, as OpenAI spent more on inference than training)', () => {
    const us = shippedScenario('us-2025');
    const after = endQuarter(createGame(us, { seed: 'split', seats: botSeats(us) }));
    expect(labOf(after, 'solstice').split).toEqual({ training: 45, inference: 50, research: 5 });
    // A lab the scenario gives no split starts on its strategy's own.
    expect(labOf(after, 'keel').split).not.toEqual({ training: 45, inference: 50, research: 5 });
  });

  it('lets solstice, on the rented fleet OpenAI had, serve its first quarter\'s buyers rather than lose them to capacity', () => {
    const us = shippedScenario('us-2025');
    const after = endQuarter(createGame(us, { seed: 'split', seats: botSeats(us) }));
    const report = after.reports[0]!.labs.find((r) => r.lab === 'solstice')!;
    expect(labOf(after, 'solstice').rentals.length).toBeGreaterThan(0);
    expect(report.lostToCapacity).toBe(0);
  });
});
