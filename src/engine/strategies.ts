// Bots: pure functions from what a lab may see to the same actions a player issues.
import { buyChips, hire, research, setSplit, startRun, type Action } from './actions';
import { buyableChips, deliveredFlop, usableFleet } from './compute';
import { labEffects, techniqueCost } from './research';
import type { Chip, StrategyId } from './scenario-types';
import type { GameState, Lab } from './state-types';
import { hiringCap, payroll } from './talent';

export type Strategy = (state: GameState, lab: Lab) => Action[];

/**
 * Steady: keep a year of payroll in the bank and put a fifth of the rest into the best-value chip;
 * move compute to inference when customers were turned away; always research the cheapest technique
 * and keep a run going that finishes in about two quarters; grow the team slowly.
 * Questions from events are left to their default answer.
 */
const steady: Strategy = (state, lab) => {
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  if (!region) return [];
  const actions: Action[] = [];
  const reserve = 4 * payroll(region, lab);
  const spare = lab.cash - reserve;
  const chip = bestValueChip(buyableChips(state.scenario, lab.region, state.quarter));
  if (chip && spare > 0) {
    const units = Math.floor((spare * 0.2) / chip.price);
    if (units > 0) actions.push(buyChips(lab.id, chip.id, units));
  }

  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  const revenue = report?.lineItems.filter((i) => i.kind === 'revenue').reduce((a, i) => a + i.amount, 0) ?? 0;
  if (report && report.lostToCapacity > 0.1 * (revenue + report.lostToCapacity) && lab.split.training >= 20) {
    actions.push(setSplit(lab.id, { training: lab.split.training - 10, inference: lab.split.inference + 10, research: lab.split.research }));
  }

  if (!lab.research) {
    const next = state.scenario.techniques
      .filter((t) => !lab.techniques.includes(t.id))
      .sort((a, b) => techniqueCost(state, a) - techniqueCost(state, b) || (a.id < b.id ? -1 : 1))[0];
    if (next) actions.push(research(lab.id, next.id));
  }

  if (!lab.run) {
    const perQuarter = (deliveredFlop(state.scenario, usableFleet(lab), 'training') * lab.split.training) / 100;
    // Chinchilla-style D = 20 N for the active parameters: 6 N D = 120 N^2 = two quarters of compute.
    const active = Math.floor(Math.sqrt((2 * perQuarter) / 120) / 1e9) * 1e9;
    const total = labEffects(state, lab).mixtureOfExperts ? active * 8 : active;
    if (active >= 1e9) actions.push(startRun(lab.id, { name: `${lab.name} ${state.quarter + 1}`, totalParams: total, activeParams: active, tokens: 20 * active, open: false }));
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
