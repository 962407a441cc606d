import { describe, expect, it } from 'vitest';
import { PREMIUM_REVENUE_MULTIPLE, valuationOf, valuationParts } from '../../src/engine';
import { yearRevenueOf } from '../../src/engine/funding';
import { labOf, newGame } from './fixtures';

// The tutorial's lantern starts ranked 9th (valuation-rank.test.ts): a premium of $150B / 2^8 = $585.9M before appetite.
const RANKED = 150e9 / 256;

describe('investors pay the capability premium only with revenue behind it', () => {
  it('caps the premium at 17 times the revenue of the last four quarters', () => {
    const state = newGame();
    const lantern = labOf(state);
    // Five quarters kept: the oldest drops out, so the year is 1 + 2 + 3 + 4 = $10M, and the cap 17 × $10M = $170M.
    lantern.revenueHistory = [9e6, 1e6, 2e6, 3e6, 4e6];
    const parts = valuationParts(state, lantern, 1);
    expect(PREMIUM_REVENUE_MULTIPLE).toBe(17);
    expect(parts.yearRevenue).toBe(10e6);
    expect(parts.rankedValue).toBeCloseTo(RANKED, 0);
    expect(parts.premiumCap).toBe(170e6);
    expect(parts.capabilityValue).toBe(170e6);
    // The estimate counts the capped premium: net assets plus appetite × (revenue value + $170M).
    expect(valuationOf(state, lantern)).toBeCloseTo(parts.netAssets + parts.appetite * (parts.revenueValue + 170e6), 0);
  });

  it('annualises a shorter history: two quarters of $5M and $7M are a year of $24M, capped at 17 × $24M = $408M', () => {
    const state = newGame();
    const lantern = labOf(state);
    lantern.revenueHistory = [5e6, 7e6];
    expect(yearRevenueOf(lantern)).toBe(24e6);
    expect(valuationParts(state, lantern, 1).capabilityValue).toBe(408e6);
  });

  it('pays the whole ranked premium when revenue covers it, and before the first report', () => {
    const state = newGame();
    const lantern = labOf(state);
    // $50M a quarter is $200M a year: 17 × $200M = $3.4B, above the $585.9M the rank earns.
    lantern.revenueHistory = [50e6];
    const covered = valuationParts(state, lantern, 1);
    expect(covered.premiumCap).toBeNull();
    expect(covered.capabilityValue).toBeCloseTo(RANKED, 0);
    lantern.revenueHistory = [];
    const fresh = valuationParts(state, lantern, 1);
    expect(fresh.yearRevenue).toBeNull();
    expect(fresh.premiumCap).toBeNull();
    expect(fresh.capabilityValue).toBeCloseTo(RANKED, 0);
  });

  it('caps a lab that sold nothing for a year at no premium at all', () => {
    const state = newGame();
    const lantern = labOf(state);
    lantern.revenueHistory = [0, 0, 0, 0];
    expect(valuationParts(state, lantern, 1).capabilityValue).toBe(0);
  });
});
