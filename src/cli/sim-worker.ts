// A simulator worker: plays the seeds it is sent and posts each outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import { botSeats, outcomeOf, playToEnd, startingStakes, type LabId, type Scenario, type StrategyId } from '../engine';

interface Job {
  scenario: Scenario;
  overrides: Record<LabId, StrategyId>;
}

const { scenario, overrides } = workerData as Job;
const stakes = startingStakes(scenario);
parentPort?.on('message', (message: { index: number; seed: string } | null) => {
  if (message === null) {
    parentPort?.close();
    return;
  }
  const state = playToEnd(scenario, message.seed, botSeats(scenario, overrides));
  parentPort?.postMessage({ index: message.index, outcome: outcomeOf(state, stakes) });
});
