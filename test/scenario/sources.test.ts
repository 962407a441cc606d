import { describe, expect, it } from 'vitest';
import { loadShippedScenario, shippedScenarioIds } from '../../src/scenario/shipped';

describe('source notes', () => {
  it('keeps every sourced number with a readable name for where it is', () => {
    const result = loadShippedScenario('tutorial');
    if (!result?.ok) throw new Error('tutorial does not load');
    const price = result.sources.find((s) => s.path === 'chips › Nvidia H100 › price');
    expect(price).toEqual({ path: 'chips › Nvidia H100 › price', key: 'chips[h100].price', value: 27_500, source: { organisation: 'techspot.com', date: '2023', note: 'Street price $25-30k, midpoint.' } });
    expect(result.sources.length).toBeGreaterThan(30);
  });

  it.each(shippedScenarioIds())('%s gives sources for its chips\u2019 speed and price', (id) => {
    const result = loadShippedScenario(id);
    if (!result?.ok) throw new Error('does not load');
    for (const chip of result.scenario.chips) {
      const named = result.sources.filter((s) => s.path.startsWith(`chips › ${chip.name} ›`)).map((s) => s.path.split(' › ').at(-1));
      expect(named, chip.name).toEqual(expect.arrayContaining(['peak flops', 'price']));
    }
  });
});
