import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, launchProduct, openHostPrice, openWeights, setPrice, useModel } from '../../src/engine';
import { offersIn, offerUtility } from '../../src/engine/market';
import { accepted, labOf, tutorial } from './fixtures';

/** The tutorial without word of mouth; Meridian has published its starting model and sits still. */
const calm = { ...tutorial, world: { ...tutorial.world, buzz: 0 } };
const us = calm.regions.find((r) => r.id === 'us')!;

function published() {
  let state = createGame(calm, { seed: 'resale', seats: { meridian: { kind: 'bot', strategy: 'idle' } } });
  state = accepted(state, openWeights('meridian', 'meridian-1'));
  return state;
}

describe('reselling open weights', () => {
  it('a lab serving another lab\'s open weights on the API is weighed as a host is: capability and price alone (hand computation)', () => {
    let state = accepted(published(), useModel('lantern', 'meridian-1'));
    state = accepted(state, setPrice('lantern', 'api', 0.5));
    const model = state.models.find((m) => m.id === 'meridian-1')!;
    const rules = calm.segments.api!;
    const offers = offersIn(state, us, 'api');
    const lantern = offers.find((o) => o.seller === 'lantern')!;
    // Lantern's reputation (20) and the US home bias (0.3) would add 0.01 x 20 + 0.3 = 0.5 utility: they add nothing.
    expect(lantern).toMatchObject({ reputation: 0, home: false, buzz: 0 });
    expect(offerUtility(calm, us, 'api', lantern)).toBeCloseTo(rules.capabilityWeight * model.capability - rules.priceWeight * Math.log(0.5), 12);
    // At the hosts' own price, the reseller's offer and the hosts' offer of the same model are worth exactly the same.
    const host = offersIn(state, us, 'api').find((o) => o.seller === 'open:meridian-1')!;
    expect(offerUtility(calm, us, 'api', { ...lantern, price: host.price })).toBe(offerUtility(calm, us, 'api', host));
  });

  it('the maker selling its own open weights, and any lab selling an app on them, keep their brand', () => {
    let state = accepted(published(), useModel('lantern', 'meridian-1'));
    state = accepted(state, launchProduct('lantern', 'consumer'));
    const meridian = offersIn(state, us, 'api').find((o) => o.seller === 'meridian')!;
    expect(meridian).toMatchObject({ reputation: labOf(state, 'meridian').reputation, home: true });
    const app = offersIn(state, us, 'consumer').find((o) => o.seller === 'lantern')!;
    expect(app).toMatchObject({ reputation: labOf(state).reputation, home: true });
  });

  it('the quarter report says the API resells open weights, at the price hosts charge for them that quarter', () => {
    const state = endQuarter(accepted(published(), useModel('lantern', 'meridian-1')));
    const note = state.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!.notes.find((n) => n.code === 'resoldAsHost');
    const model = state.models.find((m) => m.id === 'meridian-1')!;
    expect(note?.params).toMatchObject({ model: 'meridian-1', lab: 'meridian', yours: labOf(state).prices.api });
    // Worded at the end of the quarter just played, at that quarter's cost of compute.
    expect(note!.params.price).toBeCloseTo(openHostPrice({ ...state, quarter: state.quarter - 1 }, model), 12);
    // The maker serving its own open model is told nothing of the kind.
    expect(state.reports.at(-1)!.labs.find((r) => r.lab === 'meridian')!.notes.map((n) => n.code)).not.toContain('resoldAsHost');
  });
});
