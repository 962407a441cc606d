import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, rentalLimit, rentalOffer, type Action } from '../../src/engine';
import { rentForBoth, rentForDemand, rentForFrontier } from '../../src/engine/bots/moves';
import { shippedScenario } from '../helpers';

type Rent = Extract<Action, { type: 'setRental' }>;

// us-2025 with its frontier lab stripped of the rented fleet and split it starts on: its 60k owned H100s at the
// strategy's 35% serving share cannot serve its buyers, so it loses sales to capacity in its first quarter.
const us = shippedScenario('us-2025');
// Solstice on a tenth of its owned chips and no rentals: too few servers even for its paying customers.
const ownedOnly = {
  ...us,
  labs: us.labs.map((l) => (l.id === 'solstice' ? { ...l, rentals: undefined, split: undefined, chips: Object.fromEntries(Object.entries(l.chips).map(([chip, units]) => [chip, Math.round(units / 10)])) } : l)),
};
const rents = (actions: Action[]) => actions.filter((a): a is Rent => a.type === 'setRental');

describe('a frontier lab renting for its run and its lost sales at once', () => {
  it('adds what each habit adds to the same contract, within the clouds\' limit for the lab', () => {
    // The frontier lab after its first quarter on owned chips alone: it lost most of its sales to too few servers.
    const state = endQuarter(createGame(ownedOnly, { seed: 'rent-for-both' }));
    const lab = state.labs.find((l) => l.id === 'solstice')!;
    expect(state.reports[0]!.labs.find((r) => r.lab === 'solstice')!.lostToCapacity).toBeGreaterThan(0);
    const forRun = rents(rentForFrontier(state, lab, 3));
    const forSales = rents(rentForDemand(state, lab, { handBack: false, worth: 1 }));
    expect(forRun.length + forSales.length).toBeGreaterThan(0);
    const both = rents(rentForBoth(state, lab, 3));
    expect(both.length).toBeGreaterThan(0);
    for (const contract of both) {
      const current = lab.rentals.find((r) => r.chip === contract.chip && r.region === contract.region)?.units ?? 0;
      const added = [...forRun, ...forSales].filter((a) => a.chip === contract.chip && a.region === contract.region).reduce((sum, a) => sum + a.units - current, 0);
      const limit = rentalLimit(rentalOffer(state, contract.chip, contract.region)!, lab.region);
      expect(contract.units).toBe(Math.min(current + added, limit));
    }
    expect(new Set(both.map((a) => `${a.chip}@${a.region}`)).size).toBe(both.length);
  });

  it('rents for lost sales only while the rent is under the share of them the habit is told is worth it', () => {
    const state = endQuarter(createGame(ownedOnly, { seed: 'rent-for-both' }));
    const lab = state.labs.find((l) => l.id === 'solstice')!;
    // At no share worth paying, nothing; at any share, the whole plan.
    expect(rentForDemand(state, lab, { handBack: false, worth: 0 })).toEqual([]);
    expect(rents(rentForDemand(state, lab, { handBack: false, worth: 1e9 })).length).toBeGreaterThan(0);
  });
});
