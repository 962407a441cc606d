// A lessons worker: plays the worlds it is sent, one seed at a time, and posts each world's record back.
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../engine';
import { observeWorld, type WorldSpec } from '../engine/lesson-worlds';

const { scenarios } = workerData as { scenarios: Record<string, Scenario> };
parentPort?.on('message', (message: { index: number; spec: WorldSpec; seed: string } | null) => {
  if (message === null) {
    parentPort?.close();
    return;
  }
  parentPort?.postMessage({ index: message.index, record: observeWorld(message.spec, scenarios[message.spec.scenario]!, message.seed) });
});
