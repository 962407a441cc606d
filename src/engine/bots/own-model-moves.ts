// An application lab's own model: trained on rented compute while investors pay for it, given up when they stop.
import * as act from '../actions';
import type { Action } from '../actions';
import { runwayQuarters } from '../accounting';
import type { GameState, Lab } from '../state-types';
import { bestOpenModel } from '../market';
import { labMemory } from '../phase-training';
import { labEffects } from '../research';
import { bestOpenBy } from '../training';
import { firstOf, keepTraining, raiseWhenShort, rentForDemand, rentForFrontier } from './moves';

/**
 * Stops pre-training when the cash would not last `quarters` at last quarter's burn and no round is on the way or asked
 * for this quarter (`raising`): the lab cancels its run, serves the best open model it can hold if that beats its own,
 * gives its training compute to serving and hands back the rented share that trained (each rental cut to its inference
 * share). What the real tigers did once money moved on (01.AI in 2024, Baichuan in 2025). A training share of zero
 * marks a lab that has stopped, and its training habits then stand still.
 */
export function stopTrainingWhenShort(state: GameState, lab: Lab, quarters: number, raising = false): Action[] {
  if (lab.split.training === 0 || lab.pendingRound || raising) return [];
  if (runwayQuarters(lab.cash, state.reports.at(-1)?.labs.find((r) => r.lab === lab.id)) > quarters) return [];
  const room = labMemory(state, lab) / labEffects(state, lab).weightBytes;
  const open = bestOpenModel(state.models.filter((m) => m.open && m.lab !== lab.id && m.totalParams <= room));
  const served = state.models.find((m) => m.id === lab.productModel);
  const serving = lab.split.inference / (lab.split.inference + lab.split.training);
  return [
    ...(lab.run ? [act.cancelRun(lab.id)] : []),
    ...(open && open.id !== lab.productModel && open.capability > (served?.capability ?? 0) ? [act.useModel(lab.id, open.id)] : []),
    act.setSplit(lab.id, { training: 0, inference: lab.split.inference + lab.split.training, research: lab.split.research }),
    ...lab.rentals.map((r) => act.setRental(lab.id, r.chip, r.region, Math.floor(r.units * serving))),
  ];
}

/**
 * Share of its compute (owned and rented alike) an application lab gives its own run while it trains one: rented
 * compute is split as the lab's own is, so a lab renting for a run at a serving lab's 5-15% training share would rent
 * seven to twenty times the run's compute and serve with the rest. Half, a game-design choice: the tigers' training
 * bills were several times their serving bills (MiniMax's research and development 337% of its revenue, ECON_DATA §8).
 */
export const OWN_RUN_TRAINING_SHARE = 50;

/**
 * An application lab's own model, as the tigers trained theirs (Kimi, MiniMax-01, GLM-4, Step-2, Baichuan 4): it gives
 * half its compute to training before a run (a quarter with nothing else), then rents for last quarter's lost sales, else for
 * a run at the frontier over `quarters` sized to its spare cash (rentForFrontier), and keeps an open-weight run going, no larger than matching the best free weights needs (freeWeightsAt);
 * until the cash would last no more than `stopAt` quarters and it raises nothing (stopTrainingWhenShort). A raise is
 * weighed on the state before the run stops (a lab that stops is valued as an application lab), so the strategy
 * decides it first and passes `raising`.
 */
export function trainOwnModel(state: GameState, lab: Lab, quarters: number, stopAt: number, raising = false): Action[] {
  const stop = stopTrainingWhenShort(state, lab, stopAt, raising);
  if (stop.length > 0) return stop;
  // A lab that has stopped rents for its sales alone.
  if (lab.split.training === 0) return rentForDemand(state, lab);
  // Before each run: serveDemand moves training to serving when customers outrun its servers, and a new run takes it
  // back. Giving it back only before the first run, or not while paying demand went unserved, was tried
  // (balance-tried.md, engine 0.18.0): either changes which strategy wins where, and neither meets a target.
  // In the first quarter too: the strategy's opening split (splitAtStart) is applied with these actions, so a run and
  // rent sized to the scenario's split would train at the strategy's serving share instead.
  if ((lab.split.training < OWN_RUN_TRAINING_SHARE || state.quarter === 0) && !lab.run) {
    const inference = 100 - OWN_RUN_TRAINING_SHARE - lab.split.research;
    return [act.setSplit(lab.id, { training: OWN_RUN_TRAINING_SHARE, inference, research: lab.split.research })];
  }
  return [
    ...firstOf(() => rentForDemand(state, lab), () => rentForFrontier(state, lab, quarters)),
    ...keepTraining(state, lab, { quarters: 3, expertRatio: 8, open: true, upTo: freeWeightsAt(state, 3) }),
  ];
}

/**
 * While it trains a model of its own, an application lab raises as a model maker does: the whole round investors
 * allow once its cash would last fewer than `quarters` at last quarter's burn (the tigers raised $0.3-1B rounds to
 * train in 2024-25). A lab that has stopped training raises as its strategy says.
 */
export function raiseToTrain(state: GameState, lab: Lab, quarters: number): Action[] {
  return lab.split.training > 0 && lab.run ? raiseWhenShort(state, lab, quarters, 1) : [];
}

/** Quarters an application lab's own run rents over (trainOwnModel's `quarters` in the strategies). */
export const OWN_RUN_QUARTERS = 2;

/**
 * Where the best free weights will be in `quarters`: the most an application lab's own run is sized to reach (the tigers
 * trained to keep up with the open models they could otherwise serve, not to lead the world; a larger model would also
 * outgrow the servers its app runs on).
 */
export function freeWeightsAt(state: GameState, quarters: number): number {
  return bestOpenBy(state.models, state.quarter) + state.scenario.world.frontierGainPerQuarter * quarters;
}
