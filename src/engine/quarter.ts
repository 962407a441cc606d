// The quarter: bots decide, then compute -> training -> markets -> costs -> valuation -> insolvency.
import { produce } from 'immer';
import { applyAction } from './actions';
import { capabilityOf } from './capability';
import { deliveredFlop, powerCost } from './compute';
import { marketSize, regionShares } from './market';
import { drawBetween } from './rng';
import { STRATEGIES } from './strategies';
import type { GameState, Lab, LabQuarterReport, LineItem, QuarterReport } from './state-types';

/** Resolves the current quarter and returns the state of the next one, with its report. */
export function endQuarter(state: GameState): GameState {
  if (state.over) return state;
  const afterBots = playBots(state);
  return produce(afterBots, (draft) => {
    const { scenario } = draft;
    draft.algorithmicEfficiency *= scenario.algorithmicGainPerQuarter;
    const before = new Map(draft.labs.map((lab) => [lab.id, lab.capability]));

    for (const lab of draft.labs) {
      if (!lab.alive) continue;
      const training = deliveredFlop(scenario, lab.chips) * scenario.trainingShare;
      lab.trainedCompute += training * draft.algorithmicEfficiency;
      lab.capability = capabilityOf(scenario.capability, lab.trainedCompute);
    }

    const markets: Record<string, number> = {};
    const shares: Record<string, Record<string, number>> = {};
    for (const region of scenario.regions) {
      const size = marketSize(region, draft.quarter) * drawBetween(draft.rng, 'market', 0.95, 1.05);
      markets[region.id] = size;
      const regionShare = regionShares(scenario, draft.labs, region.id);
      for (const lab of draft.labs) {
        const share = regionShare[lab.id] ?? 0;
        (shares[lab.id] ??= {})[region.id] = share;
      }
    }

    const labReports: LabQuarterReport[] = [];
    for (const lab of draft.labs) {
      if (!lab.alive) continue;
      const region = scenario.regions.find((r) => r.id === lab.region);
      const labShares = shares[lab.id] ?? {};
      const revenue = scenario.regions.reduce((sum, r) => sum + (labShares[r.id] ?? 0) * (markets[r.id] ?? 0), 0);
      record(lab, { kind: 'revenue', amount: revenue });
      record(lab, { kind: 'salaries', amount: -lab.researchers * (region?.researcherCostPerYear ?? 0) / 4 });
      record(lab, { kind: 'power', amount: -powerCost(scenario, lab.chips, region?.powerPricePerKwh ?? 0) });
      const depreciation = lab.chipBookValue / scenario.depreciationQuarters;
      lab.chipBookValue -= depreciation;
      lab.revenueLastQuarter = revenue;
      lab.valuation = valuationOf(lab, scenario.revenueMultiple);
      const wentInsolvent = lab.cash < 0;
      if (wentInsolvent) {
        lab.alive = false;
        lab.exitReason = 'insolvent';
        lab.valuation = 0;
      }
      labReports.push({
        lab: lab.id,
        cashStart: lab.cashAtQuarterStart,
        cashEnd: lab.cash,
        lineItems: lab.ledger.slice(),
        depreciation,
        capabilityBefore: before.get(lab.id) ?? 0,
        capabilityAfter: lab.capability,
        shares: labShares,
        wentInsolvent,
      });
      lab.ledger = [];
      lab.cashAtQuarterStart = lab.cash;
    }

    const report: QuarterReport = { quarter: draft.quarter, labs: labReports, markets };
    draft.reports.push(report);
    draft.quarter += 1;
    draft.turn += 1;
    // The game ends with the scenario, or early when every human's lab is out (all-bot games run to the end).
    const humanLabs = draft.labs.filter((lab) => draft.seats[lab.id]?.kind === 'human');
    const humansOut = humanLabs.length > 0 && humanLabs.every((lab) => !lab.alive);
    draft.over = draft.quarter >= scenario.quarters || humansOut;
  });
}

/** Every bot seat issues its strategy's actions through applyAction, in lab order; rejected ones are skipped. */
function playBots(state: GameState): GameState {
  let current = state;
  for (const lab of state.labs) {
    const seat = state.seats[lab.id];
    if (!lab.alive || seat?.kind !== 'bot') continue;
    const self = current.labs.find((l) => l.id === lab.id) as Lab;
    for (const action of STRATEGIES[seat.strategy](current, self)) {
      const result = applyAction(current, action);
      if (result.ok) current = result.state;
    }
  }
  return current;
}

function record(lab: Lab, item: LineItem): void {
  lab.ledger.push(item);
  lab.cash += item.amount;
}

/** Cash, plus chips at book value, plus a multiple of annualised revenue. */
export function valuationOf(lab: Lab, revenueMultiple: number): number {
  return Math.max(0, lab.cash + lab.chipBookValue + revenueMultiple * 4 * lab.revenueLastQuarter);
}
