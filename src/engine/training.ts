// Training runs: compute needed (6 x active parameters x tokens), progress, risk, and the capability they buy.
import { bestModelOf, servedModel } from './lookups';
import { log10 } from './math';
import { computeEquivalent } from './scaling';
import type { WorldRules } from './scenario-types';
import type { GameState, Lab, Model, TrainingRun } from './state-types';

/** Training FLOP of a run: 6 x active parameters x tokens (Kaplan / Chinchilla). */
export function requiredFlop(activeParams: number, tokens: number): number {
  return 6 * activeParams * tokens;
}

/**
 * Capability from effective compute (the FLOP a compute-optimal dense run would need for the same loss, times
 * algorithmic and technique gains): concave, a fixed number of points per tenfold.
 */
export function capabilityOf(world: WorldRules, effectiveCompute: number): number {
  if (effectiveCompute <= world.baseCompute) return 0;
  return world.pointsPerDecade * log10(effectiveCompute / world.baseCompute);
}

/**
 * Chance in whole percent that a finished run fails: the base rate grows with scale
 * (one more point per tenfold above 1e24 FLOP) and falls with the researchers behind it.
 */
export function failurePercent(world: WorldRules, run: Pick<TrainingRun, 'requiredFlop'>, researchers: number): number {
  const scale = Math.max(0, log10(run.requiredFlop / 1e24));
  const base = world.trainingFailurePercent + scale;
  const cover = 1 + researchers / 50;
  return Math.max(1, Math.min(50, Math.round(base / cover)));
}

/** Reputation a lab gains when it publishes a model's weights. */
export const OPEN_RELEASE_REPUTATION = 10;

/** Underperformance: a draw in [0,1) costs up to this share of the run's effective compute. */
export const UNDERPERFORMANCE_SPREAD = 0.5;

/** Capability a run's shape buys before algorithmic and technique gains (a toy or badly shaped run buys little). */
export function capabilityOfRun(world: WorldRules, run: Pick<TrainingRun, 'totalParams' | 'activeParams' | 'tokens'>): number {
  return capabilityOf(world, computeEquivalent(run.totalParams, run.activeParams, run.tokens));
}

/** Points behind the best open model within which a lab's new model still makes it a model maker (scenario-set). */
export const DEFAULT_MODEL_MAKER_MARGIN = 10;

/** The scenario's model-maker margin, or the default. */
export function modelMakerMargin(world: WorldRules): number {
  return world.modelMakerMargin ?? DEFAULT_MODEL_MAKER_MARGIN;
}

/** Capability of the best open model released by `quarter` (0 without one): what any host anywhere can serve. */
export function bestOpenBy(models: readonly Model[], quarter: number): number {
  let best = 0;
  for (const m of models) if (m.open && m.releasedQuarter <= quarter && m.capability > best) best = m.capability;
  return best;
}

/**
 * A model maker: a lab still in the game that finished, in the last four quarters, a model within the scenario's
 * margin of the best open model of its day (the labs Kai-Fu Lee's prediction counts; a toy run does not count).
 * Starting models count as made just before the first quarter. Open models are offered in every region, so the
 * best open model in a lab's region is the best in the world.
 */
export function isModelMaker(state: Pick<GameState, 'models' | 'quarter'> & { scenario: { world: WorldRules } }, lab: Lab): boolean {
  if (!lab.alive) return false;
  const margin = modelMakerMargin(state.scenario.world);
  return state.models.some((m) => m.lab === lab.id && m.releasedQuarter >= state.quarter - 4
    && m.capability >= bestOpenBy(state.models, m.releasedQuarter) - margin);
}

/** Best capability among a lab's own models. */
export function bestOwnModel(models: readonly Model[], lab: Lab): Model | undefined {
  return bestModelOf(models, lab.id);
}

/** Quarters a run will take at a given training FLOP per quarter (Infinity without compute). */
export function quartersToFinish(run: Pick<TrainingRun, 'requiredFlop' | 'doneFlop'>, flopPerQuarter: number): number {
  if (flopPerQuarter <= 0) return Infinity;
  return Math.ceil((run.requiredFlop - run.doneFlop) / flopPerQuarter);
}

/** Capability of the world's best model this quarter: the outside frontier's trend, or a better model in the game. */
export function worldFrontier(state: { scenario: { world: WorldRules }; quarter: number; models: readonly Model[] }): number {
  const world = state.scenario.world;
  let best = world.frontierStart + world.frontierGainPerQuarter * state.quarter;
  for (const model of state.models) best = Math.max(best, model.capability);
  return best;
}

/** Capability of the model a lab serves (0 without one). */
export function capabilityOfLab(state: Pick<GameState, 'models'>, lab: Lab): number {
  return servedModel(state, lab)?.capability ?? 0;
}
