import { describe, expect, it } from 'vitest';
import { priceQuote, type GameState, type Model, type ReportNote, type NoteCode } from '../../src/engine';
import { holdBackUnservable, mostProfitableOwnModel, servingProfit } from '../../src/engine/serving-choice';
import { labOf, newGame } from './fixtures';

/** The tutorial's lab with a second model of its own: `points` more capable, `size` times its active and total parameters. */
function withOwnModel(points: number, size: number, open = false): { state: GameState; current: Model; other: Model } {
  const state = newGame('serving-choice');
  const lab = labOf(state);
  const current = state.models.find((m) => m.id === lab.productModel)!;
  const other: Model = { ...current, id: `${lab.id}-other`, name: 'Other', capability: current.capability + points, activeParams: current.activeParams * size, totalParams: current.totalParams * size, open, releasedQuarter: 0 };
  state.models.push(other);
  return { state, current, other };
}

/** Revenue, serving cost and inference FLOP of every product the lab sells, by hand from the price previews. */
function byHand(state: GameState, model: Model) {
  const lab = { ...labOf(state), productModel: model.id };
  let revenue = 0;
  let cost = 0;
  let flop = 0;
  for (const segment of ['api', 'consumer'] as const) {
    if (!lab.products[segment]) continue;
    const quote = priceQuote(state, lab, segment, lab.prices[segment]!);
    revenue += quote.revenue;
    cost += quote.servingCost;
    flop += quote.servedFlop;
  }
  return { revenue, cost, flop };
}

describe('which own model a lab serves', () => {
  it('earns revenue less serving cost when the servers can carry every buyer, and that share of it when they cannot', () => {
    const { state, current } = withOwnModel(10, 20);
    const lab = labOf(state);
    const hand = byHand(state, current);
    expect(hand.revenue).toBeGreaterThan(0);
    expect(servingProfit(state, lab, current, Infinity)).toBeCloseTo(hand.revenue - hand.cost, 3);
    // Servers for a quarter of the buyers: a quarter of the sales and of their serving cost.
    expect(servingProfit(state, lab, current, hand.flop / 4)).toBeCloseTo((hand.revenue - hand.cost) / 4, 3);
  });

  it('keeps the smaller model on sale when a giant new one could be served to too few buyers', () => {
    const { state, current, other } = withOwnModel(10, 50);
    const lab = labOf(state);
    const capacity = byHand(state, current).flop;
    // With servers for the small model's buyers, the giant reaches about a fiftieth of its own: the small one earns more.
    expect(servingProfit(state, lab, other, capacity)).toBeLessThan(servingProfit(state, lab, current, capacity));
    expect(mostProfitableOwnModel(state, lab, capacity)?.id).toBe(current.id);
    // A model ten points better at twice the size, with servers enough for it: it wins more buyers and is served.
    const modest = withOwnModel(10, 2);
    expect(mostProfitableOwnModel(modest.state, labOf(modest.state), Infinity)?.id).toBe(modest.other.id);
  });

  it('does not go back to an own model that trails the best open model of another lab', () => {
    const { state, current, other } = withOwnModel(10, 50);
    const lab = labOf(state);
    lab.productModel = other.id;
    const capacity = byHand(state, current).flop;
    expect(mostProfitableOwnModel(state, lab, capacity)?.id).toBe(current.id);
    // An open model of another lab two points better than the small one: buyers would take it instead.
    state.models.push({ ...current, id: 'rival-open', lab: 'rival', capability: current.capability + 2, open: true });
    expect(mostProfitableOwnModel(state, lab, capacity)?.id).toBe(other.id);
  });

  it('holds a finished giant back with a note, and lets a servable one go on sale', () => {
    const giant = withOwnModel(10, 50);
    const lab = labOf(giant.state);
    const capacity = byHand(giant.state, giant.current).flop;
    lab.productModel = giant.other.id;
    const notes: ReportNote<NoteCode>[] = [];
    holdBackUnservable(giant.state, lab, giant.current.id, capacity, notes);
    expect(lab.productModel).toBe(giant.current.id);
    expect(notes).toEqual([{ code: 'modelHeldBack', params: { model: giant.other.id, kept: giant.current.id } }]);

    const same = withOwnModel(10, 1);
    const sameLab = labOf(same.state);
    sameLab.productModel = same.other.id;
    const none: ReportNote<NoteCode>[] = [];
    holdBackUnservable(same.state, sameLab, same.current.id, byHand(same.state, same.current).flop, none);
    expect(sameLab.productModel).toBe(same.other.id);
    expect(none).toEqual([]);
  });
});
