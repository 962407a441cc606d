// A balance worker: plays the jobs it is sent and posts each result back.
import { workerData } from 'node:worker_threads';
import type { Scenario } from '../../engine';
import { serveJobs } from '../worker-pool';
import { runJob, type Job } from './jobs';

const { scenarios } = workerData as { scenarios: Record<string, Scenario> };
serveJobs((job: Job) => runJob(scenarios, job));
