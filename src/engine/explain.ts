// Why things moved: a short reason for a lab's revenue change, for the quarterly report.
import { bestOpenModel, openHostPrice } from './market';
import { modelById } from './lookups';
import { resells } from './resale';
import { servingCostPerUnit } from './previews';
import { firstTokenSegment } from './segments';
import type { GameState, Lab, LabQuarterReport, Model } from './state-types';
import { capabilityOfLab, worldFrontier } from './training';

/** Revenue moves of less than this share are not explained. */
const NOTABLE = 0.1;
/** An open model this close to yours undercuts you at cost. */
const OPEN_FLOOR_GAP = 3;

/** Serving at this share or less of the cheapest comparable rival's cost is an edge worth a line in the report. */
const SERVING_EDGE = 0.5;

/**
 * The efficient lab's edge, in its report: when a million API tokens cost it at most half what they cost the cheapest
 * rival with a model as capable (within the open-floor gap), it can price below them and still earn on every token.
 */
export function explainServingEdge(state: GameState, lab: Lab, report: LabQuarterReport, sellers: readonly ApiSeller[] = apiSellers(state)): void {
  const api = firstTokenSegment(state.scenario);
  if (api === undefined || !lab.products[api] || !lab.productModel) return;
  const own = capabilityOfLab(state, lab);
  const mine = servingCostPerUnit(state, lab, api);
  let rival: { lab: string; cost: number } | undefined;
  for (const other of sellers) {
    if (other.lab === lab || other.capability < own - OPEN_FLOOR_GAP) continue;
    if (!rival || other.cost < rival.cost) rival = { lab: other.lab.id, cost: other.cost };
  }
  if (rival && mine > 0 && mine <= SERVING_EDGE * rival.cost) {
    report.notes.push({ code: 'servingEdge', params: { perMillion: mine, rivalPerMillion: rival.cost, lab: rival.lab, price: lab.prices[api]! } });
  }
}

/**
 * A lab reselling another lab's open weights on its API is told why its brand wins it nothing there (resale.ts): any
 * host sells the same model, at the price hosts charge for it this quarter.
 */
export function explainResale(state: GameState, lab: Lab, report: LabQuarterReport): void {
  const api = firstTokenSegment(state.scenario);
  if (api === undefined || !lab.products[api] || !lab.productModel) return;
  const model = modelById(state.models, lab.productModel);
  if (!model || !resells(state.scenario, api, lab, model)) return;
  report.notes.push({ code: 'resoldAsHost', params: { model: model.id, lab: model.lab, price: openHostPrice(state, model), yours: lab.prices[api]! } });
}

/** A lab selling API access: its served model's capability and what a unit costs it to serve. */
export interface ApiSeller {
  lab: Lab;
  capability: number;
  cost: number;
}

/** Every lab in the game selling API access (in the first segment buying tokens), in lab order: worked out once for all the quarter's reports rather than once per pair of labs. */
export function apiSellers(state: GameState): ApiSeller[] {
  const api = firstTokenSegment(state.scenario);
  if (api === undefined) return [];
  return state.labs
    .filter((lab) => lab.alive && lab.products[api] && lab.productModel)
    .map((lab) => ({ lab, capability: capabilityOfLab(state, lab), cost: servingCostPerUnit(state, lab, api) }));
}

export function explainRevenue(state: GameState, lab: Lab, report: LabQuarterReport, releases: readonly Model[]): void {
  const [before, now] = lab.revenueHistory.slice(-2);
  if (before === undefined || now === undefined || before <= 0) return;
  const change = (now - before) / before;
  const own = capabilityOfLab(state, lab);
  if (change >= NOTABLE) {
    const mine = releases.find((m) => m.lab === lab.id);
    report.notes.push(mine
      ? { code: 'revenueRoseNewModel', params: { change, model: mine.id } }
      : { code: 'revenueRose', params: { change } });
    return;
  }
  if (change > -NOTABLE) return;
  const open = bestOpenModel(state.models);
  const rival = releases.filter((m) => m.lab !== lab.id && m.capability > own).sort((a, b) => b.capability - a.capability)[0];
  if (report.lostToCapacity > now) {
    report.notes.push({ code: 'revenueFellCapacity', params: { change } });
  } else if (open && open.lab !== lab.id && open.capability >= own - OPEN_FLOOR_GAP) {
    report.notes.push({ code: 'revenueFellOpenFloor', params: { change, model: open.id, capability: open.capability, own } });
  } else if (rival) {
    report.notes.push({ code: 'revenueFellRival', params: { change, model: rival.id, lab: rival.lab } });
  } else if (report.lostToCapacity > 0) {
    report.notes.push({ code: 'revenueFellCapacity', params: { change } });
  } else {
    report.notes.push({ code: 'revenueFellFrontier', params: { change, gap: worldFrontier(state) - own } });
  }
}
