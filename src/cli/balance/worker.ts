// A balance worker: plays the jobs it is sent and posts each result back.
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../engine';
import { runJob, type Job } from './jobs';

const { scenarios } = workerData as { scenarios: Record<string, Scenario> };
parentPort?.on('message', (message: { index: number; job: Job } | null) => {
  if (message === null) {
    parentPort?.close();
    return;
  }
  parentPort?.postMessage({ index: message.index, result: runJob(scenarios, message.job) });
});
