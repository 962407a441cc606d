// Bots: pure functions from what a lab may see to the same actions a player issues.
import { buyChips, hire, startRun, type Action } from './actions';
import { buyableChips, deliveredFlop, usableFleet } from './compute';
import type { Chip, StrategyId } from './scenario-types';
import type { GameState, Lab } from './state-types';
import { hiringCap, payroll } from './talent';

export type Strategy = (state: GameState, lab: Lab) => Action[];

/**
 * Steady: keep a year of payroll in the bank; put a fifth of the rest into the best-value chip;
 * always have a training run going, sized to finish in about two quarters; grow the team slowly.
 */
const steady: Strategy = (state, lab) => {
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  if (!region) return [];
  const reserve = 4 * payroll(region, lab);
  const spare = lab.cash - reserve;
  const actions: Action[] = [];
  const chip = bestValueChip(buyableChips(state.scenario, lab.region, state.quarter));
  if (chip && spare > 0) {
    const units = Math.floor((spare * 0.2) / chip.price);
    if (units > 0) actions.push(buyChips(lab.id, chip.id, units));
  }
  if (!lab.run) {
    const perQuarter = (deliveredFlop(state.scenario, usableFleet(lab), 'training') * lab.split.training) / 100;
    // Chinchilla-style: D = 20 N, so 6 N D = 120 N^2 = two quarters of compute.
    const params = Math.floor(Math.sqrt((2 * perQuarter) / 120) / 1e9) * 1e9;
    if (params >= 1e9) actions.push(startRun(lab.id, { name: `${lab.name} ${state.quarter + 1}`, totalParams: params, activeParams: params, tokens: 20 * params, open: false }));
  }
  if (spare > 8 * payroll(region, lab)) actions.push(hire(lab.id, 'researchers', Math.min(hiringCap(lab), 5)));
  return actions;
};

const idle: Strategy = () => [];

export const STRATEGIES: Record<StrategyId, Strategy> = { steady, idle };

/** The chip with the most training FLOP per dollar; ties go to the earlier catalogue entry. */
export function bestValueChip(chips: readonly Chip[]): Chip | undefined {
  let best: Chip | undefined;
  let bestValue = 0;
  for (const chip of chips) {
    const value = (chip.peakFlops * chip.trainingUtilisation) / chip.price;
    if (value > bestValue) {
      best = chip;
      bestValue = value;
    }
  }
  return best;
}
