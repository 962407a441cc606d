// The quarter: bots decide, then compute -> training and research -> markets -> costs -> funding -> risks -> events
// -> reputation -> exits and investors' estimate.
import { gameLength } from './create-game';
import { idRecord } from './id-record';
import { applyInPlace } from './apply-action';
import { asBotPass } from './bot-pass';
import { settleChipSupply } from './chip-supply';
import { workingCopy } from './copy';
import { chainReport } from './hash';
import { apiSellers, explainResale, explainRevenue, explainServingEdge } from './explain';
import { powerPrice, rentalOffer } from './world-rules';
import { reviseEstimate } from './funding';
import { capabilityOfLab, isModelMaker } from './training';
import { resolveMarkets } from './phase-markets';
import { holdBackUnservable } from './serving-choice';
import { payCosts, payRoyalty } from './phase-costs';
import { headcountsFixed } from './talent';
import { voucherRations } from './vouchers';
import { serviceDebt } from './fleet-debt';
import { explainTrainingRent } from './training-bill';
import { chargeServing } from './gross-margin';
import { cutRentalsAbroad, seizeGreyChips } from './phase-funding';
import { closeRounds } from './phase-rounds';
import { resolveInsolvency } from './phase-exits';
import { fireEvents, settleUnanswered } from './phase-events';
import { advanceResearch, advanceTraining, computeFor, type LabCompute } from './phase-training';
import { STRATEGIES } from './bots/strategies';
import { isPersonsSeat, type GameState, type Lab, type LabQuarterReport, type QuarterReport, type ReportNote } from './state-types';
import type { NewsCode } from './notes';

/** Quarters of revenue history kept for growth. */
const HISTORY = 5;

/** Resolves the current quarter and returns the state of the next one, with its report. */
export function endQuarter(state: GameState): GameState {
  if (state.over) return state;
  // The quarter, bots' actions included, mutates a working copy: far cheaper than proxying every read through immer.
  const next = workingCopy(state);
  const botRejections = playBots(next);
  const { scenario } = next;
  settleUnanswered(next);
  next.algorithmicEfficiency *= scenario.world.algorithmicGainPerQuarter;
  const alive = next.labs.filter((lab) => lab.alive);
  const news: ReportNote<NewsCode>[] = [];
  const reports = idRecord<LabQuarterReport>();
  const compute = idRecord<LabCompute>();
  const modelsBefore = next.models.length;

  announceCostChanges(next, news);
  const supplyNotes = settleChipSupply(next);
  for (const lab of alive) {
    dropEndedRentals(next, lab, news);
    compute[lab.id] = computeFor(next, lab);
    reports[lab.id] = {
      lab: lab.id,
      cashStart: lab.cashAtQuarterStart,
      cashEnd: 0,
      lineItems: [],
      depreciation: 0,
      capabilityBefore: capabilityOfLab(next, lab),
      capabilityAfter: 0,
      trainingFlop: compute[lab.id]!.trainingFlop,
      inferenceFlop: compute[lab.id]!.inferenceFlop,
      products: [],
      lostToCapacity: 0,
      notes: supplyNotes[lab.id] ?? [],
    };
    const onSale = lab.productModel;
    advanceTraining(next, lab, compute[lab.id]!, reports[lab.id]!);
    if (onSale !== null && lab.productModel !== onSale) holdBackUnservable(next, lab, onSale, compute[lab.id]!.inferenceFlop, reports[lab.id]!.notes);
    advanceResearch(next, lab, compute[lab.id]!, reports[lab.id]!);
  }
  for (const model of next.models.slice(modelsBefore)) {
    news.push({ code: model.open ? 'openRelease' : 'closedRelease', params: { lab: model.lab, model: model.id, capability: model.capability } });
  }

  const markets = resolveMarkets(next, compute, reports);
  const vouchers = voucherRations(next, alive);
  // The bills change no lab's researchers: the talent market counts each region's once (talent.ts).
  headcountsFixed(next, () => {
    for (const lab of alive) {
      payCosts(next, lab, reports[lab.id]!, vouchers);
      payRoyalty(next, lab, reports[lab.id]!);
      chargeServing(lab, reports[lab.id]!, compute[lab.id]!);
      serviceDebt(next, lab, reports[lab.id]!);
    }
  });
  const capital = closeRounds(next, alive, reports);
  const sellers = apiSellers(next);
  for (const lab of alive) {
    const report = reports[lab.id]!;
    seizeGreyChips(next, lab, report);
    cutRentalsAbroad(next, lab, report);
    const revenue = lab.ledger.filter((i) => i.kind === 'revenue').reduce((a, i) => a + i.amount, 0);
    lab.revenueHistory = [...lab.revenueHistory, revenue].slice(-HISTORY);
    explainRevenue(next, lab, report, next.models.slice(modelsBefore));
    explainServingEdge(next, lab, report, sellers);
    explainResale(next, lab, report);
    explainTrainingRent(lab, report);
  }
  fireEvents(next, news);
  updateReputation(next, alive);
  for (const lab of alive) {
    const report = reports[lab.id]!;
    resolveInsolvency(next, lab, report, capital);
    if (!lab.alive) news.push({ code: lab.exitReason === 'acquired' ? 'labAcquired' : 'labShutDown', params: { lab: lab.id } });
    // Investors re-estimate every quarter; the lab's valuation moves only when a round prices.
    reviseEstimate(next, lab, report);
    report.cashEnd = lab.cash;
    report.lineItems = lab.ledger.slice();
    report.capabilityAfter = capabilityOfLab(next, lab);
    lab.ledger = [];
    lab.cashAtQuarterStart = lab.cash;
    lab.hiredThisQuarter = 0;
  }

  const report: QuarterReport = {
    quarter: next.quarter,
    labs: alive.map((lab) => reports[lab.id]!),
    markets,
    news,
    survivors: survivorsByRegion(next),
    capital,
    botRejections,
  };
  next.reports.push(report);
  next.reportsHash = chainReport(next.reportsHash, report);
  next.quarter += 1;
  next.turn += 1;
  // The game ends with the scenario (or its classroom cut), or early when every person's lab is out, on autopilot or not (all-bot games run to the end).
  const humanLabs = next.labs.filter((lab) => isPersonsSeat(next.seats[lab.id]));
  const humansOut = humanLabs.length > 0 && humanLabs.every((lab) => !lab.alive);
  next.over = next.quarter >= gameLength(next) || humansOut;
  return next;
}

/** Rentals whose offer ended (a ban, a cut-off) stop, with a news line. */
function dropEndedRentals(state: GameState, lab: Lab, news: ReportNote<NewsCode>[]): void {
  const kept = lab.rentals.filter((r) => {
    return rentalOffer(state, r.chip, r.region) !== undefined;
  });
  if (kept.length < lab.rentals.length) news.push({ code: 'rentalEnded', params: { lab: lab.id } });
  lab.rentals = kept;
}

/** Reputation drifts toward the lab's capability standing: the best model sets the bar. */
function updateReputation(state: GameState, labs: readonly Lab[]): void {
  const top = Math.max(1, ...state.models.map((m) => m.capability));
  for (const lab of labs) {
    const standing = (100 * capabilityOfLab(state, lab)) / top;
    lab.reputation = Math.max(0, Math.min(100, 0.85 * lab.reputation + 0.15 * standing));
  }
}

/** Labs still in the game per region, and how many of them are still model makers (a model of their own in the last year). */
function survivorsByRegion(state: GameState): QuarterReport['survivors'] {
  const survivors: QuarterReport['survivors'] = idRecord();
  for (const region of state.scenario.regions) survivors[region.id] = { alive: 0, modelMakers: 0 };
  for (const lab of state.labs) {
    const entry = survivors[lab.region];
    if (!lab.alive || !entry) continue;
    entry.alive += 1;
    if (isModelMaker(state, lab)) entry.modelMakers += 1;
  }
  return survivors;
}

/**
 * Every bot seat issues its strategy's actions through applyInPlace, in lab order, each strategy seeing the actions
 * of the bots before it; rejected ones are counted and skipped.
 */
function playBots(state: GameState): number {
  const bots = state.labs.flatMap((lab) => {
    const seat = state.seats[lab.id];
    return lab.alive && seat?.kind === 'bot' ? [{ lab, strategy: STRATEGIES[seat.strategy] }] : [];
  });
  let rejected = 0;
  asBotPass(state, () => {
    for (const { lab, strategy } of bots) {
      for (const action of strategy(state, lab)) {
        if (applyInPlace(state, action)) rejected += 1;
      }
    }
  });
  return rejected;
}

/** The scenario's cost timeline: a line of news in each quarter a region's pay or power price changes. */
function announceCostChanges(state: GameState, news: ReportNote<NewsCode>[]): void {
  for (const region of state.scenario.regions) {
    for (const change of region.costTimeline ?? []) {
      if (change.from !== state.quarter) continue;
      if (change.researcherCostPerYear !== undefined) news.push({ code: 'researcherPayChanged', params: { region: region.id, cost: change.researcherCostPerYear } });
      if (change.engineerCostPerYear !== undefined) news.push({ code: 'engineerPayChanged', params: { region: region.id, cost: change.engineerCostPerYear } });
      if (change.powerPricePerKwh !== undefined) news.push({ code: 'powerPriceChanged', params: { region: region.id, perKwh: powerPrice(state, region.id) } });
    }
  }
}
