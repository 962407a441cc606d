// A simulator worker: plays the seeds it is sent and posts each outcome back (and, for the author report, what happened).
import { parentPort, workerData } from 'node:worker_threads';
import { botSeats, outcomeOf, playToEnd, startingStakes, type LabId, type Scenario, type StrategyId } from '../engine';
import { gameFacts } from './author-report';

interface Job {
  scenario: Scenario;
  overrides: Record<LabId, StrategyId>;
  /** Also send the facts the author report counts. */
  authors?: boolean;
}

const { scenario, overrides, authors } = workerData as Job;
const stakes = startingStakes(scenario);
const seats = botSeats(scenario, overrides);
parentPort?.on('message', (message: { index: number; seed: string } | null) => {
  if (message === null) {
    parentPort?.close();
    return;
  }
  const state = playToEnd(scenario, message.seed, seats);
  parentPort?.postMessage({ index: message.index, outcome: outcomeOf(state, stakes), ...(authors ? { facts: gameFacts(state) } : {}) });
});
