// Headless games: one seeded all-bot game to its end, and the summary of many. Pure, so workers agree.
import { ownValue } from './id-record';
import { computeMeasures } from './compute-measures';
import { createGame } from './create-game';
import { stateHash } from './hash';
import { endQuarter } from './quarter';
import { standings } from './results';
import type { LabId, RegionId, Scenario, StrategyId } from './scenario-types';
import type { GameState, Seat } from './state-types';
import { capabilityOfLab, isModelMaker } from './training';

/** Bumped whenever a change to the engine can change a game's outcome (saves and result files record it). */
export const ENGINE_VERSION = '0.18.0';

export interface LabOutcome {
  id: LabId;
  region: RegionId;
  strategy: StrategyId;
  survived: boolean;
  /** Survived and finished a training run of its own in the last four quarters (Kai-Fu Lee's count). */
  modelMaker: boolean;
  score: number;
  /** Final score over the founders' stake at the start (equity x estimate): how much value the strategy created. */
  multiple: number;
  /** The last round's post-money. */
  valuation: number;
  /** Investors' estimate at the end. */
  estimate: number;
  capability: number;
  cash: number;
  /** Training FLOP its fleet delivered over the game. */
  trainingFlop: number;
  /** Premium paid over list for grey-market chips over the game, dollars. */
  greyPremiumPaid: number;
}

export interface RunOutcome {
  seed: string;
  finalHash: string;
  quarters: number;
  /** Bot actions the engine refused over the game: zero unless a strategy has a bug. */
  botRejections: number;
  labs: LabOutcome[];
  /** By calendar year, the cost of the largest training run that ended that year at the cheapest cloud price, dollars. */
  largestRunCost: Record<string, number>;
}

/** Every lab on its scenario strategy, with `overrides` (lab id -> strategy) on top. */
export function botSeats(scenario: Scenario, overrides: Record<LabId, StrategyId> = {}): Record<LabId, Seat> {
  return Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: ownValue(overrides, lab.id) ?? lab.strategy }]));
}

/** A game played to its end by its seats; `quarters` is a classroom cut (left out: the whole scenario). */
export function playToEnd(scenario: Scenario, seed: string, seats: Record<LabId, Seat>, quarters?: number): GameState {
  let state = createGame(scenario, { seed, seats, quarters });
  while (!state.over) state = endQuarter(state);
  return state;
}

/** Founders' stake in each lab at the start of a game. */
export function startingStakes(scenario: Scenario): Record<LabId, number> {
  const start = createGame(scenario, { seed: 'start' });
  return Object.fromEntries(start.labs.map((lab) => [lab.id, lab.equity * lab.estimate]));
}

export function outcomeOf(state: GameState, stakes: Record<LabId, number> = startingStakes(state.scenario)): RunOutcome {
  const table = standings(state);
  const measures = computeMeasures(state);
  return {
    seed: state.seed,
    finalHash: stateHash(state),
    quarters: state.quarter,
    botRejections: state.reports.reduce((sum, r) => sum + r.botRejections, 0),
    labs: state.labs.map((lab) => {
      const seat = state.seats[lab.id];
      return {
        id: lab.id,
        region: lab.region,
        strategy: seat?.kind === 'bot' ? seat.strategy : 'idle',
        survived: lab.alive,
        modelMaker: isModelMaker(state, lab),
        score: table.find((row) => row.lab === lab.id)?.score ?? 0,
        multiple: (stakes[lab.id] ?? 0) > 0 ? (table.find((row) => row.lab === lab.id)?.score ?? 0) / stakes[lab.id]! : 0,
        valuation: lab.valuation,
        estimate: lab.estimate,
        capability: capabilityOfLab(state, lab),
        cash: lab.cash,
        trainingFlop: measures.labs[lab.id]?.trainingFlop ?? 0,
        greyPremiumPaid: measures.labs[lab.id]?.greyPremiumPaid ?? 0,
      };
    }),
    largestRunCost: measures.largestRunCost,
  };
}

/** One all-bot game to its end, as an outcome; pass `stakes` (startingStakes) when playing many seeds of one scenario. */
export function simulateSeed(scenario: Scenario, seed: string, overrides: Record<LabId, StrategyId> = {}, stakes = startingStakes(scenario)): RunOutcome {
  return outcomeOf(playToEnd(scenario, seed, botSeats(scenario, overrides)), stakes);
}

export interface StrategySummary {
  strategy: StrategyId;
  labs: number;
  /**
   * Share of runs in which a lab on this strategy grew its founders' stake the most (the highest multiple).
   * Raw scores would crown whichever lab started biggest; multiples compare strategies fairly.
   */
  bestShare: number;
  survivalShare: number;
  medianValue: number;
  /** Spread of final value: the 10th and 90th percentiles. */
  p10Value: number;
  p90Value: number;
}

export interface RegionSummary {
  region: RegionId;
  labsAtStart: number;
  /** How many runs ended with each number of surviving labs. */
  survivors: Record<number, number>;
  medianSurvivors: number;
  medianModelMakers: number;
}

export interface Summary {
  runs: number;
  strategies: StrategySummary[];
  regions: RegionSummary[];
  /** Seeds worth replaying: the run where the top lab did best and worst. */
  extremes: { highest: string; lowest: string };
  /** Bot actions the engine refused over all runs: zero unless a strategy has a bug. */
  botRejections: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const byNumber = (a: number, b: number) => a - b;

export function summarise(runs: readonly RunOutcome[]): Summary {
  const strategies = [...new Set(runs.flatMap((r) => r.labs.map((l) => l.strategy)))].sort();
  const regions = [...new Set(runs.flatMap((r) => r.labs.map((l) => l.region)))].sort();
  const winners = runs.map((r) => [...r.labs].sort((a, b) => b.multiple - a.multiple || (a.id < b.id ? -1 : 1))[0]);
  const top = runs.map((r, i) => ({ seed: r.seed, score: winners[i]?.score ?? 0 })).sort((a, b) => a.score - b.score || (a.seed < b.seed ? -1 : 1));
  return {
    runs: runs.length,
    strategies: strategies.map((strategy) => {
      const labs = runs.flatMap((r) => r.labs.filter((l) => l.strategy === strategy));
      const values = labs.map((l) => l.score).sort(byNumber);
      return {
        strategy,
        labs: labs.length,
        bestShare: runs.length === 0 ? 0 : winners.filter((w) => w?.strategy === strategy).length / runs.length,
        survivalShare: labs.length === 0 ? 0 : labs.filter((l) => l.survived).length / labs.length,
        medianValue: quantile(values, 0.5),
        p10Value: quantile(values, 0.1),
        p90Value: quantile(values, 0.9),
      };
    }),
    regions: regions.map((region) => {
      const alive = runs.map((r) => r.labs.filter((l) => l.region === region && l.survived).length);
      const makers = runs.map((r) => r.labs.filter((l) => l.region === region && l.modelMaker).length);
      const survivors: Record<number, number> = {};
      for (const n of alive) survivors[n] = (survivors[n] ?? 0) + 1;
      return {
        region,
        labsAtStart: runs[0]?.labs.filter((l) => l.region === region).length ?? 0,
        survivors,
        medianSurvivors: quantile([...alive].sort(byNumber), 0.5),
        medianModelMakers: quantile([...makers].sort(byNumber), 0.5),
      };
    }),
    extremes: { highest: top.at(-1)?.seed ?? '', lowest: top[0]?.seed ?? '' },
    botRejections: runs.reduce((sum, r) => sum + r.botRejections, 0),
  };
}
