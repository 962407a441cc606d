// npm run balance [-- --seeds N]: every shipped scenario over many seeds, judged against the calibration
// targets of GAME_DESIGN.md section 10; writes test/bench/balance.md (committed).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { summarise, type RunOutcome, type Summary } from '../engine';
import { shippedScenarioIds } from '../scenario/shipped';
import { runSeeds, summaryText } from './sim';
import { scenarioOrExit } from './scenario-files';

interface Target {
  name: string;
  measured: string;
  met: boolean;
}

const NOTES = 'test/bench/balance-notes.md';
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function targetsFor(id: string, runs: RunOutcome[], summary: Summary): Target[] {
  const targets: Target[] = [];
  const top = [...summary.strategies].sort((a, b) => b.bestShare - a.bestShare)[0];
  if (top) targets.push({ name: 'no strategy has the highest score in more than 60% of seeds', measured: `${top.strategy} best in ${pct(top.bestShare)}`, met: top.bestShare <= 0.6 });
  targets.push({ name: 'bots issue only legal actions: none refused by the engine', measured: `${summary.botRejections} refused`, met: summary.botRejections === 0 });
  if (id === 'china-2025') {
    const cnAtStart = runs[0]?.labs.filter((l) => l.region === 'cn').length ?? 0;
    const makers = median(runs.map((r) => r.labs.filter((l) => l.region === 'cn' && l.modelMaker).length));
    targets.push({ name: 'at least 7 cn model makers at the start', measured: String(cnAtStart), met: cnAtStart >= 7 });
    targets.push({ name: 'median cn labs still training their own models at the end is 3 (±1)', measured: String(makers), met: makers >= 2 && makers <= 4 });
    const cnFrontier = runs.flatMap((r) => r.labs.filter((l) => l.region === 'cn' && l.strategy === 'frontier'));
    if (cnFrontier.length > 0) {
      const insolvent = cnFrontier.filter((l) => !l.survived).length / cnFrontier.length;
      targets.push({ name: 'frontier strategy without foreign chips (cn) insolvent in more than half the seeds', measured: pct(insolvent), met: insolvent > 0.5 });
    } else targets.push({ name: 'frontier strategy without foreign chips (cn) insolvent in more than half the seeds', measured: 'no cn lab plays frontier', met: false });
    const open = runs.flatMap((r) => r.labs.filter((l) => l.region === 'cn' && l.strategy === 'efficient-open'));
    const survived = open.length > 0 ? open.filter((l) => l.survived).length / open.length : 0;
    targets.push({ name: 'efficient-open (cn) survives in more than 70% of seeds', measured: open.length > 0 ? pct(survived) : 'no cn lab plays efficient-open', met: survived > 0.7 });
  }
  if (id === 'us-2025') {
    const frontierTop = runs.filter((r) => {
      const best = [...r.labs].sort((a, b) => b.capability - a.capability)[0];
      return best?.strategy === 'frontier';
    }).length / Math.max(1, runs.length);
    targets.push({ name: 'the frontier strategy reaches the top capability in most seeds', measured: pct(frontierTop), met: frontierTop > 0.5 });
    const spread = summary.strategies.map((s) => ({ strategy: s.strategy, spread: s.p90Value - s.p10Value })).sort((a, b) => b.spread - a.spread)[0];
    targets.push({ name: 'frontier has the widest spread of final value', measured: `widest: ${spread?.strategy ?? 'none'}`, met: spread?.strategy === 'frontier' });
  }
  return targets;
}

async function main(): Promise<void> {
  const seedsArg = process.argv.indexOf('--seeds');
  const seeds = seedsArg > 0 ? Number(process.argv[seedsArg + 1]) : 1000;
  const workers = Math.max(1, availableParallelism());
  const sections: string[] = [];
  const bestIn = new Map<string, string[]>();
  const allStrategies = new Set<string>();
  for (const id of shippedScenarioIds()) {
    const { scenario } = scenarioOrExit(id);
    const started = Date.now();
    const runs = await runSeeds(scenario, Array.from({ length: seeds }, (_, i) => String(i + 1)), {}, workers, () => {});
    const seconds = (Date.now() - started) / 1000;
    const summary = summarise(runs);
    summary.strategies.forEach((s) => allStrategies.add(s.strategy));
    const winner = [...summary.strategies].sort((a, b) => b.bestShare - a.bestShare)[0];
    if (winner) bestIn.set(winner.strategy, [...(bestIn.get(winner.strategy) ?? []), id]);
    const targets = targetsFor(id, runs, summary);
    sections.push(`## ${scenario.title} (\`${id}\`)`, '', `${seeds} seeds in ${seconds.toFixed(1)} s on ${workers} workers.`, '', '```', summaryText(summary), '```', '',
      ...(targets.length > 0 ? ['| target | measured | met |', '|---|---|---|', ...targets.map((t) => `| ${t.name} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`), ''] : []));
    console.error(`${id}: ${seconds.toFixed(1)} s`);
  }
  const designStrategies = ['frontier', 'efficient-open', 'cloud-platform', 'consumer-apps', 'vertical-apps'];
  const coverage = designStrategies.map((s) => `| ${s} | ${(bestIn.get(s) ?? []).join(', ') || '**none**'} |`);
  const report = [
    '# Balance report', '',
    `Generated by \`npm run balance\` on ${new Date().toISOString().slice(0, 10)}: every shipped scenario, every seat a bot on the strategy its scenario gives it.`,
    'Targets are the calibration targets of GAME_DESIGN.md section 10.', '',
    '## Each strategy is the best in at least one shipped scenario', '',
    '| strategy | best in |', '|---|---|', ...coverage, '',
    ...sections,
    // What the tuning found, written by hand: which targets the real figures fight and why.
    ...(existsSync(NOTES) ? ['', readFileSync(NOTES, 'utf8').trim()] : []),
  ].join('\n');
  writeFileSync('test/bench/balance.md', `${report}\n`);
  console.log(report);
}

void main();
