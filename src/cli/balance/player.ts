// The Balance-for-the-player targets: the five strategies for the player's lab, seed by seed, and scripted policies.
import { DESIGN_STRATEGIES, type Sales, type StrategyId } from '../../engine';
import { POLICIES } from './policies';
import { median, money, pct, times } from './stats';
import { salesSummary } from './sales';
import { row, type TargetRow } from './target';

export interface PlayerTrials {
  scenario: string;
  /** The player's final score per seed on each design strategy (same seeds, same order). */
  seats: Record<StrategyId, number[]>;
  /** What the player's lab sold over each game on each design strategy (same seeds; absent in tests that only score). */
  sales?: Record<StrategyId, Sales[]>;
  /** The player's final score per seed under each policy. */
  policies: Record<string, number[]>;
}

const B = 'Balance for the player' as const;
/** A strategy may be the best in at most this share of seeds; a policy may beat the best strategy's median by at most this. */
export const BEST_SHARE_LIMIT = 0.6;
export const POLICY_LIMIT = 1.5;

/** Seeds in which each strategy alone has the highest score (seeds where the top score is shared count for none). */
export function bestShares(seats: Record<StrategyId, number[]>): Record<StrategyId, number> {
  const seeds = seats[DESIGN_STRATEGIES[0]!]?.length ?? 0;
  const wins = Object.fromEntries(DESIGN_STRATEGIES.map((s) => [s, 0])) as Record<StrategyId, number>;
  for (let i = 0; i < seeds; i += 1) {
    const scores = DESIGN_STRATEGIES.map((s) => seats[s]![i]!);
    const top = Math.max(...scores);
    if (scores.filter((x) => x === top).length === 1) wins[DESIGN_STRATEGIES[scores.indexOf(top)]!] += 1;
  }
  return Object.fromEntries(DESIGN_STRATEGIES.map((s) => [s, seeds > 0 ? wins[s] / seeds : 0])) as Record<StrategyId, number>;
}

/** The strategy best in the most seeds (ties to the design's order). */
export function plurality(shares: Record<StrategyId, number>): StrategyId {
  return DESIGN_STRATEGIES.reduce((best, s) => (shares[s] > shares[best] ? s : best), DESIGN_STRATEGIES[0]!);
}

export function bestMedian(seats: Record<StrategyId, number[]>): { strategy: StrategyId; score: number } {
  return DESIGN_STRATEGIES.map((strategy) => ({ strategy, score: median(seats[strategy]!) })).reduce((a, b) => (b.score > a.score ? b : a));
}

export function playerTargets(trials: readonly PlayerTrials[]): TargetRow[] {
  const rows: TargetRow[] = [];
  const winners = new Map<StrategyId, string[]>();
  const sharesBy = new Map<string, Record<StrategyId, number>>();
  for (const t of trials) {
    const n = t.seats[DESIGN_STRATEGIES[0]!]!.length;
    const shares = bestShares(t.seats);
    sharesBy.set(t.scenario, shares);
    const top = plurality(shares);
    const next = runnerUp(shares, top);
    winners.set(top, [...(winners.get(top) ?? []), t.scenario]);
    const ties = 1 - DESIGN_STRATEGIES.reduce((a, s) => a + shares[s], 0);
    rows.push(row(B, `No strategy is the best of the five for the player's lab in more than ${pct(BEST_SHARE_LIMIT)} of seeds`, t.scenario, n,
      `${top} best in ${pct(shares[top])}${ties > 0 ? ` (${pct(ties)} of seeds tied)` : ''}`, shares[top] <= BEST_SHARE_LIMIT,
      () => `${top} gives the player the highest score in ${pct(shares[top])} of seeds (median ${money(median(t.seats[top]!))}); the next, ${next}, in ${pct(shares[next])} (median ${money(median(t.seats[next]!))}), so the scenario has one right answer.${businessOf(t, top)}${businessOf(t, next)}`));
    const best = bestMedian(t.seats);
    const policies = POLICIES.filter((p) => t.policies[p.id]).map((p) => ({ id: p.id, score: median(t.policies[p.id]!) }));
    const strongest = policies.filter((p) => p.id !== 'control').reduce((a, b) => (b.score > a.score ? b : a), { id: 'none', score: 0 });
    const ratio = best.score > 0 ? strongest.score / best.score : strongest.score > 0 ? Infinity : 0;
    rows.push(row(B, `No scripted policy beats the best bot strategy's median score by more than ${POLICY_LIMIT}×`, t.scenario, t.policies[strongest.id]?.length ?? n,
      `strongest: ${strongest.id} ${money(strongest.score)} vs ${best.strategy} ${money(best.score)} (${times(ratio)})`, ratio <= POLICY_LIMIT,
      () => `Playing ${strongest.id} scores ${times(ratio)} the best strategy's median: ${POLICIES.find((p) => p.id === strongest.id)?.does ?? ''} pays more than playing the game.`));
  }
  const missing = DESIGN_STRATEGIES.filter((s) => !winners.has(s));
  rows.push(row(B, 'Each strategy is the best (in the most seeds) in at least one scenario', 'all', trials[0]?.seats[DESIGN_STRATEGIES[0]!]!.length ?? 0,
    DESIGN_STRATEGIES.map((s) => `${s}: ${(winners.get(s) ?? []).join(', ') || 'none'}`).join('; '), missing.length === 0,
    () => missing.map((s) => nearestWin(s, sharesBy, trials)).join(' ')));
  return rows;
}

/** " On frontier the lab sold: API 95%, …" when the trials kept what the lab sold; empty otherwise. */
function businessOf(t: PlayerTrials, strategy: StrategyId): string {
  const sales = t.sales?.[strategy];
  return sales && sales.length > 0 ? ` On ${strategy} the lab's revenue was ${salesSummary(sales)}.` : '';
}

/** The strategy best in the most seeds after `top`. */
function runnerUp(shares: Record<StrategyId, number>, top: StrategyId): StrategyId {
  return DESIGN_STRATEGIES.filter((s) => s !== top).reduce((best, s) => (shares[s] > shares[best] ? s : best));
}

/**
 * Where a strategy best nowhere comes closest, with both medians and what each lab sold there: "cloud-platform is best
 * in at most 33% of seeds (tutorial, where efficient-open is best in 56%; medians $7.9B against $8.8B). On …".
 */
function nearestWin(strategy: StrategyId, sharesBy: ReadonlyMap<string, Record<StrategyId, number>>, trials: readonly PlayerTrials[]): string {
  const [scenario, shares] = [...sharesBy].reduce((a, b) => (b[1][strategy] > a[1][strategy] ? b : a));
  const top = plurality(shares);
  const tied = shares[top] === shares[strategy];
  const t = trials.find((x) => x.scenario === scenario)!;
  const medians = `; medians ${money(median(t.seats[strategy]!))} against ${money(median(t.seats[top]!))}`;
  return `${strategy} is best in at most ${pct(shares[strategy])} of seeds (${scenario}, where ${top} is best in ${pct(shares[top])}${medians}${tied ? '; a tie goes to the design\'s order' : ''}).${businessOf(t, strategy)}${businessOf(t, top)}`;
}
