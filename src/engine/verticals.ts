// Enterprise verticals: solutions built over quarters by engineers on a base model; sticky contracts;
// state buyers who prefer labs at home.
import { idRecord, ownValue } from './id-record';
import { outsideUtilityNow } from './market';
import { pow, softmaxWithOutside } from './math';
import type { Region, RegionId, Vertical } from './scenario-types';
import type { GameState, Lab } from './state-types';
import { capabilityOfLab } from './training';

/** Puts a quarter of engineering into each build; returns the ids of industries whose solution went on sale. */
export function advanceVerticalBuilds(state: GameState, lab: Lab): string[] {
  const building = Object.keys(lab.verticals).sort().filter((id) => !lab.verticals[id]!.live);
  const finished: string[] = [];
  for (const id of building) {
    const build = lab.verticals[id]!;
    const vertical = state.scenario.verticals.find((v) => v.id === id);
    if (!vertical) continue;
    build.progress += lab.engineers / building.length;
    if (build.progress >= vertical.engineerQuarters) {
      build.live = true;
      finished.push(vertical.id);
    }
  }
  return finished;
}

export interface VerticalOutcome {
  spend: number;
  shares: Record<string, number>;
}

/**
 * What buyers of industry solutions in `region` add to a seller based in `seller`'s region, before the state buyers'
 * tripling: the home bias for a lab at home, the region's contract bias (distrust, when negative) for one from abroad.
 */
export function contractBiasFor(region: Region, seller: RegionId): number {
  if (seller === region.id) return region.homeBias;
  return ownValue(region.contractBias ?? {}, seller) ?? 0;
}

/** This quarter's contract shares: a logit over qualified sellers, blended with last quarter's (stickiness). */
export function resolveVertical(state: GameState, region: Region, vertical: Vertical, noise: number): VerticalOutcome {
  const rules = state.scenario.enterprise;
  const sellers = state.labs.filter((lab) =>
    lab.alive && lab.verticals[vertical.id]?.live === true && region.openTo.includes(lab.region) && capabilityOfLab(state, lab) >= vertical.minCapability);
  const weight = vertical.stateBuyers ? 3 : 1;
  const utilities = sellers.map((lab) =>
    rules.capabilityWeight * capabilityOfLab(state, lab) + rules.reputationWeight * lab.reputation + weight * contractBiasFor(region, lab.region));
  const fresh = softmaxWithOutside(utilities, outsideUtilityNow(state, rules));
  const previous = state.verticalShares[region.id]?.[vertical.id] ?? {};
  const shares = idRecord<number>();
  sellers.forEach((lab, i) => {
    shares[lab.id] = vertical.stickiness * (previous[lab.id] ?? 0) + (1 - vertical.stickiness) * (fresh[i] ?? 0);
  });
  const spend = (ownValue(vertical.spend, region.id) ?? 0) * pow(1 + vertical.growthPerQuarter, state.quarter) * noise;
  ((state.verticalShares[region.id] ??= idRecord())[vertical.id] = idRecord(shares));
  return { spend, shares };
}
