import { describe, expect, it } from 'vitest';
import { endQuarter, openWeights, priceQuote, servingQuote, setPrice, startRun, trainingQuote, type GameState } from '../../src/engine';
import { resolveMarket } from '../../src/engine/market';
import { accepted, labOf, newGame } from './fixtures';

/** A dense run of 20 tokens a parameter sized to take about `quarters` of the lab's training compute. */
function runFor(state: GameState, quarters: number) {
  const perQuarter = trainingQuote(state, labOf(state), { totalParams: 1e9, activeParams: 1e9, tokens: 1e12 }).flopPerQuarter;
  const params = Math.sqrt((perQuarter * (quarters - 0.5)) / 120);
  return { name: 'Preview', totalParams: params, activeParams: params, tokens: 20 * params, open: false };
}

describe('training previews', () => {
  it('orders the capabilities the luck draw allows, best to worst', () => {
    const state = newGame();
    const quote = trainingQuote(state, labOf(state), runFor(state, 2));
    expect(quote.quarters).toBe(2);
    expect(quote.best).toBeGreaterThan(quote.likelyHigh);
    expect(quote.likelyHigh).toBeGreaterThan(quote.median);
    expect(quote.median).toBeGreaterThan(quote.likelyLow);
    expect(quote.likelyLow).toBeGreaterThan(quote.worst);
    // A draw above sqrt(0.4) of the spread is reported as underperformed: about 37% of finished runs.
    expect(quote.underperformPercent).toBe(37);
    expect(quote.failPercent).toBeGreaterThanOrEqual(1);
  });

  it('a run finishes in the quarters its preview says, with a capability inside the previewed range', () => {
    let finished = 0;
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      let state = newGame(`preview-${seed}`);
      const run = runFor(state, 2);
      const quote = trainingQuote(state, labOf(state), run);
      state = accepted(state, startRun('lantern', run));
      let quarters = 0;
      while (labOf(state).run) {
        state = endQuarter(state);
        quarters += 1;
      }
      expect(quarters).toBe(quote.quarters);
      const model = state.models.find((m) => m.lab === 'lantern' && m.name === 'Preview');
      if (!model) continue; // the run failed, which its preview gave a chance for
      finished += 1;
      expect(model.capability).toBeLessThanOrEqual(quote.best + 1e-9);
      expect(model.capability).toBeGreaterThanOrEqual(quote.worst - 1e-9);
    }
    expect(finished).toBeGreaterThan(0);
  });

  it('counts training\'s share of the compute bill over the run', () => {
    const state = newGame();
    const lab = labOf(state);
    const quote = trainingQuote(state, lab, runFor(state, 3));
    expect(quote.computeBill).toBeGreaterThan(0);
    expect(quote.trainingCost).toBeCloseTo((quote.computeBill * lab.split.training * 3) / 100, 6);
  });
});

describe('price previews', () => {
  it('a price\'s preview is what the market function gives the lab at that price, rivals held as they are', () => {
    const state = newGame();
    const lab = labOf(state);
    const price = lab.prices.api! * 0.6;
    const quote = priceQuote(state, lab, 'api', price);
    const changed = accepted(state, setPrice('lantern', 'api', price));
    let revenue = 0;
    for (const region of changed.scenario.regions) {
      if (region.openTo.includes(lab.region)) revenue += resolveMarket(changed, region, 'api', 1).revenue['lantern'] ?? 0;
    }
    expect(quote.revenue).toBeGreaterThan(0);
    expect(quote.revenue).toBeCloseTo(revenue, 6);
    // A lower price wins more buyers.
    expect(quote.buyers).toBeGreaterThan(priceQuote(state, lab, 'api', lab.prices.api!).buyers);
  });
});

describe('serving previews', () => {
  it('a model costs per million tokens in proportion to its active parameters; an open one shows what hosts charge', () => {
    let state = newGame();
    const lab = labOf(state);
    const own = state.models.find((m) => m.lab === 'lantern')!;
    const quote = servingQuote(state, lab, own);
    expect(quote.activeParams).toBe(own.activeParams);
    expect(quote.perMillion).toBeGreaterThan(0);
    expect(quote.hostPrice).toBeNull();
    const half = servingQuote(state, lab, { ...own, activeParams: own.activeParams / 2 });
    expect(half.perMillion).toBeCloseTo(quote.perMillion / 2, 12);
    state = accepted(state, openWeights('lantern', own.id));
    const opened = servingQuote(state, labOf(state), state.models.find((m) => m.id === own.id)!);
    expect(opened.hostPrice).toBeGreaterThan(opened.perMillion);
  });
});
