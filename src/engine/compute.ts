// Compute: chips a lab may buy, and the FLOP its fleet delivers.
import { SECONDS_PER_QUARTER, HOURS_PER_QUARTER } from './calendar';
import type { Chip, ChipId, QuarterIndex, RegionId, Scenario } from './scenario-types';

export function findChip(scenario: Scenario, chipId: ChipId): Chip | undefined {
  return scenario.chips.find((chip) => chip.id === chipId);
}

/** Whether labs based in `region` may buy `chip` in quarter `quarter`. */
export function chipAvailable(chip: Chip, region: RegionId, quarter: QuarterIndex): boolean {
  return chip.availability.some(
    (w) => w.region === region && w.from <= quarter && (w.until === undefined || quarter < w.until),
  );
}

/** Chips a region's labs may buy this quarter, in catalogue order. */
export function buyableChips(scenario: Scenario, region: RegionId, quarter: QuarterIndex): Chip[] {
  return scenario.chips.filter((chip) => chipAvailable(chip, region, quarter));
}

/** FLOP delivered in one quarter by a fleet: units x peak x utilisation x seconds. */
export function deliveredFlop(scenario: Scenario, fleet: Record<ChipId, number>): number {
  let total = 0;
  for (const chip of scenario.chips) {
    const units = fleet[chip.id] ?? 0;
    total += units * chip.peakFlops * chip.utilisation * SECONDS_PER_QUARTER;
  }
  return total;
}

/** Electricity cost of running a fleet for one quarter (1.3 = data-centre overhead, PUE). */
export function powerCost(scenario: Scenario, fleet: Record<ChipId, number>, pricePerKwh: number): number {
  let kw = 0;
  for (const chip of scenario.chips) kw += (fleet[chip.id] ?? 0) * chip.powerKw;
  return kw * 1.3 * HOURS_PER_QUARTER * pricePerKwh;
}
