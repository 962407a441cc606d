// A balance worker: plays the jobs it is sent and posts each result back.
import type { Scenario } from '../../engine';
import { serveJobs } from '../worker-pool';
import { runJob, type Job } from './jobs';

serveJobs(({ scenarios }: { scenarios: Record<string, Scenario> }) => (job: Job) => runJob(scenarios, job));
