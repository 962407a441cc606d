// Markets: buyers in each region choose among the labs allowed to sell there, or buy nothing.
import { ln, pow, softmaxWithOutside } from './math';
import type { QuarterIndex, Region, RegionId, Scenario } from './scenario-types';
import type { Lab } from './state-types';

/** Spending on model access in a region in a given quarter, before noise. */
export function marketSize(region: Region, quarter: QuarterIndex): number {
  return region.marketPerQuarter * pow(1 + region.marketGrowthPerQuarter, quarter);
}

/** A buyer's utility for a lab's offer: capability raises it, price lowers it (logit choice). */
export function offerUtility(scenario: Scenario, lab: Lab): number {
  const { capabilityWeight, priceWeight } = scenario.market;
  return capabilityWeight * lab.capability - priceWeight * ln(lab.pricePerMillionTokens);
}

/** Each lab's share of a region's spending, by lab id; labs that may not sell there get none. */
export function regionShares(scenario: Scenario, labs: readonly Lab[], region: RegionId): Record<string, number> {
  const sellers = labs.filter((lab) => lab.alive && lab.salesRegions.includes(region));
  const shares = softmaxWithOutside(
    sellers.map((lab) => offerUtility(scenario, lab)),
    scenario.market.outsideUtility,
  );
  const byLab: Record<string, number> = {};
  sellers.forEach((lab, i) => {
    byLab[lab.id] = shares[i] ?? 0;
  });
  return byLab;
}
