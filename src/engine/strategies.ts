// Bots: pure functions from what a lab may see to the same actions a player issues.
import { buyableChips } from './compute';
import { buyChips, type Action } from './actions';
import type { Chip, StrategyId } from './scenario-types';
import type { GameState, Lab } from './state-types';

export type Strategy = (state: GameState, lab: Lab) => Action[];

/** Keeps a runway of a year of salaries, puts a slice of the rest into the best chip it may buy. */
const steady: Strategy = (state, lab) => {
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  const salariesPerQuarter = lab.researchers * (region?.researcherCostPerYear ?? 0) / 4;
  const spare = lab.cash - 4 * salariesPerQuarter;
  const actions: Action[] = [];
  const chip = bestValueChip(buyableChips(state.scenario, lab.region, state.quarter));
  if (chip && spare > 0) {
    const units = Math.floor((spare * 0.2) / chip.price);
    if (units > 0) actions.push(buyChips(lab.id, chip.id, units));
  }
  return actions;
};

const idle: Strategy = () => [];

export const STRATEGIES: Record<StrategyId, Strategy> = { steady, idle };

/** The chip with the most delivered FLOP per dollar; ties go to the earlier catalogue entry. */
export function bestValueChip(chips: readonly Chip[]): Chip | undefined {
  let best: Chip | undefined;
  let bestValue = 0;
  for (const chip of chips) {
    const value = (chip.peakFlops * chip.utilisation) / chip.price;
    if (value > bestValue) {
      best = chip;
      bestValue = value;
    }
  }
  return best;
}
