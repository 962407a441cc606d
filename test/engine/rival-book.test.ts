import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, priceQuote, setPrice, type GameState, type Lab } from '../../src/engine';
import { openWeights } from '../../src/engine/actions';
import { applyInPlace, applyStrategyMove } from '../../src/engine/apply-action';
import { workingCopy } from '../../src/engine/copy';
import { offersIn, openOffers, salesAtPrices, type Offer } from '../../src/engine/market';
import { modelById } from '../../src/engine/lookups';
import { salesAgainstRivals } from '../../src/engine/rival-book';
import { asBotPass } from '../../src/engine/bot-pass';
import type { Region, SegmentId } from '../../src/engine/scenario-types';
import { buysTokens, segmentIds } from '../../src/engine/segments';
import { shippedScenario } from '../helpers';

function played(id: string, seed: string, quarters: number): GameState {
  let state = createGame(shippedScenario(id), { seed });
  for (let q = 0; q < quarters; q += 1) state = endQuarter(state);
  return state;
}

/** What the market itself gives a lab against every other offer (offersIn, then salesAtPrices): the reference. */
function reference(state: GameState, region: Region, segment: SegmentId, mine: Offer, prices: number[], settled: boolean) {
  const others = offersIn(state, region, segment).filter((o) => o.seller !== mine.seller);
  return salesAtPrices(state, region, segment, others, mine, prices, settled);
}

function mineIn(state: GameState, lab: Lab, region: Region): Offer | undefined {
  const model = modelById(state.models, lab.productModel);
  return model && { seller: lab.id, capability: model.capability, price: 0, reputation: lab.reputation, home: lab.region === region.id, buzz: lab.buzz };
}

/** Every lab's quotes in every region and segment it sells to, by the book and by the reference; how many were compared. */
function compareAll(state: GameState): number {
  let compared = 0;
  for (const region of state.scenario.regions) {
    for (const segment of segmentIds(state.scenario)) {
      const open = buysTokens(state.scenario, segment) ? openOffers(state) : [];
      for (const lab of state.labs) {
        const mine = mineIn(state, lab, region);
        if (!mine || !region.openTo.includes(lab.region)) continue;
        const current = lab.prices[segment] ?? 1;
        const prices = [0.8 * current, current, 1.25 * current];
        for (const settled of [false, true]) {
          expect(salesAgainstRivals(state, region, segment, open, mine, prices, settled)).toEqual(reference(state, region, segment, mine, prices, settled));
          compared += 1;
        }
      }
    }
  }
  return compared;
}

describe("the rivals' book a bot weighs its prices against", () => {
  it('gives bit for bit the sales the market would, for every lab, region and segment, across games and quarters in turn', () => {
    // Interleaved: the book is kept per scenario, so each state must be checked against what another left in it.
    const states = [played('china-2025', 'book-a', 3), played('china-2025', 'book-b', 5), played('us-2025', 'book-c', 4), played('china-2025', 'book-a', 6)];
    let compared = 0;
    for (const state of [...states, ...states.reverse()]) compared += compareAll(state);
    expect(compared).toBeGreaterThan(200);
  });

  it("a rival's price change between two previews changes the second preview (a person's move makes a new state)", () => {
    const state = played('china-2025', 'preview', 2);
    const player = state.labs.find((l) => l.id === state.scenario.playerLab)!;
    const segment = 'api';
    const rival = state.labs.find((l) => l.id !== player.id && l.alive && l.products[segment] && l.region === player.region)!;
    const before = priceQuote(state, player, segment, player.prices[segment]!);
    const moved = applyStrategyMove(state, setPrice(rival.id, segment, rival.prices[segment]! * 4));
    if (!moved.ok) throw new Error(moved.reason);
    const after = priceQuote(moved.state, moved.state.labs.find((l) => l.id === player.id)!, segment, player.prices[segment]!);
    // Dearer rival: the player's lab wins buyers; asked of the first state again, the first answer.
    expect(after.buyers).toBeGreaterThan(before.buyers);
    expect(priceQuote(state, player, segment, player.prices[segment]!)).toEqual(before);
  });

  it("inside the bots' pass a rival's accepted move in the same quarter is seen by the next quote", () => {
    const state = workingCopy(played('china-2025', 'pass', 3));
    const region = state.scenario.regions.find((r) => r.id === 'cn')!;
    const segment = 'api';
    const sellers = state.labs.filter((l) => l.alive && l.products[segment] && mineIn(state, l, region) && region.openTo.includes(l.region));
    const [me, rival] = sellers as [Lab, Lab];
    const quote = () => salesAgainstRivals(state, region, segment, openOffers(state), mineIn(state, me, region)!, [me.prices[segment]!], true)[0]!;
    asBotPass(state, () => {
      const first = quote();
      expect(quote()).toEqual(first);
      expect(applyInPlace(state, setPrice(rival.id, segment, rival.prices[segment]! / 3))).toBeUndefined();
      const second = quote();
      expect(second.share).toBeLessThan(first.share);
      expect(second).toEqual(reference(state, region, segment, mineIn(state, me, region)!, [me.prices[segment]!], true)[0]);
      // A model opened in the pass is among the offers of the next preview at once (open offers are asked once a turn).
      const closed = state.models.find((m) => !m.open && m.lab !== me.id && state.labs.some((l) => l.id === m.lab && l.alive))!;
      expect(closed).toBeDefined();
      const preview = () => priceQuote(state, me, segment, me.prices[segment]!);
      const shut = preview();
      expect(applyInPlace(state, openWeights(closed.lab, closed.id))).toBeUndefined();
      const opened = preview();
      expect(opened).not.toEqual(shut);
      // The same state copied, outside the pass: every input checked.
      const copy = workingCopy(state);
      expect(opened).toEqual(priceQuote(copy, copy.labs.find((l) => l.id === me.id)!, segment, me.prices[segment]!));
    });
  });

  it("outside the bots' pass a change the quarter makes without an action (no new turn) is seen by the next quote", () => {
    const state = workingCopy(played('china-2025', 'phase', 3));
    const region = state.scenario.regions.find((r) => r.id === 'cn')!;
    const segment = 'api';
    const [me, rival] = state.labs.filter((l) => l.alive && l.products[segment] && mineIn(state, l, region) && region.openTo.includes(l.region)) as [Lab, Lab];
    const quote = () => salesAgainstRivals(state, region, segment, openOffers(state), mineIn(state, me, region)!, [me.prices[segment]!], false)[0]!;
    const first = quote();
    rival.reputation = Math.min(100, rival.reputation + 30);
    rival.buzz += 1;
    const second = quote();
    expect(second.share).toBeLessThan(first.share);
    expect(second).toEqual(reference(state, region, segment, mineIn(state, me, region)!, [me.prices[segment]!], false)[0]);
  });

  it('open offers stay as they were when a closed model joins the list, and take in an open one at once', () => {
    const state = workingCopy(played('china-2025', 'offers', 4));
    const before = openOffers(state);
    const best = [...state.models].sort((a, b) => b.capability - a.capability)[0]!;
    state.models.push({ ...best, id: 'closed-newcomer', open: false, capability: best.capability + 30 });
    expect(openOffers(state)).toBe(before);
    state.models.push({ ...best, id: 'open-newcomer', open: true, capability: best.capability + 20, activeParams: 1e9 });
    const after = openOffers(state);
    expect(after.some((o) => o.model.id === 'open-newcomer')).toBe(true);
    expect(after.some((o) => o.model.id === 'closed-newcomer')).toBe(false);
    // Opened later in the same list: counted by the open models, not the list's length.
    state.models.find((m) => m.id === 'closed-newcomer')!.open = true;
    expect(openOffers(state).some((o) => o.model.id === 'closed-newcomer')).toBe(true);
  });
});
