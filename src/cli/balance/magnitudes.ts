// The Magnitudes targets of ECONOMY.md, judged on the watched all-bot games of each scenario (medians over seeds).
import type { Scenario } from '../../engine';
import { apiGrossMargin, grossMargin, type Books } from './books';
import type { GameMeasures } from './measure';
import { median, money, mostCommon, pct, quantile, times } from './stats';
import { row, within, type TargetRow } from './target';

export interface Watched {
  scenario: Scenario;
  games: GameMeasures[];
}

const M = 'Magnitudes' as const;

/** The largest running cost in the median game, as "salaries $2.1B". */
function largestCost(books: readonly Books[]): string {
  const kinds = [...new Set(books.flatMap((b) => Object.keys(b.costs)))];
  const costs = kinds.map((kind) => ({ kind, amount: median(books.map((b) => b.costs[kind] ?? 0)) })).sort((a, b) => b.amount - a.amount);
  return costs.slice(0, 2).map((c) => `${c.kind} ${money(c.amount)}`).join(' and ');
}

function frontierLab(w: Watched): TargetRow[] {
  const id = w.scenario.id;
  const books = w.games.map((g) => g.player);
  const n = books.length;
  const revenue = median(books.map((b) => b.revenue));
  const result = median(books.map((b) => b.operatingResult));
  const cash = median(books.map((b) => b.operatingCash));
  const margins = books.map(apiGrossMargin).filter((m): m is number => m !== null);
  const margin = median(margins);
  const lab = w.scenario.playerLab;
  return [
    row(M, `${lab}'s revenue in its first four quarters: $6–20B`, id, n, money(revenue), within(revenue, 6e9, 20e9),
      () => `It earns ${money(revenue)} in its first year, ${money(median(books.map((b) => b.apiRevenue)))} of it from the API: ${revenue < 6e9 ? 'too few tokens or seats sold at its prices' : 'more than the real 2024–25 leaders'}.`),
    row(M, `${lab}'s operating result in its first four quarters: −$2.5B to −$12B`, id, n, money(result), within(result, -12e9, -2.5e9),
      () => `Revenue of ${money(revenue)} against running costs led by ${largestCost(books)} leaves ${money(result)}, ${result > -2.5e9 ? 'a smaller loss than a frontier lab makes' : 'a larger loss than the range'}.`),
    row(M, `${lab}'s operating cash flow in its first four quarters is negative`, id, n, money(cash), cash < 0,
      () => `Its revenue of ${money(revenue)} covers its cash running costs (led by ${largestCost(books)}); chip purchases are investment, not operating cash.`),
    row(M, `${lab}'s API gross margin in its first four quarters: 40–75%`, id, margins.length, `${(margin * 100).toFixed(1)}%`, within(margin, 0.4, 0.75),
      () => margins.length === 0 ? 'The lab sells no API.' : `Serving costs ${money(median(books.map((b) => b.apiServingCost)))} against API revenue of ${money(median(books.map((b) => b.apiRevenue)))}: ${margin > 0.75 ? 'its API price is far above the cost of the compute that serves it' : 'its API price is too close to (or below) the cost of serving it'}.`),
  ];
}

function tigers(w: Watched): TargetRow[] {
  const id = w.scenario.id;
  const labs = w.games[0]?.tigers.map((t) => t.lab) ?? [];
  const per = labs.map((lab) => {
    const books = w.games.map((g) => g.tigers.find((t) => t.lab === lab)!.books);
    const margins = books.map(grossMargin).filter((m): m is number => m !== null);
    return { lab, revenue: median(books.map((b) => b.revenue)), result: median(books.map((b) => b.operatingResult)), costs: largestCost(books), margin: margins.length > 0 ? median(margins) : null };
  });
  const n = w.games.length;
  const badRevenue = per.filter((p) => !within(p.revenue, 20e6, 300e6));
  const badLoss = per.filter((p) => !within(p.result, -1e9, -0.2e9));
  const makers = w.games[0]?.openMakers.map((t) => t.lab) ?? [];
  const flows = makers.map((lab) => ({ lab, cash: median(w.games.map((g) => g.openMakers.find((t) => t.lab === lab)!.books.operatingCash)) }));
  const badFlow = flows.filter((f) => Math.abs(f.cash) > 300e6);
  const aside = (figure: (b: Books) => number) => (w.games[0]?.leftOut ?? []).map(({ lab }) =>
    `; left out, not a model maker at the start: ${lab} ${money(median(w.games.map((g) => figure(g.leftOut.find((t) => t.lab === lab)!.books))))}`).join('');
  return [
    row(M, `Chinese tigers (${labs.join(', ')}) each earn $20–300M in 2025`, id, n, per.map((p) => `${p.lab} ${money(p.revenue)}`).join(', ') + aside((b) => b.revenue), labs.length > 0 && badRevenue.length === 0,
      () => labs.length === 0 ? 'The scenario has no tigers.' : `${badRevenue.map((p) => `${p.lab} earns ${money(p.revenue)}`).join(', ')}: outside the $20–300M the real tigers filed.`),
    row(M, 'Chinese tigers each lose $0.2–1B in 2025 (net result)', id, n, per.map((p) => `${p.lab} ${money(p.result)}`).join(', ') + aside((b) => b.operatingResult), labs.length > 0 && badLoss.length === 0,
      () => `${badLoss.map((p) => `${p.lab} ${p.result > -0.2e9 ? (p.result > 0 ? 'makes a profit' : 'loses too little') : 'loses too much'} (${money(p.result)}: revenue ${money(p.revenue)}${p.margin === null ? '' : ` at a gross margin of ${pct(p.margin)}`} against costs led by ${p.costs})`).join('; ')}.`),
    row(M, `DeepSeek stand-in (${makers.join(', ')}) operating cash flow in 2025 within ±$300M of breakeven`, id, n, flows.map((f) => `${f.lab} ${money(f.cash)}`).join(', '), makers.length > 0 && badFlow.length === 0,
      () => makers.length === 0 ? 'The scenario has no Chinese lab on efficient-open.' : `${badFlow.map((f) => `${f.lab} ${f.cash > 0 ? 'earns' : 'burns'} ${money(Math.abs(f.cash))} a year from running the lab`).join(', ')}.`),
  ];
}

/** Targets judged in every shipped scenario: valuation moves, rounds, the highest valuation, the price of a capability, 2027's largest run. */
function everyScenario(w: Watched): TargetRow[] {
  const id = w.scenario.id;
  const n = w.games.length;
  const rows: TargetRow[] = [];
  const moves = w.games.map((g) => g.largestMove.factor);
  const over = w.games.filter((g) => g.largestMove.factor > 3);
  const typical = mostCommon(over.map((g) => `${g.largestMove.lab} in quarter ${g.largestMove.quarter + 1}`));
  rows.push(row(M, 'No valuation moves more than 3× in a quarter without a round or an event (median game\'s largest such move)', id, n,
    `${times(median(moves))}; ${pct(over.length / n)} of games have one over 3×`, median(moves) <= 3,
    () => `The largest unexplained move is most often ${typical?.value ?? 'n/a'} (${typical?.count ?? 0} of ${over.length} games), a quarter with no round and no event: ${typical?.value.endsWith(' in quarter 1')
      ? 'the first quarter-end mark values revenue the starting valuation (made with no revenue history) left out'
      : 'the valuation is re-marked between rounds'}.`));
  for (const [region, cap, name] of [['us', 60e9, 'US'], ['cn', 3e9, 'Chinese']] as const) {
    if (!w.games[0]?.largestRound[region]) continue;
    const largest = w.games.map((g) => g.largestRound[region]!);
    const m = median(largest.map((r) => r.amount));
    const who = mostCommon(largest.filter((r) => r.amount > cap).map((r) => r.lab));
    rows.push(row(M, `Largest round by a ${name} lab at most ${money(cap)}`, id, n, `${money(m)} (90th percentile ${money(quantile(largest.map((r) => r.amount), 0.9))})`, m <= cap,
      () => `Valuations grow large enough that the largest round allowed (maxRound) is above the cap; ${who?.value ?? 'a lab'} raises most of the oversized rounds.`));
  }
  const peaks = w.games.map((g) => g.peak);
  const peak = median(peaks.map((p) => p.valuation));
  const topLab = mostCommon(peaks.map((p) => p.lab));
  rows.push(row(M, 'No lab is valued above $1.5T (median game\'s highest valuation)', id, n, `${money(peak)}; ${pct(peaks.filter((p) => p.valuation > 1.5e12).length / n)} of games pass $1.5T`, peak <= 1.5e12,
    () => `${topLab?.value ?? 'The top lab'} is most often the highest valued, at ${money(peak)} in the median game: its revenue multiple and capability premium are not held back by what investors could pay.`));
  const falls = w.games.map((g) => g.priceFall?.perYear ?? NaN).filter(Number.isFinite);
  const fall = median(falls);
  const first = median(w.games.map((g) => g.priceFall?.first.price ?? NaN).filter(Number.isFinite));
  const last = median(w.games.map((g) => g.priceFall?.last.price ?? NaN).filter(Number.isFinite));
  rows.push(row(M, 'The price of a fixed capability (API, per million tokens) falls 5–20× a year', id, falls.length, `${times(fall)} a year (${money(first)} → ${money(last)})`, within(fall, 5, 20),
    () => fall < 5 ? `The cheapest offer at the starting frontier's capability goes from ${money(first)} to ${money(last)}: open models and rivals that reach it are not cheap enough soon enough.` : `The price falls from ${money(first)} to ${money(last)}, faster than the real 5–20× a year.`));
  if (w.games[0]?.reachesRunYear && w.scenario.labs.some((l) => l.strategy === 'frontier')) {
    const runs = w.games.map((g) => g.largestRunOfYear ?? 0);
    const cost = median(runs);
    rows.push(row(M, 'The largest training run of 2027 costs $1–10B (its FLOP at the hosts\' GPU-hour price)', id, n, money(cost), within(cost, 1e9, 10e9),
      () => cost < 1e9 ? `No lab can pay for or get the compute for a run that size: the median game's largest 2027 run is ${money(cost)}.` : `Compute is plentiful enough that the largest 2027 run costs ${money(cost)}.`));
  }
  return rows;
}

function tutorial(w: Watched): TargetRow[] {
  const multiples = w.games.map((g) => (g.player.startValuation > 0 ? g.player.finalValuation / g.player.startValuation : 0));
  const m = median(multiples);
  return [row(M, `The tutorial's starting lab (${w.scenario.playerLab}): median final valuation at most 20× its start`, w.scenario.id, w.games.length, times(m), m <= 20,
    () => `From ${money(w.games[0]?.player.startValuation ?? 0)} it ends at ${money(median(w.games.map((g) => g.player.finalValuation)))}: revenue growth and the capability premium compound over two years.`)];
}

/** Every Magnitudes target for the scenarios given, in ECONOMY.md's order. */
export function magnitudeTargets(watched: Record<string, Watched>): TargetRow[] {
  const rows: TargetRow[] = [];
  if (watched['us-2025']) rows.push(...frontierLab(watched['us-2025']));
  if (watched['china-2025']) rows.push(...tigers(watched['china-2025']));
  if (watched.tutorial) rows.push(...tutorial(watched.tutorial));
  // Rows judged in every scenario, grouped by target.
  const each = Object.values(watched).flatMap(everyScenario);
  const order = [...new Set(each.map((r) => r.target))];
  return [...rows, ...order.flatMap((target) => each.filter((r) => r.target === target))];
}
