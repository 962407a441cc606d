// The scaling law: capability from a Chinchilla-style loss on effective parameters and tokens, the memory a model
// needs, and the utilisation that interconnect-cut chips lose on large dense runs.
import { pow } from './math';
import type { CombinedEffects } from './research';
import type { Chip, Scenario } from './scenario-types';

/**
 * L(N, D) = E + A/N^alpha + B/D^beta, the form of Hoffmann et al. 2022 with the refit of Besiroglu et al. 2024
 * (Epoch, "Chinchilla Scaling: A replication attempt"): Hoffmann's published approach-3 numbers (E 1.69, A 406.4,
 * B 410.7, alpha 0.34, beta 0.28) put the compute-optimal run at 50-190 tokens per parameter, against the paper's own
 * ~20; the refit of the same data agrees with its other two approaches (about 20 tokens per parameter).
 */
export const LOSS_FIT = { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 } as const;

const SUM = LOSS_FIT.alpha + LOSS_FIT.beta;
/** Exponent of the loss above E in compute along the compute-optimal line. */
const GAMMA = (LOSS_FIT.alpha * LOSS_FIT.beta) / SUM;
/** N_opt = SIZE * (C/6)^(beta/(alpha+beta)) on the compute-optimal line. */
const SIZE = pow((LOSS_FIT.alpha * LOSS_FIT.A) / (LOSS_FIT.beta * LOSS_FIT.B), 1 / SUM);
/** Loss above E of a compute-optimal run = SLOPE * (C/6)^-GAMMA. */
const SLOPE = (SUM / LOSS_FIT.beta) * LOSS_FIT.A * pow(SIZE, -LOSS_FIT.alpha);

/** Expert ratios beyond this add nothing: routing gains flatten with more experts (Clark et al. 2022). Game design. */
export const MAX_EXPERT_RATIO = 64;

/** Pre-training loss of a model with `params` effective parameters trained on `tokens` tokens. */
export function lossOf(params: number, tokens: number): number {
  return LOSS_FIT.E + LOSS_FIT.A / pow(params, LOSS_FIT.alpha) + LOSS_FIT.B / pow(tokens, LOSS_FIT.beta);
}

/** Training FLOP a compute-optimal dense run needs to reach `loss` (Infinity at or below E). */
export function computeForLoss(loss: number): number {
  const excess = loss - LOSS_FIT.E;
  return excess > 0 ? 6 * pow(excess / SLOPE, -1 / GAMMA) : Infinity;
}

/**
 * Dense-equivalent parameters of a mixture of experts: the geometric mean of active and total (the usual rule of
 * thumb: DeepSeek-V3's 37B of 671B acts like a ~158B dense model), experts beyond MAX_EXPERT_RATIO adding nothing.
 */
export function effectiveParams(totalParams: number, activeParams: number): number {
  const ratio = Math.min(MAX_EXPERT_RATIO, Math.max(1, totalParams / activeParams));
  return activeParams * Math.sqrt(ratio);
}

/**
 * Compute-equivalent of a run: the FLOP a compute-optimal dense run needs to reach the same loss. Equal to
 * 6 x params x tokens for a dense run at the optimum, less for an over- or under-trained one, more for experts.
 */
export function computeEquivalent(totalParams: number, activeParams: number, tokens: number): number {
  return computeForLoss(lossOf(effectiveParams(totalParams, activeParams), tokens));
}

/** What experts multiply a compute-optimal run's compute-equivalent by: the square root of the expert ratio. */
export function expertGain(expertRatio: number): number {
  return Math.sqrt(Math.min(MAX_EXPERT_RATIO, Math.max(1, expertRatio)));
}

/**
 * The compute-optimal run for `flop` of training with `expertRatio` total per active parameter, `overtrain` times
 * the optimal tokens per parameter (a smaller model trained longer: a little less capable, cheaper to serve).
 */
export function optimalRun(flop: number, expertRatio: number, overtrain = 1): { activeParams: number; totalParams: number; tokens: number } {
  const gain = expertGain(expertRatio);
  // With experts the run acts like a dense one with `gain` times the compute; size the effective parameters for that.
  const dense = (flop * gain) / 6;
  const params = (SIZE * pow(dense, LOSS_FIT.beta / SUM)) / Math.sqrt(overtrain);
  const activeParams = params / gain;
  return { activeParams, totalParams: activeParams * Math.min(MAX_EXPERT_RATIO, Math.max(1, expertRatio)), tokens: flop / (6 * activeParams) };
}

/** Bytes per parameter while training: weights and gradients at the lab's precision plus 12 for Adam's FP32 state (ZeRO, Rajbhandari et al. 2020). */
export function trainingBytesPerParam(effects: Pick<CombinedEffects, 'weightBytes'>): number {
  return 2 * effects.weightBytes + 12;
}

/** Memory of a fleet, bytes: units x memory per chip, the units listed in the scenario's chip order (compute.ts fleetUnits). */
export function memoryOfUnits(scenario: Scenario, units: readonly number[]): number {
  let bytes = 0;
  for (let i = 0; i < scenario.chips.length; i += 1) bytes += (units[i] ?? 0) * scenario.chips[i]!.memoryGb * 1e9;
  return bytes;
}

/** Active parameters at which a run counts as fully "large" for the interconnect penalty (smaller runs pay in proportion). Game design. */
export const LARGE_RUN_PARAMS = 1e11;

/**
 * Share of a chip's training utilisation a run loses to a cut interconnect: the chip's penalty, scaled by how large
 * (dense) the run is, less what the lab's communication techniques (FP8, overlap) recover.
 */
export function interconnectLoss(chip: Pick<Chip, 'denseScalingPenalty'>, activeParams: number, effects: Pick<CombinedEffects, 'communicationRecovery'>): number {
  const penalty = chip.denseScalingPenalty ?? 0;
  if (penalty <= 0) return 0;
  return penalty * Math.min(1, activeParams / LARGE_RUN_PARAMS) * (1 - effects.communicationRecovery);
}
