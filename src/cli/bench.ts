// npm run bench: how fast the engine resolves quarters, and whether late quarters cost more than early ones.
// Every figure is measured RUNS times after a warm-up and reported as the median with the spread, in wall time and in
// CPU time (the process's user + system: on a shared machine wall time mostly measures the neighbours).
// Rewrites the engine tables of test/bench/results.md (with the machine it ran on), keeping the rest. Figures, never assertions.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { canonicalJson, createGame, endQuarter, simulateSeed, startingStakes, stateHash, tryEachStrategy, type GameState, type LabSetup, type Scenario } from '../engine';
import { loadScenario } from '../scenario/load';
import { writeResults } from './bench-file';
import { shippedOptions, shippedScenarioIds } from '../scenario/shipped';

const RUNS = 5;

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(file, 'utf8'), file, shippedOptions);
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.scenario;
}

/** The tutorial world with `count` labs (copies of its two, with `richer` times their cash) and `quarters` quarters, every seat a bot. */
function worldWith(base: Scenario, count: number, quarters: number, richer = 1): Scenario {
  const labs: LabSetup[] = [];
  for (let i = 0; i < count; i += 1) {
    const template = base.labs[i % base.labs.length]!;
    labs.push({ ...template, id: `lab-${i}`, name: `Lab ${i}`, cash: richer * template.cash * (1 + (i % 5) / 4) });
  }
  return { ...base, labs, playerLab: 'lab-0', quarters };
}

function allBots(scenario: Scenario) {
  return Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
}

/** Milliseconds one run took on the clock and on the CPU. */
interface Sample {
  wall: number;
  cpu: number;
}

function timed(work: () => void): Sample {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * RUNS measured runs of `work` after `warmUp` (by default one run of it). V8 compiles the engine's functions as they
 * grow hot, and a quarter's functions are called only a few times a quarter: in the 8-lab world a quarter costs about
 * three times as much after 20 games as after 120 (results.md, "Warm-up"), so a world is warmed with WARM_LAB_QUARTERS
 * of its own before it is measured.
 */
function repeated(work: () => void, warmUp: () => void = work): Sample[] {
  warmUp();
  return Array.from({ length: RUNS }, () => timed(work));
}

/** Labs times quarters each world plays before it is measured: about when the 8-, 64- and 128-lab worlds stop getting faster. */
const WARM_LAB_QUARTERS = 15_000;

/** Whole games of `scenario` worth WARM_LAB_QUARTERS, at least two. */
function warmGames(scenario: Scenario): number {
  return Math.max(2, Math.ceil(WARM_LAB_QUARTERS / (scenario.labs.length * scenario.quarters)));
}

interface Spread {
  median: number;
  low: number;
  high: number;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, low: sorted[0]!, high: sorted.at(-1)! };
}

/** A rate per wall second and per CPU second, from the runs' times and the work each did. */
function rates(samples: readonly Sample[], perRun: number): { wall: Spread; cpu: Spread } {
  return { wall: spread(samples.map((s) => (perRun * 1000) / s.wall)), cpu: spread(samples.map((s) => (perRun * 1000) / s.cpu)) };
}

function times(samples: readonly Sample[], perRun = 1): { wall: Spread; cpu: Spread } {
  return { wall: spread(samples.map((s) => s.wall / perRun)), cpu: spread(samples.map((s) => s.cpu / perRun)) };
}

/** `games` whole games of `scenario`, every seat a bot; returns the quarters resolved. */
function playGames(scenario: Scenario, games: number, prefix: string): number {
  let quarters = 0;
  for (let g = 0; g < games; g += 1) {
    let state = createGame(scenario, { seed: `${prefix}-${g}`, seats: allBots(scenario) });
    while (!state.over) {
      state = endQuarter(state);
      quarters += 1;
    }
  }
  return quarters;
}

/**
 * Per run, the mean cost of quarters 1-3 and 38-40 of `games` 40-quarter games, wall and CPU milliseconds, after
 * warm-up games; and the labs still in the game when those quarters started (the same in every run), since a quarter
 * with fewer labs costs less.
 */
function earlyAndLate(scenario: Scenario, games: number): { early: Sample[]; late: Sample[]; labsEarly: number; labsLate: number } {
  const labsIn = Array.from({ length: scenario.quarters }, () => 0);
  const run = (prefix: string, count: number): { early: Sample; late: Sample } => {
    const costs = Array.from({ length: scenario.quarters }, () => ({ wall: 0, cpu: 0 }));
    labsIn.fill(0);
    for (let g = 0; g < count; g += 1) {
      let state: GameState = createGame(scenario, { seed: `${prefix}-${g}`, seats: allBots(scenario) });
      for (let q = 0; q < scenario.quarters && !state.over; q += 1) {
        labsIn[q]! += state.labs.filter((lab) => lab.alive).length / count;
        const sample = timed(() => {
          state = endQuarter(state);
        });
        costs[q]!.wall += sample.wall / count;
        costs[q]!.cpu += sample.cpu / count;
      }
    }
    const mean = (from: number) => ({
      wall: (costs[from]!.wall + costs[from + 1]!.wall + costs[from + 2]!.wall) / 3,
      cpu: (costs[from]!.cpu + costs[from + 1]!.cpu + costs[from + 2]!.cpu) / 3,
    });
    return { early: mean(0), late: mean(37) };
  };
  run('warm', warmGames(scenario));
  const runs = Array.from({ length: RUNS }, () => run('late', games));
  const mean3 = (from: number) => (labsIn[from]! + labsIn[from + 1]! + labsIn[from + 2]!) / 3;
  return { early: runs.map((r) => r.early), late: runs.map((r) => r.late), labsEarly: mean3(0), labsLate: mean3(37) };
}

const tutorial = load('scenarios/tutorial.json');
const eight = worldWith(tutorial, 8, 12);
const sixtyFour = worldWith(tutorial, 64, 12);
const hundredTwentyEight = worldWith(tutorial, 128, 12);
// Ten thousand times the cash, so that every lab is still in the game at its 40th quarter: on the tutorial's own cash
// every lab had left by quarter 32-36 in two of three games, and at a hundred times a third had (results.md).
const long = worldWith(tutorial, 8, 40, 10_000);

/** Games each run plays (about half a second of work in each world), and the world's warm-up. */
const measure = (scenario: Scenario, games: number) => {
  const samples = repeated(() => playGames(scenario, games, 'bench'), () => playGames(scenario, warmGames(scenario), 'warm'));
  return rates(samples, games * scenario.quarters);
};
const rate8 = measure(eight, 50);
const rate64 = measure(sixtyFour, 6);
const rate128 = measure(hundredTwentyEight, 3);
/** How many times the cost of a quarter grows from `fewer` labs to `more`, per run, from their rates. */
const growth = (fewer: { wall: Spread; cpu: Spread }, more: { wall: Spread; cpu: Spread }) => ({
  wall: { median: fewer.wall.median / more.wall.median, low: fewer.wall.low / more.wall.high, high: fewer.wall.high / more.wall.low },
  cpu: { median: fewer.cpu.median / more.cpu.median, low: fewer.cpu.low / more.cpu.high, high: fewer.cpu.high / more.cpu.low },
});
const { early, late, labsEarly, labsLate } = earlyAndLate(long, 30);
const lateOverEarly = { wall: spread(late.map((l, i) => l.wall / early[i]!.wall)), cpu: spread(late.map((l, i) => l.cpu / early[i]!.cpu)) };

// The debrief's comparison: five whole china-2025 games on the page's one thread.
const china = load('scenarios/china-2025.json');
const trials = times(repeated(() => tryEachStrategy(china, 'trials', china.playerLab)));

// What the simulator does for each seed: a whole all-bot game, then its outcome and final hash.
const perScenario = shippedScenarioIds().map((id) => {
  const scenario = load(`scenarios/${id}.json`);
  const stakes = startingStakes(scenario);
  const games = id === 'tutorial' ? 100 : 30;
  const play = (count: number, prefix: string) => {
    for (let g = 0; g < count; g += 1) simulateSeed(scenario, `${prefix}${g + 1}`, {}, stakes);
  };
  const samples = repeated(() => play(games, ''), () => play(warmGames(scenario), 'warm-'));
  return { id, labs: scenario.labs.length, quarters: scenario.quarters, gamesPerSecond: rates(samples, games) };
});

// What a game's state holds as it grows longer, and what hashing it costs (the browser hashes at every End quarter).
function stateAt(scenario: Scenario, quarters: number): GameState {
  let state = createGame(scenario, { seed: 'size', seats: allBots(scenario) });
  for (let q = 0; q < quarters && !state.over; q += 1) state = endQuarter(state);
  return state;
}
const sizes = [
  { label: 'china-2025 (12 labs) after 12 quarters', state: stateAt(china, 12) },
  { label: 'tutorial world, 8 labs with 10,000 times their cash, after 12 quarters', state: stateAt(long, 12) },
  { label: 'tutorial world, 8 labs with 10,000 times their cash, after 40 quarters', state: stateAt(long, 40) },
].map(({ label, state }) => ({
  label,
  kilobytes: canonicalJson({ ...state, scenario: undefined, reports: undefined }).length / 1000,
  models: { kilobytes: canonicalJson(state.models).length / 1000, count: state.models.length },
  reports: canonicalJson(state.reports).length / 1000,
  lastReport: canonicalJson(state.reports.at(-1) ?? null).length / 1000,
  hash: times(repeated(() => stateHash(state))),
}));

// The simulator on one worker and on two: the same 1,000 china-2025 seeds (the sample `npm run balance` plays per
// scenario), wall time of the whole command. Each worker warms up on its own (the JIT compiles the engine anew in each,
// and a single-threaded worker compiles on its own thread): at 60 seeds the figure was start-up, and at 300 on a host
// twice as fast two workers measured 1.17× one where 1,200 seeds gave 1.50× (results.md).
const SIM_SEEDS = 1000;
function simSeconds(workers: number): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [new URL('./sim.js', import.meta.url).pathname, 'scenarios/china-2025.json', '--seeds', String(SIM_SEEDS), '--workers', String(workers)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sim failed: ${run.stderr}`);
  return (performance.now() - start) / 1000;
}
simSeconds(1);
const simOne = Array.from({ length: RUNS }, () => simSeconds(1));
const simTwo = Array.from({ length: RUNS }, () => simSeconds(2));
const simRate = (seconds: readonly number[]) => spread(seconds.map((s) => SIM_SEEDS / s));
const simSpeedup = spread(simOne.map((one, i) => one / simTwo[i]!));

const whole = (x: number) => x.toFixed(0);
const tenth = (x: number) => x.toFixed(1);
const hundredth = (x: number) => x.toFixed(2);
const cell = (s: Spread, format: (x: number) => string) => `${format(s.median)} (${format(s.low)}–${format(s.high)})`;
const row = (measure: string, figure: { wall: Spread; cpu: Spread }, format: (x: number) => string) =>
  `| ${measure} | ${cell(figure.wall, format)} | ${cell(figure.cpu, format)} |`;

const cpu = cpus();
const lines = [
  '# Engine benchmark',
  '',
  `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${tenth(loadavg()[0]!)} at the end. Every seat is a bot; one thread.`,
  '',
  `Each figure: the median of ${RUNS} runs after a warm-up (each world first plays ${WARM_LAB_QUARTERS.toLocaleString('en')} lab-quarters of its own), with the lowest and highest in brackets; by the clock and by`,
  'the CPU time the process used (user + system). Where other work shares the machine, the CPU figures are the ones to compare.',
  '',
  '| measure | wall | CPU |',
  '|---|---|---|',
  row('quarters resolved per second, 8 labs', rate8, whole),
  row('quarters resolved per second, 64 labs', rate64, tenth),
  row('quarters resolved per second, 128 labs', rate128, hundredth),
  row('cost of a quarter, 64 labs over 8 labs (times)', growth(rate8, rate64), tenth),
  row('cost of a quarter, 128 labs over 64 labs (times)', growth(rate64, rate128), hundredth),
  row('mean cost of quarters 1-3 of a 40-quarter game (8 labs, each with 10,000 times its cash), ms', times(early), hundredth),
  row('mean cost of quarters 38-40 of the same games, ms', times(late), hundredth),
  row('late / early', lateOverEarly, hundredth),
  `| labs still in the game at quarters 1-3 and 38-40 of those games (mean) | ${tenth(labsEarly)} and ${tenth(labsLate)} of ${long.labs.length} | |`,
  row("the debrief's five-strategy comparison of china-2025 (five whole games), ms", trials, whole),
  '',
  'All-bot games per second on one thread, each with its outcome and final hash as the simulator makes them',
  '(the simulator runs one such thread per core):',
  '',
  '| scenario | labs | quarters | games per second, wall | games per CPU second |',
  '|---|---|---|---|---|',
  ...perScenario.map((s) => `| ${s.id} | ${s.labs} | ${s.quarters} | ${cell(s.gamesPerSecond.wall, tenth)} | ${cell(s.gamesPerSecond.cpu, tenth)} |`),
  '',
  `The simulator itself (\`node dist/cli/sim.js scenarios/china-2025.json --seeds ${SIM_SEEDS} --workers N\`, the whole command by the clock,`,
  'process start included), median of ' + RUNS + ' runs after a warm-up:',
  '',
  '| workers | games per second | two workers over one |',
  '|---|---|---|',
  `| 1 | ${cell(simRate(simOne), tenth)} | |`,
  `| 2 | ${cell(simRate(simTwo), tenth)} | ${cell(simSpeedup, hundredth)} |`,
  '',
  'State size: the hashed state (canonical JSON without the scenario and the quarter reports, which the state hash covers',
  "through their chain `reportsHash`), the reports kept beside it for the report screens and the debrief, and the cost of the",
  'state hash (the browser takes one at every End quarter; each new report is hashed once, into the chain, by the quarter):',
  '',
  '| state | hashed state, KB | of which the models, KB (models) | quarter reports, KB (the last one) | stateHash, wall ms | stateHash, CPU ms |',
  '|---|---|---|---|---|---|',
  ...sizes.map((z) => `| ${z.label} | ${whole(z.kilobytes)} | ${whole(z.models.kilobytes)} (${z.models.count}) | ${whole(z.reports)} (${whole(z.lastReport)}) | ${cell(z.hash.wall, hundredth)} | ${cell(z.hash.cpu, hundredth)} |`),
  '',
  'The late/early ratio shows whether a quarter costs more as the game grows longer (it should stay near 1;',
  'labs do more in later quarters, with more models and bigger fleets, so some growth is real work).',
  '',
];
writeResults('engine', lines.join('\n'));
console.log(lines.join('\n'));
