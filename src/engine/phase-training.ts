// Quarter phase: compute is split between uses; training runs advance and may finish as new models.
import { deliveredFlop, usableFleet } from './compute';
import { draw } from './rng';
import type { GameState, Lab, LabQuarterReport, Model } from './state-types';
import { capabilityOf, failurePercent, mixtureOfExpertsGain, OPEN_RELEASE_REPUTATION, UNDERPERFORMANCE_SPREAD } from './training';

export interface LabCompute {
  trainingFlop: number;
  inferenceFlop: number;
}

export function computeFor(state: GameState, lab: Lab): LabCompute {
  const fleet = usableFleet(lab);
  return {
    trainingFlop: (deliveredFlop(state.scenario, fleet, 'training') * lab.split.training) / 100,
    inferenceFlop: (deliveredFlop(state.scenario, fleet, 'inference') * lab.split.inference) / 100,
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
  const luck = draw(state.rng, 'training');
  const shortfall = UNDERPERFORMANCE_SPREAD * luck * luck;
  const effectiveCompute = run.requiredFlop * mixtureOfExpertsGain(run.totalParams, run.activeParams) * state.algorithmicEfficiency * (1 - shortfall);
  const model: Model = {
    id: `${lab.id}-${state.models.filter((m) => m.lab === lab.id).length + 1}`,
    lab: lab.id,
    name: run.name,
    totalParams: run.totalParams,
    activeParams: run.activeParams,
    effectiveCompute,
    capability: capabilityOf(world, effectiveCompute),
    open: run.open,
    releasedQuarter: state.quarter,
  };
  state.models.push(model);
  const current = state.models.find((m) => m.id === lab.productModel);
  if (!current || model.capability > current.capability) lab.productModel = model.id;
  if (model.open) lab.reputation = Math.min(100, lab.reputation + OPEN_RELEASE_REPUTATION);
  report.notes.push({ code: shortfall > 0.2 ? 'runUnderperformed' : 'runFinished', params: { run: run.name, capability: Math.round(model.capability * 10) / 10 } });
}
