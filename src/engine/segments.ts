// Buyer segments are scenario data: their ids in play order, and which of them buy per token or per seat.
// Nothing in the engine names a segment: code asks how a segment buys, never which one it is.
import { ownValue } from './id-record';
import type { ProductId, Region, Scenario, SegmentBuys, SegmentId, SegmentMarket, SegmentRules } from './scenario-types';

/** Product ids a segment may not take: the cloud product and the reports' lines for hosted rentals and rented GPU-hours. */
export const NOT_SEGMENT_IDS: readonly string[] = ['cloud', 'rentals', 'gpuHours'];

const ORDER = new WeakMap<Scenario['segments'], SegmentId[]>();

/**
 * The scenario's segments in the order markets resolve (and random draws are made): by id, so the order never
 * depends on how a file or a merge of files happened to list them.
 */
export function segmentIds(scenario: Pick<Scenario, 'segments'>): readonly SegmentId[] {
  const known = ORDER.get(scenario.segments);
  if (known) return known;
  const ids = Object.keys(scenario.segments).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  ORDER.set(scenario.segments, ids);
  return ids;
}

/** A segment's rules, or undefined for an id the scenario does not define. */
export function segmentRules(scenario: Pick<Scenario, 'segments'>, segment: SegmentId): SegmentRules | undefined {
  return ownValue(scenario.segments, segment);
}

/** The segments that buy in a given way, in play order. */
export function segmentsBuying(scenario: Pick<Scenario, 'segments'>, buys: SegmentBuys): SegmentId[] {
  return segmentIds(scenario).filter((id) => segmentRules(scenario, id)?.buys === buys);
}

/** Whether buyers in a segment buy per token (open models on offer beside the labs'). */
export function buysTokens(scenario: Pick<Scenario, 'segments'>, segment: SegmentId): boolean {
  return segmentRules(scenario, segment)?.buys === 'tokens';
}

/** The first segment buying per token, where the reports' and lessons' "API price" and "API share" are read. */
export function firstTokenSegment(scenario: Pick<Scenario, 'segments'>): SegmentId | undefined {
  return segmentsBuying(scenario, 'tokens')[0];
}

/** Everything a lab can sell, in order: the scenario's segments, then cloud hosting. */
export function productIds(scenario: Pick<Scenario, 'segments'>): ProductId[] {
  return [...segmentIds(scenario), 'cloud'];
}

/** A segment's rules, for ids the engine already checked (the scenario's own, or an action's after validation). */
export function rulesOf(scenario: Pick<Scenario, 'segments'>, segment: SegmentId): SegmentRules {
  const rules = segmentRules(scenario, segment);
  if (!rules) throw new Error(`The scenario has no segment "${segment}".`);
  return rules;
}

/** A region's buyers in a segment, or undefined where the scenario gives the segment no buyers there. */
export function marketIn(region: Pick<Region, 'markets'>, segment: SegmentId): SegmentMarket | undefined {
  return ownValue(region.markets, segment);
}

/** A region's buyers' spending a quarter at the start, over every segment, dollars. */
export function buyersSpend(scenario: Pick<Scenario, 'segments'>, region: Pick<Region, 'markets'>): number {
  let spend = 0;
  for (const segment of segmentIds(scenario)) spend += marketIn(region, segment)?.spendPerQuarter ?? 0;
  return spend;
}
