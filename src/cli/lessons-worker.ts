// A lessons worker: plays the worlds it is sent, one seed at a time, and posts each world's record back.
import { workerData } from 'node:worker_threads';
import type { Scenario } from '../engine';
import { observeWorld, type WorldSpec } from '../engine/lesson-worlds';
import { serveJobs } from './worker-pool';

const { scenarios } = workerData as { scenarios: Record<string, Scenario> };
serveJobs(({ spec, seed }: { spec: WorldSpec; seed: string }) => observeWorld(spec, scenarios[spec.scenario]!, seed));
