// npm run bench: how fast the engine resolves quarters, and whether late quarters cost more than early ones.
// Writes test/bench/results.md with the machine it ran on. Figures, never assertions.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createGame, endQuarter, tryEachStrategy, type GameState, type LabSetup, type Scenario } from '../engine';
import { loadScenario } from '../scenario/load';
import { shippedOptions, shippedScenarioIds } from '../scenario/shipped';

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(file, 'utf8'), file, shippedOptions);
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.scenario;
}

/** The tutorial world with `count` labs (copies of its two) and `quarters` quarters, every seat a bot. */
function worldWith(base: Scenario, count: number, quarters: number): Scenario {
  const labs: LabSetup[] = [];
  for (let i = 0; i < count; i += 1) {
    const template = base.labs[i % base.labs.length]!;
    labs.push({ ...template, id: `lab-${i}`, name: `Lab ${i}`, cash: template.cash * (1 + (i % 5) / 4) });
  }
  return { ...base, labs, playerLab: 'lab-0', quarters };
}

function allBots(scenario: Scenario) {
  return Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
}

/** Quarters resolved per second over whole games of `quarters` quarters. */
function quartersPerSecond(scenario: Scenario, games: number): number {
  let quarters = 0;
  const start = performance.now();
  for (let g = 0; g < games; g += 1) {
    let state = createGame(scenario, { seed: `bench-${g}`, seats: allBots(scenario) });
    while (!state.over) {
      state = endQuarter(state);
      quarters += 1;
    }
  }
  return quarters / ((performance.now() - start) / 1000);
}

/** Mean milliseconds of endQuarter at each quarter index, over several games. */
function costByQuarter(scenario: Scenario, games: number): number[] {
  const totals = new Array<number>(scenario.quarters).fill(0);
  for (let g = 0; g < games; g += 1) {
    let state: GameState = createGame(scenario, { seed: `late-${g}`, seats: allBots(scenario) });
    for (let q = 0; q < scenario.quarters && !state.over; q += 1) {
      const start = performance.now();
      state = endQuarter(state);
      totals[q]! += performance.now() - start;
    }
  }
  return totals.map((t) => t / games);
}

const tutorial = load('scenarios/tutorial.json');
const eight = worldWith(tutorial, 8, 12);
const sixtyFour = worldWith(tutorial, 64, 12);
const long = worldWith(tutorial, 8, 40);

// Warm up the JIT before measuring.
quartersPerSecond(eight, 5);
const rate8 = quartersPerSecond(eight, 40);
const rate64 = quartersPerSecond(sixtyFour, 4);
const byQuarter = costByQuarter(long, 20);
const early = (byQuarter[0]! + byQuarter[1]! + byQuarter[2]!) / 3;
const late = (byQuarter[37]! + byQuarter[38]! + byQuarter[39]!) / 3;
const perScenario = shippedScenarioIds().map((id) => {
  const scenario = load(`scenarios/${id}.json`);
  const games = id === 'tutorial' ? 200 : 40;
  return { id, labs: scenario.labs.length, quarters: scenario.quarters, gamesPerSecond: quartersPerSecond(scenario, games) / scenario.quarters };
});

// The debrief's comparison: five whole china-2025 games on the page's one thread, median of three.
const china = load('scenarios/china-2025.json');
const trialTimes = [0, 1, 2].map((i) => {
  const start = performance.now();
  tryEachStrategy(china, `trials-${i}`, china.playerLab);
  return performance.now() - start;
}).sort((a, b) => a - b);

const cpu = cpus();
const lines = [
  '# Engine benchmark',
  '',
  `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Every seat is a bot; one thread.`,
  '',
  '| measure | value |',
  '|---|---|',
  `| quarters resolved per second, 8 labs | ${rate8.toFixed(0)} |`,
  `| quarters resolved per second, 64 labs | ${rate64.toFixed(1)} |`,
  `| mean cost of quarters 1-3 of a 40-quarter game (8 labs) | ${early.toFixed(2)} ms |`,
  `| mean cost of quarters 38-40 of the same games | ${late.toFixed(2)} ms |`,
  `| late / early | ${(late / early).toFixed(2)} |`,
  `| the debrief's five-strategy comparison of china-2025 (five whole games), median of 3 | ${trialTimes[1]!.toFixed(0)} ms |`,
  '',
  'All-bot games per second on one thread, per shipped scenario (the simulator runs one such thread per core):',
  '',
  '| scenario | labs | quarters | games per second |',
  '|---|---|---|---|',
  ...perScenario.map((s) => `| ${s.id} | ${s.labs} | ${s.quarters} | ${s.gamesPerSecond.toFixed(1)} |`),
  '',
  'The late/early ratio shows whether a quarter costs more as the game grows longer (it should stay near 1;',
  'labs do more in later quarters, with more models and bigger fleets, so some growth is real work).',
  '',
];
writeFileSync('test/bench/results.md', lines.join('\n'));
console.log(lines.join('\n'));
