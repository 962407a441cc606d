// npm run lessons [-- --seeds N] [--out file] [--json file] [--workers N]: the story points of GAME_DESIGN.md section 1
// as paired-world experiments over the shipped scenarios; writes test/bench/lessons.md (committed).
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ENGINE_VERSION, type Scenario } from '../engine';
import { lessonPlan, lessonWorlds, measureLessons } from '../engine/lesson-plan';
import type { WorldRecord, WorldSpec } from '../engine/lesson-worlds';
import { distinctWorlds, worldsFrom } from '../engine/lessons';
import { shippedScenarioIds } from '../scenario/shipped';
import { lessonsReport } from './lessons-report';
import { scenarioOrExit } from './scenario-files';
import { runOnWorkers } from './worker-pool';

interface Options {
  seeds: number;
  out: string;
  json?: string;
  workers: number;
}

function parse(argv: string[]): Options {
  const usage = 'Usage: npm run lessons -- [--seeds N] [--out file.md] [--json file] [--workers N]';
  const fail = (message: string): never => {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  };
  const options: Options = { seeds: 500, out: 'test/bench/lessons.md', workers: Math.max(1, availableParallelism()) };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? fail(`${arg} needs a value.`);
    if (arg === '--seeds') options.seeds = Number(value());
    else if (arg === '--out') options.out = value();
    else if (arg === '--json') options.json = value();
    else if (arg === '--workers') options.workers = Number(value());
    else fail(`Unknown option ${arg}.`);
  }
  if (!Number.isInteger(options.seeds) || options.seeds < 1 || options.seeds > 100_000) fail('--seeds wants a whole number from 1 to 100,000.');
  if (!Number.isInteger(options.workers) || options.workers < 1) fail('--workers wants a whole number of at least 1.');
  return options;
}

interface Job {
  key: string;
  spec: WorldSpec;
  seed: number;
}

/** Plays every job on `workers` threads, with a line of progress every tenth. */
function playJobs(jobs: readonly Job[], seeds: readonly string[], scenarios: Record<string, Scenario>, workers: number): Promise<WorldRecord[]> {
  const tenth = Math.max(1, Math.floor(jobs.length / 10));
  return runOnWorkers(new URL('./lessons-worker.js', import.meta.url), { scenarios }, jobs.map((job) => ({ spec: job.spec, seed: seeds[job.seed]! })), workers,
    (done) => { if (done % tenth === 0) process.stderr.write(`${done}/${jobs.length} games\n`); });
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const scenarios = Object.fromEntries(shippedScenarioIds().map((id) => [id, scenarioOrExit(id).scenario]));
  const plan = lessonPlan(scenarios);
  const seeds = Array.from({ length: options.seeds }, (_, i) => String(i + 1));
  const worlds = distinctWorlds(lessonWorlds(plan), scenarios);
  const jobs = worlds.flatMap(({ key, spec }) => seeds.map((_, seed) => ({ key, spec, seed })));
  const started = Date.now();
  const records = await playJobs(jobs, seeds, scenarios, options.workers);
  const played = new Map(worlds.map(({ key }) => [key, records.filter((_, i) => jobs[i]!.key === key)]));
  const lessons = measureLessons(worldsFrom(played, scenarios), plan, seeds.length);
  const seconds = (Date.now() - started) / 1000;
  const report = lessonsReport(lessons, {
    date: new Date().toISOString().slice(0, 10), engineVersion: ENGINE_VERSION, games: jobs.length, worlds: worlds.length,
    seconds, workers: Math.min(options.workers, jobs.length),
  });
  writeFileSync(options.out, report);
  if (options.json) writeFileSync(options.json, JSON.stringify(lessons, null, 2));
  console.log(report);
  console.error(`${jobs.length} games in ${seconds.toFixed(1)} s on ${Math.min(options.workers, jobs.length)} worker(s); wrote ${options.out}`);
}

void main();
