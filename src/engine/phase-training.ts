// Quarter phase: compute is split between uses; training runs advance and may finish as new models;
// research turns people and experiment compute into techniques.
import { deliveredFlop, usableFleet } from './compute';
import { bestOpenModel } from './market';
import { findTechnique, labEffects, researchPoints, techniqueCost } from './research';
import { draw } from './rng';
import type { Chip } from './scenario-types';
import type { GameState, Lab, LabQuarterReport, Model } from './state-types';
import { capabilityOf, failurePercent, mixtureOfExpertsGain, OPEN_RELEASE_REPUTATION, UNDERPERFORMANCE_SPREAD } from './training';

export interface LabCompute {
  trainingFlop: number;
  inferenceFlop: number;
  researchFlop: number;
}

/** FLOP each use gets this quarter: the fleet at each use's utilisation (plus technique bonuses) times its share. */
export function computeFor(state: GameState, lab: Lab): LabCompute {
  const fleet = usableFleet(lab);
  const effects = labEffects(state, lab);
  const domestic = (chip: Chip) => (chip.madeIn === lab.region ? effects.domesticUtilisation : 0);
  const training = deliveredFlop(state.scenario, fleet, 'training', (chip) => effects.trainingUtilisation + domestic(chip));
  const inference = deliveredFlop(state.scenario, fleet, 'inference', domestic);
  return {
    trainingFlop: (training * lab.split.training) / 100,
    inferenceFlop: (inference * lab.split.inference) / 100,
    researchFlop: (training * lab.split.research) / 100,
  };
}

/** Advances the lab's run by its training compute; a finished run becomes a model unless it fails. */
export function advanceTraining(state: GameState, lab: Lab, compute: LabCompute, report: LabQuarterReport): void {
  const run = lab.run;
  if (!run) return;
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
  const luck = draw(state.rng, 'training');
  const shortfall = UNDERPERFORMANCE_SPREAD * luck * luck;
  let effectiveCompute = run.requiredFlop * mixtureOfExpertsGain(run.totalParams, run.activeParams)
    * state.algorithmicEfficiency * effects.trainingEfficiency * (1 - shortfall);
  const teacher = bestOpenModel(state.models);
  // Distillation: a student learns from a better open model (what followers do with last year's frontier).
  if (effects.distillation && teacher && capabilityOf(world, effectiveCompute) < teacher.capability) effectiveCompute *= 2;
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
  const current = state.models.find((m) => m.id === lab.productModel);
  if (!current || model.capability > current.capability) lab.productModel = model.id;
  if (model.open) lab.reputation = Math.min(100, lab.reputation + OPEN_RELEASE_REPUTATION);
  report.notes.push({ code: shortfall > 0.2 ? 'runUnderperformed' : 'runFinished', params: { run: run.name, model: model.id, capability: model.capability } });
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
