// Many seeded all-bot games in the browser, on worker threads when the page has them (one game per task otherwise).
// Seeds are "1".."N", as `npm run sim -- <scenario> --seeds N` uses, so both show the same worlds.
import { botSeats, outcomeOf, playToEnd, startingStakes, type RunOutcome, type Scenario } from '../engine';

export interface WorldsRun {
  cancel(): void;
}

export const worldSeeds = (count: number): string[] => Array.from({ length: count }, (_, i) => String(i + 1));

/** Plays every seed; `onOutcome` may be called in any order, `onEnd` once all are in. */
export function playWorlds(scenario: Scenario, seeds: readonly string[], onOutcome: (index: number, outcome: RunOutcome) => void, onEnd: () => void): WorldsRun {
  let next = 0;
  let done = 0;
  let stopped = false;
  const finish = (index: number, outcome: RunOutcome) => {
    if (stopped) return;
    onOutcome(index, outcome);
    done += 1;
    if (done === seeds.length) onEnd();
  };
  if (typeof Worker === 'undefined') {
    const stakes = startingStakes(scenario);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (stopped || next >= seeds.length) return;
      const index = next;
      next += 1;
      finish(index, outcomeOf(playToEnd(scenario, seeds[index]!, botSeats(scenario)), stakes));
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return { cancel: () => { stopped = true; clearTimeout(timer); } };
  }
  const threads = Math.max(1, Math.min(seeds.length, Math.min(4, navigator.hardwareConcurrency || 2)));
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./worlds-worker.ts', import.meta.url), { type: 'module' }));
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
    worker.postMessage({ scenario });
    feed(worker);
  }
  return { cancel: () => { stopped = true; workers.forEach((w) => w.terminate()); } };
}
