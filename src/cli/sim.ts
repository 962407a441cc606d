// npm run sim -- <scenario> [--seeds N | --seed S [--trace]] [--authors] [--seat <labId>=<strategy>]... [--json <file>] [--csv <file>] [--workers N]
// Plays seeded all-bot games on every core; results do not depend on the number of workers or their order.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ENGINE_VERSION, hashString, STRATEGY_IDS, summarise, type LabId, type RunOutcome, type Scenario, type StrategyId, type Summary } from '../engine';
import { scenarioOrExit } from './scenario-files';
import { runOnWorkers } from './worker-pool';
import { traceText } from './sim-trace';
import { authorReport, type GameFacts } from './author-report';

interface Options {
  scenario: string;
  seeds: string[];
  overrides: Record<LabId, StrategyId>;
  json?: string;
  csv?: string;
  workers: number;
  trace: boolean;
  authors: boolean;
}

function parse(argv: string[]): Options {
  const usage = [
    'Usage: npm run sim -- <scenario.json | id> [--seeds N | --seed S [--trace]] [--authors] [--seat lab=strategy]... [--json file] [--csv file] [--workers N]',
    '  --authors   also report, over the games, which events fired and when, which choices the bots took, and what each lab bought, rented and trained',
  ].join('\n');
  const fail = (message: string): never => {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  };
  const options: Options = { scenario: '', seeds: [], overrides: {}, workers: Math.max(1, availableParallelism()), trace: false, authors: false };
  let count = 100;
  let single: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? fail(`${arg} needs a value.`);
    if (arg === '--seeds') count = Number(value());
    else if (arg === '--seed') single = value();
    else if (arg === '--json') options.json = value();
    else if (arg === '--csv') options.csv = value();
    else if (arg === '--trace') options.trace = true;
    else if (arg === '--authors') options.authors = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    }
    else if (arg === '--workers') options.workers = Number(value());
    else if (arg === '--seat') {
      const [lab, strategy] = value().split('=');
      if (!lab || !STRATEGY_IDS.includes(strategy as StrategyId)) fail(`--seat wants lab=strategy with a strategy from: ${STRATEGY_IDS.join(', ')}.`);
      options.overrides[lab!] = strategy as StrategyId;
    } else if (arg.startsWith('--')) fail(`Unknown option ${arg}.`);
    else options.scenario = arg;
  }
  if (!options.scenario) fail('Name a scenario file or shipped id.');
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) fail('--seeds wants a whole number from 1 to 1,000,000.');
  if (!Number.isInteger(options.workers) || options.workers < 1) fail('--workers wants a whole number of at least 1.');
  if (options.trace && single === undefined) fail('--trace follows one game: give it --seed S.');
  options.seeds = single !== undefined ? [single] : Array.from({ length: count }, (_, i) => String(i + 1));
  return options;
}

/** Plays every seed on `workers` threads; outcomes come back in seed order whatever order they finish in. */
export async function runSeeds(
  scenario: Scenario, seeds: readonly string[], overrides: Record<LabId, StrategyId>, workers: number, onProgress: (done: number) => void, facts?: GameFacts[],
): Promise<RunOutcome[]> {
  const played = await runOnWorkers<string, { outcome: RunOutcome; facts?: GameFacts }>(
    new URL('./sim-worker.js', import.meta.url), { scenario, overrides, authors: facts !== undefined }, seeds, workers, onProgress);
  if (facts) played.forEach((game, index) => { if (game.facts) facts[index] = game.facts; });
  return played.map((game) => game.outcome);
}

function progressPrinter(total: number): (done: number) => void {
  const tty = process.stderr.isTTY;
  let lastLine = -1;
  return (done) => {
    if (tty) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      if (done === total) process.stderr.write('\n');
    } else {
      const tenth = Math.floor((done / total) * 10);
      if (tenth !== lastLine) {
        lastLine = tenth;
        process.stderr.write(`${done}/${total} games\n`);
      }
    }
  };
}

const money = (x: number) => (Math.abs(x) >= 1e9 ? `$${(x / 1e9).toFixed(1)}B` : `$${(x / 1e6).toFixed(0)}M`);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

export function summaryText(summary: Summary): string {
  const lines = [`${summary.runs} games (best = grew its founders' stake the most)`, '', 'strategy         labs  best  survived  median value  10%..90%'];
  for (const s of summary.strategies) {
    lines.push(`${s.strategy.padEnd(16)} ${String(s.labs).padStart(5)} ${pct(s.bestShare).padStart(5)} ${pct(s.survivalShare).padStart(9)} ${money(s.medianValue).padStart(13)}  ${money(s.p10Value)}..${money(s.p90Value)}`);
  }
  lines.push('', 'region  labs  median survivors  median model makers  survivors: runs');
  for (const r of summary.regions) {
    const spread = Object.entries(r.survivors).sort((a, b) => Number(a[0]) - Number(b[0])).map(([n, runs]) => `${n}:${runs}`).join(' ');
    lines.push(`${r.region.padEnd(7)} ${String(r.labsAtStart).padStart(4)} ${String(r.medianSurvivors).padStart(17)} ${String(r.medianModelMakers).padStart(20)}  ${spread}`);
  }
  lines.push('', `replay: best run seed ${summary.extremes.highest}, worst run seed ${summary.extremes.lowest}`);
  lines.push(`bot actions the engine refused: ${summary.botRejections}${summary.botRejections > 0 ? ' (a strategy issued an illegal action: a bug)' : ''}`);
  return lines.join('\n');
}

function csvOf(runs: readonly RunOutcome[]): string {
  const header = 'seed,lab,region,strategy,survived,modelMaker,score,multiple,valuation,estimate,capability,cash';
  const rows = runs.flatMap((run) => run.labs.map((l) =>
    [run.seed, l.id, l.region, l.strategy, l.survived, l.modelMaker, l.score.toFixed(0), l.multiple.toFixed(3), l.valuation.toFixed(0), l.estimate.toFixed(0), l.capability.toFixed(2), l.cash.toFixed(0)].join(',')));
  return `${[header, ...rows].join('\n')}\n`;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const { scenario, text } = scenarioOrExit(options.scenario);
  if (options.trace) {
    console.log(traceText(scenario, options.seeds[0]!, options.overrides));
    return;
  }
  const started = Date.now();
  const facts: GameFacts[] | undefined = options.authors ? new Array(options.seeds.length) : undefined;
  const runs = await runSeeds(scenario, options.seeds, options.overrides, options.workers, progressPrinter(options.seeds.length), facts);
  const summary = summarise(runs);
  console.log(summaryText(summary));
  if (facts) console.log(`\n${authorReport(scenario, facts, options.overrides)}`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s on ${Math.min(options.workers, options.seeds.length)} worker(s))`);
  if (options.json) {
    writeFileSync(options.json, JSON.stringify({ scenario: scenario.id, scenarioHash: hashString(text), engineVersion: ENGINE_VERSION, runs, summary, ...(facts ? { games: facts } : {}) }, null, 2));
  }
  if (options.csv) writeFileSync(options.csv, csvOf(runs));
}

// Run only when started as the sim command, not when balance imports runSeeds.
if (process.argv[1]?.endsWith('sim.js')) void main();
