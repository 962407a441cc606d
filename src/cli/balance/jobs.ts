// The games the balance report plays, one job each: a watched all-bot game, a seat swap, or a scripted policy.
import { playToEnd, botSeats, salesOf, standings, type Sales, type Scenario, type StrategyId } from '../../engine';
import { measureGame, type GameMeasures } from './measure';
import { playPolicy, POLICIES } from './policies';

export type Job =
  | { kind: 'watch'; scenario: string; seed: string }
  | { kind: 'seat'; scenario: string; seed: string; strategy: StrategyId }
  | { kind: 'policy'; scenario: string; seed: string; policy: string };

export type JobResult = { kind: 'watch'; measures: GameMeasures } | { kind: 'score'; score: number; sales?: Sales };

/** The player's final score, and what its lab sold, with the lab handed to `strategy` from the first quarter, every other lab on its own. */
export function seatOutcome(scenario: Scenario, seed: string, strategy: StrategyId): { score: number; sales: Sales } {
  const end = playToEnd(scenario, seed, botSeats(scenario, { [scenario.playerLab]: strategy }));
  return { score: standings(end).find((r) => r.lab === scenario.playerLab)?.score ?? 0, sales: salesOf(end, scenario.playerLab) };
}

export function runJob(scenarios: Record<string, Scenario>, job: Job): JobResult {
  const scenario = scenarios[job.scenario]!;
  switch (job.kind) {
    case 'watch':
      return { kind: 'watch', measures: measureGame(scenario, job.seed) };
    case 'seat':
      return { kind: 'score', ...seatOutcome(scenario, job.seed, job.strategy) };
    case 'policy': {
      const policy = POLICIES.find((p) => p.id === job.policy)!;
      const strategy = scenario.labs.find((l) => l.id === scenario.playerLab)!.strategy;
      return { kind: 'score', score: playPolicy(scenario, job.seed, scenario.playerLab, strategy, policy) };
    }
  }
}
