// Consumer apps as their users meet them: chosen by the free tier, found only once heard of, and served after the
// paying customers when servers are short (engine 0.17.0).
import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, launchProduct, setPrice, setSplit, type GameState } from '../../src/engine';
import { PRESS_REACH, START_AWARENESS, WORD_OF_MOUTH, awarenessOf } from '../../src/engine/awareness';
import { MAX_PAID_SHARE, offerUtility, offersIn, paidShareAt, potentialUnits, resolveMarket } from '../../src/engine/market';
import { spareForChips } from '../../src/engine/bots/compute-moves';
import { priceQuote } from '../../src/engine/previews';
import { rentCost } from '../../src/engine/compute';
import { payroll } from '../../src/engine/talent';
import { accepted, labOf, newGame, tutorial } from './fixtures';
import { shippedScenario } from '../helpers';

const usOf = (state: GameState) => state.scenario.regions.find((r) => r.id === 'us')!;

describe('app users choose by the free tier', () => {
  it('only the share who would pay weighs the plan\'s price (hand computation)', () => {
    const state = newGame('free-tier');
    const rules = tutorial.segments.consumer!;
    const offer = { seller: 'x', capability: 60, price: 20, reputation: 50, home: false, buzz: 0 };
    // 0.12 x 60 - 0.05 x 2 x ln 20 + 0.03 x 50
    expect(offerUtility(tutorial, usOf(state), 'consumer', offer)).toBeCloseTo(rules.capabilityWeight * 60 - rules.paidShare! * rules.priceWeight * Math.log(20) + rules.reputationWeight * 50, 12);
    expect(rules.paidShare).toBe(0.05);
    // Halving the plan costs a twentieth of what it costs an API buyer, who weighs the whole price.
    const halved = offerUtility(tutorial, usOf(state), 'consumer', { ...offer, price: 10 }) - offerUtility(tutorial, usOf(state), 'consumer', offer);
    expect(halved).toBeCloseTo(0.05 * rules.priceWeight * Math.log(2), 12);
    const api = tutorial.segments.api!;
    const apiHalved = offerUtility(tutorial, usOf(state), 'api', { ...offer, price: 1.5 }) - offerUtility(tutorial, usOf(state), 'api', { ...offer, price: 3 });
    expect(apiHalved).toBeCloseTo(api.priceWeight * Math.log(2), 12);
  });

  it('a cheaper plan converts more users, up to one in ten, and a one-cent plan wins few users more than a fair one', () => {
    const rules = tutorial.segments.consumer!;
    expect(MAX_PAID_SHARE).toBe(0.1);
    expect(paidShareAt(rules, 20)).toBeCloseTo(0.05, 12);
    expect(paidShareAt(rules, 15)).toBeCloseTo(0.05 * (20 / 15) ** 1.5, 12);
    expect(paidShareAt(rules, 1)).toBe(0.1);
    const us = shippedScenario('us-2025');
    const start = createGame(us, { seed: 'cent' });
    const region = us.regions.find((r) => r.id === 'us')!;
    const fair = resolveMarket(start, region, 'consumer', 1);
    const cent = resolveMarket(accepted(start, setPrice(us.playerLab, 'consumer', 0.01)), region, 'consumer', 1);
    // ln(2000) x 0.05 x 2 = 0.76 utility: fewer than 2.2 times the users (most were staying anyway).
    expect(cent.shares[us.playerLab]! / fair.shares[us.playerLab]!).toBeLessThan(2.2);
    expect(cent.revenue[us.playerLab]!).toBeLessThan(fair.revenue[us.playerLab]! / 100);
  });
});

describe('a new app is found by few users at first', () => {
  it('apps a lab starts with are known to all; a new one to START_AWARENESS, and its users\' choice adds ln of it', () => {
    const us = shippedScenario('us-2025');
    const start = createGame(us, { seed: 'known' });
    // solstice starts with its app and its users (startingShares); the API is not tracked.
    expect(awarenessOf(labOf(start, 'solstice'), 'consumer')).toBe(1);
    expect(awarenessOf(labOf(start, 'solstice'), 'api')).toBe(1);
    const state = newGame('known');
    expect(labOf(state).products.consumer).toBe(false);
    expect(awarenessOf(labOf(state), 'consumer')).toBe(START_AWARENESS);
    const launched = accepted(state, launchProduct('lantern', 'consumer'));
    const mine = offersIn(launched, usOf(launched), 'consumer').find((o) => o.seller === 'lantern')!;
    expect(mine.awareness).toBe(START_AWARENESS);
    const known = offerUtility(tutorial, usOf(launched), 'consumer', { ...mine, awareness: 1 });
    expect(offerUtility(tutorial, usOf(launched), 'consumer', mine)).toBeCloseTo(known + Math.log(START_AWARENESS), 12);
  });

  it('spreads each quarter by press and by its users (hand computation from the quarter\'s shares)', () => {
    const launched = accepted(newGame('spread'), launchProduct('lantern', 'consumer'));
    const next = endQuarter(launched);
    // Its users this quarter over every region's potential users.
    let users = 0;
    let potential = 0;
    for (const region of next.scenario.regions) {
      const shares = next.segmentShares[region.id]?.consumer;
      // Only the markets whose buyers may buy from it.
      if (!shares || !region.openTo.includes(labOf(next).region)) continue;
      // The potential of the quarter that resolved (the state has moved on a quarter since).
      const size = potentialUnits({ ...next, quarter: launched.quarter }, region, 'consumer');
      potential += size;
      users += (shares['lantern'] ?? 0) * size;
    }
    const share = users / potential;
    expect(share).toBeGreaterThan(0);
    const expected = START_AWARENESS + (PRESS_REACH + WORD_OF_MOUTH * share) * (1 - START_AWARENESS);
    expect(awarenessOf(labOf(next), 'consumer')).toBeCloseTo(expected, 12);
    // The report says how few know it.
    const note = next.reports[0]!.labs.find((r) => r.lab === 'lantern')!.notes.find((n) => n.code === 'appLittleKnown');
    expect(note?.params).toEqual({ segment: 'consumer', known: expected });
  });

  it('the same app known to all would win more users in its first quarter', () => {
    const launched = accepted(newGame('first'), launchProduct('lantern', 'consumer'));
    const famous = structuredClone(launched);
    labOf(famous).awareness['consumer'] = 1;
    const shareOf = (state: GameState) => resolveMarket(state, usOf(state), 'consumer', 1).shares['lantern']!;
    expect(shareOf(famous)).toBeGreaterThan(5 * shareOf(launched));
  });
});

describe('paying customers are served first', () => {
  it('a lab short of servers turns its free users away before it loses a paid sale, and says so', () => {
    // The tutorial's small lab with its new app, and a share of its chips for serving.
    const short = (inference: number) => {
      const state = endQuarter(accepted(accepted(newGame('paid-first'), launchProduct('lantern', 'consumer')), setSplit('lantern', { training: 100 - inference, inference, research: 0 })));
      return state.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    };
    const some = short(30);
    const turnedAway = some.notes.find((n) => n.code === 'freeUsersTurnedAway');
    expect(turnedAway?.params.served).toBeGreaterThan(0);
    expect(turnedAway?.params.served).toBeLessThan(0.95);
    expect(some.notes.map((n) => n.code)).not.toContain('capacityShort');
    expect(some.lostToCapacity).toBe(0);
    // With almost nothing for serving, paid sales go too, and no free user is served.
    const none = short(1);
    expect(none.lostToCapacity).toBeGreaterThan(0);
    expect(none.notes.map((n) => n.code)).toContain('capacityShort');
    expect(none.notes.find((n) => n.code === 'freeUsersTurnedAway')?.params.served).toBe(0);
  });
});

describe('short of engineers and of servers at once', () => {
  it('every product still serves what its engineers can run, paying customers first, and nothing is negative', () => {
    const quarter = (inference: number) => {
      const state = endQuarter(accepted(accepted(newGame('paid-first'), launchProduct('lantern', 'consumer')), setSplit('lantern', { training: 100 - inference, inference, research: 0 })));
      return state.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    };
    for (const inference of [0, 5, 10, 30]) {
      const report = quarter(inference);
      expect(report.notes.map((n) => n.code)).toContain('deliveryShort');
      for (const product of report.products) {
        expect(product.servedFlop).toBeGreaterThanOrEqual(0);
        expect(product.servingCost).toBeGreaterThanOrEqual(0);
      }
      // With no servers at all, nothing is sold.
      if (inference === 0) expect(report.products.reduce((a, p) => a + p.revenue, 0)).toBe(0);
    }
  });

  it('the price card\'s quote splits the paying customers\' compute from the free users\'', () => {
    const state = accepted(newGame('quote'), launchProduct('lantern', 'consumer'));
    const quote = priceQuote(state, labOf(state), 'consumer', 20);
    // At $20 one user in twenty pays; a free user uses a quarter of a subscriber's tokens: 0.05 of 0.05 + 0.95 x 0.25.
    expect(quote.paidFlop / quote.servedFlop).toBeCloseTo(0.05 / (0.05 + 0.95 * 0.25), 9);
  });
});

describe('bots keep their rent in reserve before buying chips', () => {
  it('spare cash for chips is cash less payroll and rent for the reserve quarters', () => {
    const us = shippedScenario('us-2025');
    const state = createGame(us, { seed: 'reserve' });
    const lab = labOf(state, 'solstice');
    expect(lab.rentals.length).toBeGreaterThan(0);
    expect(spareForChips(state, lab, 3)).toBeCloseTo(lab.cash - 3 * (payroll(state, lab) + rentCost(state, lab.rentals)), 0);
  });
});
