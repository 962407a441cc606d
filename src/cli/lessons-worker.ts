// A lessons worker: plays the worlds it is sent, one seed at a time, and posts each world's record back.
import type { Scenario } from '../engine';
import { observeWorld, type WorldSpec } from '../engine/lesson-worlds';
import { serveJobs } from './worker-pool';

serveJobs(({ scenarios }: { scenarios: Record<string, Scenario> }) =>
  ({ spec, seed }: { spec: WorldSpec; seed: string }) => observeWorld(spec, scenarios[spec.scenario]!, seed));
