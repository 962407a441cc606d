// What a bot expects a pending event choice to be worth to its founders, in dollars: one rule for every lab and event.
import type { Effect, EventChoice } from './event-types';
import type { GameState, Lab } from './state-types';

/** Quarters of runway below which cash counts double: money that keeps a lab alive is worth more than its face. */
export const SHORT_RUNWAY_QUARTERS = 4;

/** A lab's cost per quarter, from its last report's spending (0 when unknown). */
function burnPerQuarter(state: GameState, lab: Lab): number {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  if (!report) return 0;
  return report.lineItems.reduce((spent, item) => spent + (item.amount < 0 ? -item.amount : 0), 0);
}

/** Dollars of cash now, weighted up to double when the lab has less than a year of runway. */
function cashWeight(state: GameState, lab: Lab): number {
  const burn = burnPerQuarter(state, lab);
  if (burn <= 0) return 1;
  const runway = Math.max(0, lab.cash) / burn;
  return 1 + Math.max(0, 1 - runway / SHORT_RUNWAY_QUARTERS);
}

/**
 * One effect's value to the founders: cash in or out (weighted by runway); equity sold at investors' estimate; researchers
 * lost at a share of the business value they carry; reputation at a share of a year's revenue per point.
 */
function effectValue(state: GameState, lab: Lab, effect: Effect, weight: number): number {
  switch (effect.kind) {
    case 'grant':
      return weight * effect.amount;
    case 'expense':
      return -weight * effect.amount;
    case 'investment':
      // Founders keep (1 - share) of the lab with the money in, against all of it without.
      return weight * effect.amount - effect.equityShare * (lab.estimate + effect.amount);
    case 'poach':
      return -effect.share * lab.businessValue;
    case 'reputation':
      return (effect.delta / 100) * 4 * (lab.revenueHistory.at(-1) ?? 0);
    default:
      return 0;
  }
}

export function choiceValue(state: GameState, lab: Lab, choice: EventChoice): number {
  const weight = cashWeight(state, lab);
  return choice.effects.reduce((sum, effect) => sum + effectValue(state, lab, effect, weight), 0);
}

/** The choice worth most to the lab; ties go to the earlier one (the scenario's default comes first). */
export function bestChoice(state: GameState, lab: Lab, choices: readonly EventChoice[]): EventChoice | undefined {
  let best: EventChoice | undefined;
  let bestValue = -Infinity;
  for (const choice of choices) {
    const value = choiceValue(state, lab, choice);
    if (value > bestValue) {
      best = choice;
      bestValue = value;
    }
  }
  return best;
}
