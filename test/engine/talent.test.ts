import { describe, expect, it } from 'vitest';
import { createGame, payroll } from '../../src/engine';
import { hiringCap, talentFactor } from '../../src/engine/talent';
import { tutorial } from './fixtures';

describe('the talent market', () => {
  const market = { ...tutorial, world: { ...tutorial.world, talentElasticity: 1 } };
  const us = tutorial.regions.find((r) => r.id === 'us')!;

  it('researchers\' pay rises as the region\'s labs employ more of them than at the start, never falls below it (hand computation)', () => {
    const state = createGame(market, { seed: 'talent' });
    const [lantern, meridian] = state.labs as [typeof state.labs[number], typeof state.labs[number]];
    const start = lantern.researchers + meridian.researchers;
    expect(talentFactor(state, 'us')).toBe(1);
    // Twice the starting pool employed: twice the pay, for researchers only.
    lantern.researchers += start;
    expect(talentFactor(state, 'us')).toBeCloseTo(2, 12);
    expect(payroll(state, meridian)).toBeCloseTo(meridian.researchers * us.researcherCostPerYear / 4 * 2 + meridian.engineers * us.engineerCostPerYear / 4, 6);
    // Fewer than at the start: the scenario's salary.
    lantern.researchers = 0;
    meridian.researchers = 1;
    expect(talentFactor(state, 'us')).toBe(1);
  });

  it('a scenario without the setting pays its salaries throughout', () => {
    const state = createGame({ ...tutorial, world: { ...tutorial.world, talentElasticity: 0 } }, { seed: 'talent' });
    state.labs[0]!.researchers *= 10;
    expect(talentFactor(state, 'us')).toBe(1);
  });

  it('a lab may hire five, one per four points of reputation and a tenth of its team each quarter', () => {
    const lab = createGame(tutorial, { seed: 'talent' }).labs[0]!;
    expect(hiringCap({ ...lab, reputation: 20, researchers: 30, engineers: 20 })).toBe(5 + 5 + 5);
  });
});
