// Which of its own models a lab puts on sale: the one that earns the most on the inference compute it has, among those
// buyers would still take over the best open model. A frontier lab's giant new model, which its servers can carry for a
// tenth of its buyers, goes on sale only once it earns more than the smaller model it replaces (GPT-4.5 was priced and
// rationed; GPT-4o kept the users).
import { servedModel } from './lookups';
import { bestOpenModel } from './market';
import { priceQuotes } from './previews';
import { rulesOf, segmentIds } from './segments';
import { labEffects } from './research';
import { labMemory } from './phase-training';
import { whileUnchanged } from './bot-pass';
import type { NoteCode } from './notes';
import type { GameState, Lab, Model, ReportNote } from './state-types';

/**
 * What serving `model` would earn this quarter: revenue at the lab's prices and this quarter's demand, cut to the share
 * of all its users its inference compute can carry, less the serving cost of what it sells (at the going rate of
 * compute). Free users count here though the market serves them last: a lab does not choose a model that would turn its
 * app's users away (with paying customers alone counted, frontier became us-2025's one right answer, 78% of seeds over
 * 1,000 in `npm run balance`; test/bench/balance-tried.md).
 */
export function servingProfit(state: GameState, lab: Lab, model: Model, inferenceFlop: number): number {
  const as = { ...lab, productModel: model.id };
  let revenue = 0;
  let cost = 0;
  let flop = 0;
  for (const segment of segmentIds(state.scenario)) {
    if (!lab.products[segment]) continue;
    const quote = priceQuotes(state, as, segment, [lab.prices[segment] ?? rulesOf(state.scenario, segment).referencePrice])[0]!;
    revenue += quote.revenue;
    cost += quote.servingCost;
    flop += quote.servedFlop;
  }
  const carried = flop > inferenceFlop ? inferenceFlop / flop : 1;
  return carried * (revenue - cost);
}

/**
 * The lab's own model that earns the most on `inferenceFlop` (ties to the one on sale): among those whose weights fit
 * its chips and that are not behind the best open model of another lab (buyers would take that one instead).
 */
export function mostProfitableOwnModel(state: GameState, lab: Lab, inferenceFlop: number): Model | undefined {
  const current = servedModel(state, lab);
  if (!current || current.lab !== lab.id) return current;
  const room = labMemory(state, lab) / labEffects(state, lab).weightBytes;
  const floor = bestOpenModel(state.models.filter((m) => m.lab !== lab.id))?.capability ?? 0;
  const others = state.models.filter((m) => m.lab === lab.id && m !== current && m.totalParams <= room && m.capability >= floor);
  // With nothing to weigh it against, the model on sale stays: its profit is not worked out (a quote reads every rival).
  if (others.length === 0) return current;
  let best = { model: current, profit: servingProfit(state, lab, current, inferenceFlop) };
  for (const model of others) {
    const profit = servingProfit(state, lab, model, inferenceFlop);
    if (profit > best.profit) best = { model, profit };
  }
  return best.model;
}

/**
 * A run has just finished and put `lab`'s new model on sale in place of `previousId`: the previous model stays on sale
 * when it is the lab's own, buyers would still take it over the best open model, and it earns more on the lab's
 * servers this quarter than the new one (the report says so; the new model can be put on sale at any time).
 */
export function holdBackUnservable(state: GameState, lab: Lab, previousId: string, inferenceFlop: number, notes: ReportNote<NoteCode>[]): void {
  const fresh = servedModel(state, lab);
  const previous = servedModel(state, { productModel: previousId });
  if (!fresh || !previous || previous.lab !== lab.id || fresh.lab !== lab.id) return;
  const floor = bestOpenModel(state.models.filter((m) => m.lab !== lab.id))?.capability ?? 0;
  if (previous.capability < floor) return;
  // Both weighed on the same state: the rivals are checked once (rival-book.ts).
  const [kept, earned] = whileUnchanged(state, (): [number, number] => [servingProfit(state, lab, previous, inferenceFlop), servingProfit(state, lab, fresh, inferenceFlop)]);
  if (kept <= earned) return;
  lab.productModel = previous.id;
  notes.push({ code: 'modelHeldBack', params: { model: fresh.id, kept: previous.id } });
}
