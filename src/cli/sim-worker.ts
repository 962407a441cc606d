// A simulator worker: plays the seeds it is sent and posts each outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import { simulateSeed, startingStakes, type LabId, type Scenario, type StrategyId } from '../engine';

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
  parentPort?.postMessage({ index: message.index, outcome: simulateSeed(scenario, message.seed, overrides, stakes) });
});
