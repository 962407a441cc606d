// One way to play many games on worker threads, for the simulator, the balance report and the lessons: the main
// thread feeds each worker one job at a time and gets the results back in job order, whatever order they finish in.
import { parentPort, Worker } from 'node:worker_threads';

type Message<J> = { index: number; job: J } | null;

/** Plays `jobs` on up to `workers` threads running `workerUrl`, which calls `serveJobs`; `onDone` counts finished jobs. */
export async function runOnWorkers<J, R>(
  workerUrl: URL, workerData: unknown, jobs: readonly J[], workers: number, onDone: (done: number) => void = () => {},
): Promise<R[]> {
  const results: R[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData });
    const feed = () => {
      const message: Message<J> = next < jobs.length ? { index: next, job: jobs[next]! } : null;
      next += 1;
      worker.postMessage(message);
    };
    worker.on('message', ({ index, result }: { index: number; result: R }) => {
      results[index] = result;
      done += 1;
      onDone(done);
      feed();
    });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
    feed();
  })));
  return results;
}

/** In a worker: answers each job the main thread sends with `play(job)`, and closes when told there are no more. */
export function serveJobs<J, R>(play: (job: J) => R): void {
  parentPort?.on('message', (message: Message<J>) => {
    if (message === null) {
      parentPort?.close();
      return;
    }
    parentPort?.postMessage({ index: message.index, result: play(message.job) });
  });
}
