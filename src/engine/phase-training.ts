// Quarter phase: compute is split between uses; training runs advance and may finish as new models;
// research turns people and experiment compute into techniques.
import { servedModel } from './lookups';
import { fleetUnits, flopOfUnits, MAX_UTILISATION } from './compute';
import { bestOpenModel } from './market';
import { findTechnique, labEffects, researchPoints, techniqueCost } from './research';
import { draw } from './rng';
import { computeEquivalent, interconnectLoss, memoryOfUnits, trainingBytesPerParam } from './scaling';
import type { Chip } from './scenario-types';
import type { GameState, Lab, LabQuarterReport, Model, TrainingRun } from './state-types';
import { capabilityOf, failurePercent, OPEN_RELEASE_REPUTATION, UNDERPERFORMANCE_SPREAD } from './training';

export interface LabCompute {
  trainingFlop: number;
  inferenceFlop: number;
  researchFlop: number;
}

/**
 * FLOP each use gets this quarter: the fleet at each use's utilisation (plus technique bonuses) times its share.
 * Training on chips with cut interconnect loses part of its utilisation to the shape of `run` (the lab's own run unless
 * another is asked about); research runs are small and lose nothing.
 */
export function computeFor(state: GameState, lab: Lab, run: Pick<TrainingRun, 'activeParams'> | null = lab.run): LabCompute {
  const fleet = fleetUnits(state.scenario, lab);
  const effects = labEffects(state, lab);
  const domestic = (chip: Chip) => (chip.madeIn === lab.region ? effects.domesticUtilisation : 0);
  const bonus = (chip: Chip) => effects.trainingUtilisation + domestic(chip);
  const research = flopOfUnits(state.scenario, fleet, 'training', bonus);
  // The penalty multiplies the utilisation the chip would reach; expressed as a bonus so the cap applies once.
  const cut = (chip: Chip) => {
    const loss = run ? interconnectLoss(chip, run.activeParams, effects) : 0;
    return loss > 0 ? Math.min(MAX_UTILISATION, chip.trainingUtilisation + bonus(chip)) * (1 - loss) - chip.trainingUtilisation : bonus(chip);
  };
  const training = run && state.scenario.chips.some((c, i) => (c.denseScalingPenalty ?? 0) > 0 && fleet[i]! > 0)
    ? flopOfUnits(state.scenario, fleet, 'training', cut) : research;
  const inference = flopOfUnits(state.scenario, fleet, 'inference', domestic);
  return {
    trainingFlop: (training * lab.split.training) / 100,
    inferenceFlop: (inference * lab.split.inference) / 100,
    researchFlop: (research * lab.split.research) / 100,
  };
}

/** Bytes a run needs in the memory of the fleet that trains it (weights, gradients, optimiser state). */
export function trainingMemoryNeed(state: GameState, lab: Lab, run: Pick<TrainingRun, 'totalParams'>): number {
  return run.totalParams * trainingBytesPerParam(labEffects(state, lab));
}

/** Bytes of memory across every chip the lab can use: owned, grey-market and rented. */
export function labMemory(state: GameState, lab: Lab): number {
  return memoryOfUnits(state.scenario, fleetUnits(state.scenario, lab));
}

/** Whether a model's weights fit the memory of the lab's fleet, to serve it. */
export function fitsToServe(state: GameState, lab: Lab, model: Pick<Model, 'totalParams'>): boolean {
  return model.totalParams * labEffects(state, lab).weightBytes <= labMemory(state, lab);
}

/** Capability a run of this shape would give the lab if it finished now, before luck and distillation. */
export function expectedCapability(state: GameState, lab: Lab, run: Pick<TrainingRun, 'totalParams' | 'activeParams' | 'tokens'>): number {
  const effects = labEffects(state, lab);
  const equivalent = computeEquivalent(run.totalParams, run.activeParams, run.tokens) * state.algorithmicEfficiency * effects.trainingEfficiency;
  return capabilityOf(state.scenario.world, equivalent) + effects.capabilityBonus;
}

/** Share of a run's effective compute lost to bad luck, from its draw in [0,1): most runs lose little, a few up to UNDERPERFORMANCE_SPREAD. */
export function shortfallOf(luck: number): number {
  return UNDERPERFORMANCE_SPREAD * luck * luck;
}

/** A finished run's report calls it underperformed above this shortfall. */
export const UNDERPERFORMED_SHORTFALL = 0.2;

/**
 * Effective compute of a run finishing now with this shortfall, at the world's algorithmic efficiency of its last
 * quarter: the loss of the run's shape, as the compute a compute-optimal dense run would need, times the world's and
 * the lab's gains. Distillation: a student learns from a better open model (what followers do with last year's frontier).
 */
export function finishedRunCompute(
  state: GameState, lab: Lab, run: Pick<TrainingRun, 'totalParams' | 'activeParams' | 'tokens'>, algorithmicEfficiency: number, shortfall: number,
): number {
  const effects = labEffects(state, lab);
  let effectiveCompute = computeEquivalent(run.totalParams, run.activeParams, run.tokens)
    * algorithmicEfficiency * effects.trainingEfficiency * (1 - shortfall);
  const teacher = bestOpenModel(state.models);
  if (effects.distillation && teacher && capabilityOf(state.scenario.world, effectiveCompute) < teacher.capability) effectiveCompute *= 2;
  return effectiveCompute;
}

/** Advances the lab's run by its training compute; a finished run becomes a model unless it fails. */
export function advanceTraining(state: GameState, lab: Lab, compute: LabCompute, report: LabQuarterReport): void {
  const run = lab.run;
  if (!run) return;
  // Chips sold or rentals cut since it started: a run whose state no longer fits waits for memory.
  const need = trainingMemoryNeed(state, lab, run);
  const have = labMemory(state, lab);
  if (need > have) {
    report.notes.push({ code: 'runStalled', params: { run: run.name, needGb: need / 1e9, haveGb: have / 1e9 } });
    return;
  }
  run.doneFlop = Math.min(run.requiredFlop, run.doneFlop + compute.trainingFlop);
  if (run.doneFlop < run.requiredFlop) return;
  lab.run = null;
  const world = state.scenario.world;
  const failChance = failurePercent(world, run, lab.researchers);
  if (Math.floor(draw(state.rng, 'training') * 100) < failChance) {
    report.notes.push({ code: 'runFailed', params: { run: run.name, chance: failChance } });
    return;
  }
  const effects = labEffects(state, lab);
  const shortfall = shortfallOf(draw(state.rng, 'training'));
  const effectiveCompute = finishedRunCompute(state, lab, run, state.algorithmicEfficiency, shortfall);
  const model: Model = {
    id: `${lab.id}-${state.models.filter((m) => m.lab === lab.id).length + 1}`,
    lab: lab.id,
    name: run.name,
    totalParams: run.totalParams,
    activeParams: run.activeParams,
    effectiveCompute,
    capability: capabilityOf(world, effectiveCompute) + effects.capabilityBonus,
    open: run.open,
    releasedQuarter: state.quarter,
  };
  state.models.push(model);
  const current = servedModel(state, lab);
  if (!current || model.capability > current.capability) lab.productModel = model.id;
  if (model.open) lab.reputation = Math.min(100, lab.reputation + OPEN_RELEASE_REPUTATION);
  report.notes.push({ code: shortfall > UNDERPERFORMED_SHORTFALL ? 'runUnderperformed' : 'runFinished', params: { run: run.name, model: model.id, capability: model.capability } });
}

/** Puts the quarter's research points into the lab's chosen technique; learns it when paid for. */
export function advanceResearch(state: GameState, lab: Lab, compute: LabCompute, report: LabQuarterReport): void {
  const current = lab.research;
  if (!current) return;
  const technique = findTechnique(state, current.technique);
  if (!technique) return;
  current.points += researchPoints(state.scenario.world, lab.researchers, compute.researchFlop);
  if (current.points < techniqueCost(state, technique)) return;
  lab.techniques.push(technique.id);
  lab.research = null;
  report.notes.push({ code: 'techniqueLearned', params: { technique: technique.id } });
}
