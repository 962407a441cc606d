// Plays jobs on worker threads (as the simulator does); results come back in job order whatever order they finish in.
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../engine';
import type { Job, JobResult } from './jobs';

export async function runJobs(scenarios: Record<string, Scenario>, jobs: readonly Job[], workers: number, onProgress: (done: number) => void): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./balance-worker.js', import.meta.url), { workerData: { scenarios } });
    const feed = () => {
      if (next >= jobs.length) {
        worker.postMessage(null);
        return;
      }
      worker.postMessage({ index: next, job: jobs[next] });
      next += 1;
    };
    worker.on('message', ({ index, result }: { index: number; result: JobResult }) => {
      results[index] = result;
      done += 1;
      onProgress(done);
      feed();
    });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
    feed();
  })));
  return results;
}
