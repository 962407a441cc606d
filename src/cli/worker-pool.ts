// One way to play many games on other cores, for the simulator, the balance report and the lessons: the main process
// feeds each worker process one job at a time and gets the results back in job order, whatever order they finish in.
//
// Workers are child processes, not worker threads, so that the pool can choose each worker's V8 flags (workerFlags): on
// this project's 2-core machines two worker threads played 300 china-2025 games in 8.0-8.5 s, two single-threaded
// processes in 7.2 s, one worker 10.2 s (results.md). Threads share one process's flags, set only on node's command line.
// Messages use the structured clone (serialization 'advanced'), as worker threads did, so Infinity and undefined survive.
import { fork, type ChildProcess, type Serializable } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

type Message<S, J> = { setup: S } | { index: number; job: J } | { done: true };

/**
 * V8 flags for each worker. V8 runs garbage collection and compilation on helper threads beside the game: with a core
 * to spare they shorten a game (one worker: 9% less time for 15% more CPU), but when every core plays games they only
 * compete with the players for it, so a pool that fills the cores runs each worker single-threaded.
 */
export function workerFlags(workers: number, cores = availableParallelism()): string[] {
  return workers >= cores ? ['--single-threaded'] : [];
}

/** Plays `jobs` on up to `workers` processes running `workerUrl`, which calls `serveJobs`; `onDone` counts finished jobs. */
export async function runOnWorkers<J, R, S = unknown>(
  workerUrl: URL, setup: S, jobs: readonly J[], workers: number, onDone: (done: number) => void = () => {},
): Promise<R[]> {
  const results: R[] = new Array(jobs.length);
  const count = Math.min(workers, jobs.length);
  // The main process's own node flags reach the workers too, as they did worker threads (a debugger's port aside).
  const execArgv = [...process.execArgv.filter((flag) => !flag.startsWith('--inspect')), ...workerFlags(count)];
  const children: ChildProcess[] = [];
  let next = 0;
  let done = 0;
  let failed = false;
  try {
    await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
      const worker = fork(fileURLToPath(workerUrl), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
      children.push(worker);
      let current: number | undefined;
      const send = (message: Message<S, J>) => worker.send(message as Serializable);
      const feed = () => {
        if (next < jobs.length && !failed) {
          current = next;
          next += 1;
          send({ index: current, job: jobs[current]! });
        } else {
          current = undefined;
          send({ done: true });
        }
      };
      worker.on('message', ({ index, result }: { index: number; result: R }) => {
        results[index] = result;
        done += 1;
        onDone(done);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code, signal) => {
        if (code === 0 && current === undefined) resolve();
        else reject(new Error(`A worker (${workerUrl.pathname}) stopped${signal ? ` on ${signal}` : ` with code ${code}`}${current === undefined ? '' : ` during job ${current}`}.`));
      });
      send({ setup });
      feed();
    })));
  } catch (error) {
    // One worker failed: the others stop too, rather than play on for results nobody will read.
    failed = true;
    for (const child of children) child.kill();
    throw error;
  }
  if (done !== jobs.length) throw new Error(`The workers returned ${done} of ${jobs.length} results.`);
  return results;
}

/**
 * In a worker process: `start` receives what runOnWorkers was given as setup (the scenarios, the seats) and returns
 * how to play one job; each job the main process sends is answered with its result, and the process ends when told
 * there are no more, or quietly when the main process has gone.
 */
export function serveJobs<S, J, R>(start: (setup: S) => (job: J) => R): void {
  let play: ((job: J) => R) | undefined;
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: Message<S, J>) => {
    if ('done' in message) {
      process.disconnect();
      return;
    }
    if ('setup' in message) {
      play = start(message.setup);
      return;
    }
    const result = play!(message.job);
    // The main process may have gone while the job ran (stopped, or another worker failed): end without a trace.
    if (process.connected) process.send!({ index: message.index, result }, undefined, undefined, (error) => { if (error) process.exit(0); });
  });
}
