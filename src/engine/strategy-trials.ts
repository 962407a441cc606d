// The debrief's comparison: the same world, seed and rivals, with one lab handed to each strategy from the first quarter.
import { objectiveResults, standings } from './results';
import type { LabId, QuarterIndex, Scenario, StrategyId } from './scenario-types';
import { playToEnd } from './simulate';
import type { ExitReason, Seat } from './state-types';

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
}

/** Every seat as a bot: bots keep their strategy, and a seat a person played goes to the one its scenario gives it. */
function botsEverywhere(scenario: Scenario, seats: Record<LabId, Seat>): Record<LabId, Seat> {
  const bots: Record<LabId, Seat> = {};
  for (const setup of scenario.labs) {
    const seat = seats[setup.id];
    bots[setup.id] = seat?.kind === 'bot' ? seat : { kind: 'bot', strategy: setup.strategy };
  }
  return bots;
}

/** Plays the world again from the first quarter with `lab` on `strategy` and every other seat a bot. Pure. */
export function tryStrategy(scenario: Scenario, seed: string, lab: LabId, seats: Record<LabId, Seat>, strategy: StrategyId): StrategyTrial {
  const end = playToEnd(scenario, seed, { ...botsEverywhere(scenario, seats), [lab]: { kind: 'bot', strategy } });
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
  };
}

/** tryStrategy for each strategy in turn: the same inputs give the same trials anywhere. */
export function tryEachStrategy(scenario: Scenario, seed: string, lab: LabId, seats: Record<LabId, Seat>, strategies = DESIGN_STRATEGIES): StrategyTrial[] {
  return strategies.map((strategy) => tryStrategy(scenario, seed, lab, seats, strategy));
}
