// Training runs as they were seen in progress at quarter ends, and what the largest of a year cost.
import { calendarOf, hostCostPerFlop, type GameState, type LabId, type Scenario } from '../../engine';
import type { Watcher } from './play';

export interface RunSeen {
  lab: LabId;
  name: string;
  requiredFlop: number;
  startedQuarter: number;
  /** The quarter it ended in (a model or a failure); null while still running at the end. */
  endedQuarter: number | null;
}

/**
 * A run's cost: its FLOP at the world's going rate for compute when it started (the engine's hostCostPerFlop: a host's
 * GPU-hour price over its effective FLOP/s, falling each quarter), so it does not depend on whose books paid for it.
 */
export function runCost(scenario: Scenario, requiredFlop: number, startedQuarter: number): number {
  return requiredFlop * hostCostPerFlop({ scenario, quarter: startedQuarter });
}

export interface RunLog extends Watcher {
  runs(): RunSeen[];
}

/**
 * Runs seen at each quarter end. A run started and finished inside one quarter is never seen in progress;
 * the bots size their runs to take two or three quarters, so that misses little.
 */
export function runLog(): RunLog {
  const seen = new Map<string, RunSeen>();
  return {
    quarter(state) {
      const quarter = state.quarter - 1;
      const running = new Set<string>();
      for (const lab of state.labs) {
        if (!lab.alive || !lab.run) continue;
        const key = `${lab.id}/${lab.run.name}/${lab.run.startedQuarter}`;
        running.add(key);
        if (!seen.has(key)) seen.set(key, { lab: lab.id, name: lab.run.name, requiredFlop: lab.run.requiredFlop, startedQuarter: lab.run.startedQuarter, endedQuarter: null });
      }
      for (const [key, run] of seen) if (run.endedQuarter === null && !running.has(key)) run.endedQuarter = quarter;
    },
    runs: () => [...seen.values()],
  };
}

/** The cost of the largest run that ended in calendar `year`; null when none did. */
export function largestRunOfYear(state: GameState, runs: readonly RunSeen[], year: number): number | null {
  const ended = runs.filter((r) => r.endedQuarter !== null && calendarOf(state.scenario.start, r.endedQuarter).year === year);
  if (ended.length === 0) return null;
  return Math.max(...ended.map((r) => runCost(state.scenario, r.requiredFlop, r.startedQuarter)));
}
