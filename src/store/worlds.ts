// Many seeded all-bot games in the browser, on worker threads when the page has them (one game per task otherwise).
// Seeds are "1".."N", as `npm run sim -- <scenario> --seeds N` uses, so both show the same worlds.
import { simulateSeed, startingStakes, type RunOutcome, type Scenario } from '../engine';

export interface WorldsRun {
  cancel(): void;
}

export const worldSeeds = (count: number): string[] => Array.from({ length: count }, (_, i) => String(i + 1));

/** Plays every seed; `onOutcome` may be called in any order, then `onEnd` once all are in, or `onFail` once if a game cannot be played. */
export function playWorlds(scenario: Scenario, seeds: readonly string[], onOutcome: (index: number, outcome: RunOutcome) => void, onEnd: () => void, onFail: (message: string) => void): WorldsRun {
  let next = 0;
  let done = 0;
  let stopped = false;
  const finish = (index: number, outcome: RunOutcome) => {
    if (stopped) return;
    onOutcome(index, outcome);
    done += 1;
    if (done === seeds.length) onEnd();
  };
  if (seeds.length === 0) {
    setTimeout(onEnd, 0);
    return { cancel: () => { stopped = true; } };
  }
  let workers: Worker[] = [];
  try {
    if (typeof Worker !== 'undefined') {
      const threads = Math.max(1, Math.min(seeds.length, Math.min(4, navigator.hardwareConcurrency || 2)));
      for (let i = 0; i < threads; i += 1) workers.push(new Worker(new URL('./worlds-worker.ts', import.meta.url), { type: 'module' }));
    }
  } catch {
    // No workers here (a page rule, a file:// page): play on the page's own thread instead.
    workers.forEach((w) => w.terminate());
    workers = [];
  }
  if (workers.length === 0) {
    const stakes = startingStakes(scenario);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (stopped || next >= seeds.length) return;
      const index = next;
      next += 1;
      try {
        finish(index, simulateSeed(scenario, seeds[index]!, {}, stakes));
      } catch (error) {
        stopped = true;
        onFail(error instanceof Error ? error.message : String(error));
        return;
      }
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return { cancel: () => { stopped = true; clearTimeout(timer); } };
  }
  const fail = (message: string) => {
    if (stopped) return;
    stopped = true;
    workers.forEach((w) => w.terminate());
    onFail(message);
  };
  const feed = (worker: Worker) => {
    if (next >= seeds.length) return;
    worker.postMessage({ index: next, seed: seeds[next] });
    next += 1;
  };
  for (const worker of workers) {
    worker.onmessage = (event: MessageEvent<{ index: number; outcome: RunOutcome }>) => {
      finish(event.data.index, event.data.outcome);
      if (done === seeds.length) workers.forEach((w) => w.terminate());
      else feed(worker);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'worker error');
    };
    worker.onmessageerror = () => fail('worker message error');
    worker.postMessage({ scenario });
    feed(worker);
  }
  return { cancel: () => { stopped = true; workers.forEach((w) => w.terminate()); } };
}
