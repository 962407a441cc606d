// npm run balance [-- --seeds N] [--player-seeds M] [--quick] [--workers W] [--out file] [--scenarios a,b]: every shipped scenario (or those named) over
// many seeds, judged against ECONOMY.md's Magnitudes and Balance-for-the-player targets; writes test/bench/balance.md.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DESIGN_STRATEGIES, ENGINE_VERSION, type Sales, type Scenario, type StrategyId } from '../engine';
import { shippedScenarioIds } from '../scenario/shipped';
import type { Job, JobResult } from './balance/jobs';
import { magnitudeTargets, type Watched } from './balance/magnitudes';
import type { GameMeasures } from './balance/measure';
import { playerTargets, type PlayerTrials } from './balance/player';
import { POLICIES } from './balance/policies';
import { runOnWorkers } from './worker-pool';
import { balanceReport } from './balance/report';
import { scenarioOrExit } from './scenario-files';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} wants a whole number of at least 1.`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const seeds = option('--seeds', quick ? 100 : 1000);
  // ECONOMY.md measures every target over at least 1,000 seeds, the player's too: the seat swap and policies play 11 games
  // per seed, about a quarter of an hour on 2 cores. At 100 a "best in" share moves ±10 points between seed sets.
  const playerSeeds = Math.min(seeds, option('--player-seeds', quick ? 20 : seeds));
  const workers = option('--workers', Math.max(1, availableParallelism()));
  const outAt = process.argv.indexOf('--out');
  const out = outAt > 0 ? process.argv[outAt + 1]! : 'test/bench/balance.md';
  const onlyAt = process.argv.indexOf('--scenarios');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1]!.split(',') : undefined;
  const unknown = only?.filter((id) => !shippedScenarioIds().includes(id)) ?? [];
  if (unknown.length > 0) {
    console.error(`--scenarios: no shipped scenario ${unknown.join(', ')} (shipped: ${shippedScenarioIds().join(', ')}).`);
    process.exit(2);
  }
  const ids = only ?? shippedScenarioIds();
  const scenarios: Record<string, Scenario> = Object.fromEntries(ids.map((id) => [id, scenarioOrExit(id).scenario]));
  const seedList = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

  const jobs: Job[] = [];
  for (const id of ids) {
    const own = scenarios[id]!.labs.find((l) => l.id === scenarios[id]!.playerLab)!.strategy;
    for (const seed of seedList(seeds)) jobs.push({ kind: 'watch', scenario: id, seed });
    for (const seed of seedList(playerSeeds)) {
      for (const strategy of DESIGN_STRATEGIES) if (strategy !== own) jobs.push({ kind: 'seat', scenario: id, seed, strategy });
      for (const policy of POLICIES) jobs.push({ kind: 'policy', scenario: id, seed, policy: policy.id });
    }
  }
  const started = Date.now();
  let shown = -1;
  const results = await runOnWorkers<Job, JobResult>(new URL('./balance-worker.js', import.meta.url), { scenarios }, jobs, workers, (done) => {
    const tenth = Math.floor((done / jobs.length) * 10);
    if (tenth !== shown) {
      shown = tenth;
      console.error(`${done}/${jobs.length} games, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  });
  const seconds = (Date.now() - started) / 1000;

  const watched: Record<string, Watched> = {};
  const trials: PlayerTrials[] = [];
  for (const id of ids) {
    const own = scenarios[id]!.labs.find((l) => l.id === scenarios[id]!.playerLab)!.strategy;
    const mine = jobs.map((job, i) => ({ job, result: results[i]! })).filter((x) => x.job.scenario === id);
    const games = mine.flatMap(({ result }: { result: JobResult }) => (result.kind === 'watch' ? [result.measures] : [])) as GameMeasures[];
    watched[id] = { scenario: scenarios[id]!, games };
    const scores = (match: (job: Job) => boolean) => mine.filter((x) => match(x.job)).map((x) => (x.result.kind === 'score' ? x.result.score : 0));
    const seats = Object.fromEntries(DESIGN_STRATEGIES.map((s) => [s, s === own
      ? games.slice(0, playerSeeds).map((g) => g.player.score)
      : scores((job) => job.kind === 'seat' && job.strategy === s)])) as Record<StrategyId, number[]>;
    const salesFor = (s: StrategyId) => (s === own
      ? games.slice(0, playerSeeds).map((g) => g.player.sales)
      : mine.filter((x) => x.job.kind === 'seat' && x.job.strategy === s).flatMap((x) => (x.result.kind === 'score' && x.result.sales ? [x.result.sales] : [])));
    const sales = Object.fromEntries(DESIGN_STRATEGIES.map((s) => [s, salesFor(s)])) as Record<StrategyId, Sales[]>;
    const policies = Object.fromEntries(POLICIES.map((p) => [p.id, scores((job) => job.kind === 'policy' && job.policy === p.id)]));
    trials.push({ scenario: id, seats, sales, policies });
  }
  const rows = [...magnitudeTargets(watched), ...playerTargets(trials)];
  const report = balanceReport({ date: new Date().toISOString().slice(0, 10), engineVersion: ENGINE_VERSION, seeds, playerSeeds, workers, seconds, rows, trials });
  writeFileSync(out, `${report}\n`);
  console.log(report);
  console.error(`${jobs.length} games in ${seconds.toFixed(0)} s on ${workers} worker${workers === 1 ? '' : 's'}.`);
}

void main();
