// The debrief's comparison: the same world, seed and rivals, with one lab handed to each strategy from the first quarter.
// Each trial is the simulator's game for that seed and seat (`npm run sim -- --seed S --seat lab=strategy`).
import { objectiveResults, standings } from './results';
import type { LabId, QuarterIndex, Scenario, StrategyId } from './scenario-types';
import { botSeats, playToEnd } from './simulate';
import type { ExitReason } from './state-types';
import { salesOf, type Sales } from './sales';

/** The five strategies of the design, in the order the debrief lists them. */
export const DESIGN_STRATEGIES: readonly StrategyId[] = ['frontier', 'efficient-open', 'cloud-platform', 'consumer-apps', 'vertical-apps'];

export interface StrategyTrial {
  strategy: StrategyId;
  survived: boolean;
  /** The quarter the lab left the game, if it did. */
  exitQuarter?: QuarterIndex;
  exitReason?: ExitReason;
  score: number;
  rank: number;
  labs: number;
  objectivesMet: number;
  objectives: number;
  /** What the lab sold over the game, and how often it resold another lab's open model. */
  sales: Sales;
}

/** Plays the world again from the first quarter with `lab` on `strategy` and every other lab on its scenario strategy, for the same number of quarters (`quarters`: a classroom cut). Pure. */
export function tryStrategy(scenario: Scenario, seed: string, lab: LabId, strategy: StrategyId, quarters?: number): StrategyTrial {
  const end = playToEnd(scenario, seed, botSeats(scenario, { [lab]: strategy }), quarters);
  const row = standings(end).find((r) => r.lab === lab);
  const played = end.labs.find((l) => l.id === lab);
  const objectives = objectiveResults(end, lab);
  return {
    strategy,
    survived: played?.alive ?? false,
    ...(played?.exitQuarter !== undefined ? { exitQuarter: played.exitQuarter } : {}),
    ...(played?.exitReason ? { exitReason: played.exitReason } : {}),
    score: row?.score ?? 0,
    rank: row?.rank ?? 0,
    labs: end.labs.length,
    objectivesMet: objectives.filter((o) => o.met).length,
    objectives: objectives.length,
    sales: salesOf(end, lab),
  };
}

/** tryStrategy for each strategy in turn: the same inputs give the same trials anywhere. */
export function tryEachStrategy(scenario: Scenario, seed: string, lab: LabId, strategies = DESIGN_STRATEGIES): StrategyTrial[] {
  return strategies.map((strategy) => tryStrategy(scenario, seed, lab, strategy));
}
