// The capital targets of ECONOMY.md, measured (not asserted): CAPITAL_CHECK=1 [CAPITAL_SEEDS=200] npx vitest run --project unit test/bench/capital-check.test.ts
// Skipped in the normal suite; prints one table per scenario.
import { describe, it } from 'vitest';
import { applyAction, botSeats, choicesFor, createGame, endQuarter, raiseRound, standings, type GameState, type LabId, type Scenario, type StrategyId } from '../../src/engine';
import { shippedScenario } from '../helpers';

const SEEDS = Number(process.env.CAPITAL_SEEDS ?? 200);
const DESIGN: StrategyId[] = ['frontier', 'efficient-open', 'cloud-platform', 'consumer-apps', 'vertical-apps'];

interface GameFigures {
  /** Largest quarter-on-quarter move of any lab's headline valuation (up or down), with no round pricing that quarter. */
  unexplainedJump: number;
  /** The same for the investors' estimate, where the engine keeps one. */
  estimateJump: number;
  largestRound: Record<string, number>;
  peakValuation: number;
  peakEstimate: number;
  playerScore: number;
  playerFinalOverStart: number;
  playerEstimateOverStart: number;
}

/** Plays one game; `raiseEveryQuarter` makes the player's lab ask for the largest round allowed before each quarter. */
function play(scenario: Scenario, seed: string, overrides: Record<LabId, StrategyId>, raiseEveryQuarter: boolean): GameFigures {
  const player = scenario.playerLab;
  let state: GameState = createGame(scenario, { seed, seats: botSeats(scenario, overrides) });
  const startValuation = state.labs.find((l) => l.id === player)!.valuation;
  const figures: GameFigures = { unexplainedJump: 1, estimateJump: 1, largestRound: {}, peakValuation: 0, peakEstimate: 0, playerScore: 0, playerFinalOverStart: 0, playerEstimateOverStart: 0 };
  const move = (a: number, b: number) => (a > 0 && b > 0 ? Math.max(a / b, b / a) : 1);
  while (!state.over) {
    if (raiseEveryQuarter) {
      const lab = state.labs.find((l) => l.id === player)!;
      const amount = choicesFor(state, lab).maxRound;
      if (lab.alive && amount >= 1e6) {
        const result = applyAction(state, raiseRound(player, amount));
        if (result.ok) state = result.state;
      }
    }
    const before = new Map(state.labs.map((l) => [l.id, { valuation: l.valuation, estimate: (l as { estimate?: number }).estimate ?? l.valuation }]));
    state = endQuarter(state);
    const report = state.reports.at(-1)!;
    for (const lab of state.labs) {
      const row = report.labs.find((r) => r.lab === lab.id);
      if (!row || !lab.alive) continue;
      const priced = row.notes.some((n) => n.code === 'roundClosed' || n.code === 'emergencyRound');
      const was = before.get(lab.id)!;
      if (!priced) figures.unexplainedJump = Math.max(figures.unexplainedJump, move(lab.valuation, was.valuation));
      figures.estimateJump = Math.max(figures.estimateJump, move((lab as { estimate?: number }).estimate ?? lab.valuation, was.estimate));
      figures.peakValuation = Math.max(figures.peakValuation, lab.valuation);
      figures.peakEstimate = Math.max(figures.peakEstimate, (lab as { estimate?: number }).estimate ?? lab.valuation);
      for (const item of row.lineItems) {
        if (item.kind === 'funding') figures.largestRound[lab.region] = Math.max(figures.largestRound[lab.region] ?? 0, item.amount);
      }
    }
  }
  const mine = state.labs.find((l) => l.id === player)!;
  figures.playerScore = standings(state).find((r) => r.lab === player)?.score ?? 0;
  figures.playerFinalOverStart = mine.alive ? mine.valuation / startValuation : 0;
  figures.playerEstimateOverStart = mine.alive ? ((mine as { estimate?: number }).estimate ?? mine.valuation) / startValuation : 0;
  return figures;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (x: number) => (x >= 1e9 ? `$${(x / 1e9).toFixed(1)}B` : `$${(x / 1e6).toFixed(0)}M`);

describe.skipIf(!process.env.CAPITAL_CHECK)('capital targets', () => {
  for (const id of ['tutorial', 'us-2025', 'china-2025']) {
    it(`measures ${id}`, () => {
      const scenario = shippedScenario(id);
      const seeds = Array.from({ length: SEEDS }, (_, i) => String(i + 1));
      const own = seeds.map((s) => play(scenario, s, {}, false));
      const rounds: Record<string, number[]> = {};
      for (const g of own) for (const [region, amount] of Object.entries(g.largestRound)) (rounds[region] ??= []).push(amount);
      const byStrategy = DESIGN.map((strategy) => ({ strategy, median: median(seeds.map((s) => play(scenario, s, { [scenario.playerLab]: strategy }, false).playerScore)) }));
      const best = [...byStrategy].sort((a, b) => b.median - a.median)[0]!;
      const raising = median(seeds.map((s) => play(scenario, s, {}, true).playerScore));
      const lines = [
        `== ${id}: ${SEEDS} seeds, player ${scenario.playerLab}`,
        `unexplained valuation move: max ${Math.max(...own.map((g) => g.unexplainedJump)).toFixed(2)}x, games with one >3x: ${own.filter((g) => g.unexplainedJump > 3).length}`,
        `estimate move: max ${Math.max(...own.map((g) => g.estimateJump)).toFixed(2)}x, games >3x: ${own.filter((g) => g.estimateJump > 3).length}`,
        ...Object.entries(rounds).map(([region, xs]) => `largest round ${region}: max ${fmt(Math.max(...xs))}, median game ${fmt(median(xs))}`),
        `peak valuation: max ${fmt(Math.max(...own.map((g) => g.peakValuation)))}, median game ${fmt(median(own.map((g) => g.peakValuation)))}`,
        `peak estimate: max ${fmt(Math.max(...own.map((g) => g.peakEstimate)))}, median game ${fmt(median(own.map((g) => g.peakEstimate)))}`,
        `player final/start valuation: median ${median(own.map((g) => g.playerFinalOverStart)).toFixed(1)}x; estimate ${median(own.map((g) => g.playerEstimateOverStart)).toFixed(1)}x`,
        `player median score by strategy: ${byStrategy.map((b) => `${b.strategy} ${fmt(b.median)}`).join(', ')}`,
        `raise largest every quarter (own strategy): ${fmt(raising)} = ${(raising / Math.max(1, best.median)).toFixed(2)}x the best (${best.strategy})`,
      ];
      console.log(lines.join('\n'));
    }, 3_600_000);
  }
});
