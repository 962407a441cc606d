// Buyers are sticky and start with installed bases.
import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, NO_PURCHASE } from '../../src/engine';
import { priceQuotes } from '../../src/engine/previews';
import type { GameState } from '../../src/engine/state-types';
import { loadScenario } from '../../src/scenario/load';
import { shippedOptions } from '../../src/scenario/shipped';
import { shippedScenario } from '../helpers';
import { labOf, tutorial } from './fixtures';

const calm = { ...tutorial, world: { ...tutorial.world, buzz: 0 } };
const idleRival = { meridian: { kind: 'bot' as const, strategy: 'idle' as const } };
const usApi = (state: GameState, quarter: number) => state.reports[quarter]!.markets.find((m) => m.region === 'us' && m.segment === 'api')!;

describe('sticky buyers', () => {
  it('keep `stickiness` of last quarter\'s buyers where they were; the rest choose as buyers with no habits would', () => {
    expect(calm.segments.api!.stickiness).toBe(0.5);
    const loose = { ...calm, segments: { ...calm.segments, api: { ...calm.segments.api!, stickiness: 0 } } };
    const play = (scenario: typeof calm) => endQuarter(endQuarter(createGame(scenario, { seed: 'sticky', seats: idleRival })));
    const sticky = play(calm);
    const fresh = usApi(play(loose), 1).shares;
    const before = usApi(sticky, 0).shares;
    const now = usApi(sticky, 1).shares;
    // The first quarter has no habits yet: both worlds agree.
    expect(before['lantern']).toBe(usApi(play(loose), 0).shares['lantern']);
    // Every buyer of last quarter had a seller still offering, so half of all buyers stay and half choose afresh.
    expect(before['lantern']! + before['meridian']! + before[NO_PURCHASE]!).toBeCloseTo(1, 9);
    for (const seller of ['lantern', 'meridian', NO_PURCHASE]) expect(now[seller]).toBeCloseTo(0.5 * before[seller]! + 0.5 * fresh[seller]!, 12);
  });

  it('a bot weighs a price at the buyers it will have once habits wear off, so sticky buyers are no reason to overcharge', () => {
    const loose = { ...calm, segments: { ...calm.segments, api: { ...calm.segments.api!, stickiness: 0 } } };
    const sticky = endQuarter(createGame(calm, { seed: 'settled', seats: idleRival }));
    const free = endQuarter(createGame(loose, { seed: 'settled', seats: idleRival }));
    const prices = [1, 3, 9];
    const settled = priceQuotes(sticky, labOf(sticky), 'api', prices, true).map((q) => q.revenue);
    const noHabits = priceQuotes(free, labOf(free), 'api', prices).map((q) => q.revenue);
    settled.forEach((revenue, i) => expect(revenue).toBeCloseTo(noHabits[i]!, 6));
    // This quarter's preview keeps the buyers who stay, so a price rise loses fewer of them than it will in the end.
    const now = priceQuotes(sticky, labOf(sticky), 'api', prices);
    expect(now[2]!.buyers / now[0]!.buyers).toBeGreaterThan(priceQuotes(sticky, labOf(sticky), 'api', prices, true)[2]!.buyers / priceQuotes(sticky, labOf(sticky), 'api', prices, true)[0]!.buyers);
  });

  it('a scenario\'s installed bases are where the first quarter\'s buyers start', () => {
    const us = shippedScenario('us-2025');
    const state = createGame(us, { seed: 'bases' });
    expect(state.segmentShares['us']?.consumer?.['solstice']).toBe(0.55);
    // The leader keeps most of its installed base in the first quarter though rivals match it.
    const after = endQuarter(state).reports[0]!.markets.find((m) => m.region === 'us' && m.segment === 'consumer')!;
    expect(after.shares['solstice']).toBeGreaterThan(0.55 * (us.segments.consumer!.stickiness ?? 0));
  });

  it('the checker refuses starting shares of a lab that does not exist or above all the buyers', () => {
    const text = JSON.stringify({
      extends: 'tutorial',
      regions: [{ id: 'us', markets: { api: { startingShares: { lanternn: 0.3, lantern: 0.5, meridian: 0.4 } } } }],
    });
    const result = loadScenario(text, 'mine.json', shippedOptions);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('There is no lab "lanternn"'))).toBe(true);
    expect(messages.some((m) => m.includes('add up to 120%'))).toBe(true);
  });
});
