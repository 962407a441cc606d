// Why things moved: a short reason for a lab's revenue change, for the quarterly report.
import { bestOpenModel } from './market';
import { servingCostPerUnit } from './previews';
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
export function explainServingEdge(state: GameState, lab: Lab, report: LabQuarterReport): void {
  if (!lab.products.api || !lab.productModel) return;
  const own = capabilityOfLab(state, lab);
  const mine = servingCostPerUnit(state, lab, 'api');
  let rival: { lab: string; cost: number } | undefined;
  for (const other of state.labs) {
    if (other === lab || !other.alive || !other.products.api || !other.productModel || capabilityOfLab(state, other) < own - OPEN_FLOOR_GAP) continue;
    const cost = servingCostPerUnit(state, other, 'api');
    if (!rival || cost < rival.cost) rival = { lab: other.id, cost };
  }
  if (rival && mine > 0 && mine <= SERVING_EDGE * rival.cost) {
    report.notes.push({ code: 'servingEdge', params: { perMillion: mine, rivalPerMillion: rival.cost, lab: rival.lab, price: lab.prices.api } });
  }
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
