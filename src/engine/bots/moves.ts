// Building blocks the strategies share: each returns the actions for one habit, legal or nothing.
import * as act from '../actions';
import type { Action } from '../actions';
import { HOURS_PER_QUARTER } from '../calendar';
import { buyableChips, rentalOffer } from '../compute';
import { computeFor } from '../phase-training';
import { bestOpenModel, openHostPrice } from '../market';
import { labEffects, techniqueCost } from '../research';
import type { Chip } from '../scenario-types';
import type { GameState, Lab } from '../state-types';
import { hiringCap, payroll } from '../talent';
import { capabilityOfLab } from '../training';

export function regionOf(state: GameState, lab: Lab) {
  return state.scenario.regions.find((r) => r.id === lab.region)!;
}

/** Cash above `quarters` of payroll: what a lab can spend without touching its reserve. */
export function spare(state: GameState, lab: Lab, quarters: number): number {
  return lab.cash - quarters * payroll(regionOf(state, lab), lab);
}

/** The chip with the most training FLOP per dollar among those the lab may buy; ties to the catalogue's first. */
export function bestValueChip(chips: readonly Chip[]): Chip | undefined {
  let best: Chip | undefined;
  let bestValue = 0;
  for (const chip of chips) {
    const value = (chip.peakFlops * chip.trainingUtilisation) / chip.price;
    if (value > bestValue) {
      best = chip;
      bestValue = value;
    }
  }
  return best;
}

/** Spends `share` of the spare cash on the best-value legal chip. */
export function buyCompute(state: GameState, lab: Lab, share: number, reserveQuarters = 4): Action[] {
  const chip = bestValueChip(buyableChips(state.scenario, lab.region, state.quarter));
  const budget = spare(state, lab, reserveQuarters) * share;
  if (!chip || budget <= 0) return [];
  const units = Math.min(1_000_000, Math.floor(budget / (chip.price * 1.3)));
  return units > 0 ? [act.buyChips(lab.id, chip.id, units)] : [];
}

/** Rents the cheapest chip-hour on offer at home so that a quarter's rent is about `share` of cash (frontier burn). */
export function rentCompute(state: GameState, lab: Lab, share: number): Action[] {
  let best: { chip: Chip; price: number } | undefined;
  for (const chip of state.scenario.chips) {
    const offer = rentalOffer(chip, lab.region, state.quarter);
    if (!offer) continue;
    const price = offer.pricePerHour / (chip.peakFlops * chip.trainingUtilisation);
    if (!best || price < best.price) best = { chip, price: offer.pricePerHour };
  }
  if (!best || lab.cash <= 0) return [];
  const units = Math.min(1_000_000, Math.floor((lab.cash * share) / (best.price * HOURS_PER_QUARTER)));
  const current = lab.rentals.find((r) => r.chip === best!.chip.id && r.region === lab.region)?.units ?? 0;
  // Compute contracts are commitments: the frontier lab only ever rents more, so its burn outlives its funding.
  return units > current * 1.2 ? [act.setRental(lab.id, best.chip.id, lab.region, units)] : [];
}

/** Moves ten points of compute from training to inference when more than a tenth of demand went unserved. */
export function serveDemand(state: GameState, lab: Lab, minimumTraining = 20): Action[] {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  if (!report) return [];
  const revenue = report.lineItems.filter((i) => i.kind === 'revenue').reduce((a, i) => a + i.amount, 0);
  if (report.lostToCapacity <= 0.1 * (revenue + report.lostToCapacity) || lab.split.training < minimumTraining + 10) return [];
  return [act.setSplit(lab.id, { training: lab.split.training - 10, inference: lab.split.inference + 10, research: lab.split.research })];
}

/** Sets the strategy's split in the first quarter; later the lab adjusts it to demand. */
export function splitAtStart(state: GameState, lab: Lab, training: number, inference: number, research: number): Action[] {
  const same = lab.split.training === training && lab.split.inference === inference && lab.split.research === research;
  return state.quarter > 0 || same ? [] : [act.setSplit(lab.id, { training, inference, research })];
}

/** Researches the first unknown technique in `order` (then the cheapest of the rest). */
export function researchNext(state: GameState, lab: Lab, order: readonly string[]): Action[] {
  if (lab.research) return [];
  const unknown = state.scenario.techniques.filter((t) => !lab.techniques.includes(t.id));
  const preferred = order.map((id) => unknown.find((t) => t.id === id)).find((t) => t !== undefined);
  const next = preferred ?? [...unknown].sort((a, b) => techniqueCost(state, a) - techniqueCost(state, b) || (a.id < b.id ? -1 : 1))[0];
  return next ? [act.research(lab.id, next.id)] : [];
}

/**
 * Keeps a training run going, sized to finish in `quarters` of the lab's training compute
 * (Chinchilla: 20 tokens per active parameter), with `expertRatio` total per active parameter when it knows MoE.
 */
export function keepTraining(state: GameState, lab: Lab, options: { quarters: number; expertRatio: number; open: boolean }): Action[] {
  if (lab.run) return [];
  const effects = labEffects(state, lab);
  const perQuarter = computeFor(state, lab).trainingFlop;
  // Runs are capped at 100 trillion parameters (the engine's limit), experts included.
  const ratio = effects.mixtureOfExperts ? options.expertRatio : 1;
  const active = Math.min(Math.floor(1e14 / ratio / 1e9), Math.floor(Math.sqrt((options.quarters * perQuarter) / 120) / 1e9)) * 1e9;
  if (active < 1e9) return [];
  const total = active * ratio;
  return [act.startRun(lab.id, { name: `${lab.name.split(' ')[0]} ${state.quarter + 2}`, totalParams: total, activeParams: active, tokens: 20 * active, open: options.open })];
}

/** Raises a round of `share` of what investors allow when the runway at last quarter's burn is under `quarters`. */
export function raiseWhenShort(state: GameState, lab: Lab, quarters: number, share: number): Action[] {
  if (lab.pendingRound) return [];
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  const burn = report ? -report.lineItems.filter((i) => !['funding', 'chipPurchase', 'chipSale', 'licenceFee', 'greyPremium'].includes(i.kind)).reduce((a, i) => a + i.amount, 0) : 0;
  if (burn <= 0 || lab.cash > quarters * burn) return [];
  const amount = Math.floor((lab.valuation / 2) * share);
  return amount >= 1e6 ? [act.raiseRound(lab.id, amount)] : [];
}

/** Hires `count` of a role while the lab can afford `reserve` quarters of the bigger payroll. */
export function hireIfRich(state: GameState, lab: Lab, role: act.Role, count: number, reserve: number): Action[] {
  const room = hiringCap(lab) - lab.hiredThisQuarter;
  const n = Math.min(room, count);
  return n > 0 && spare(state, lab, reserve) > 0 ? [act.hire(lab.id, role, n)] : [];
}

/** Serves the best model available to it, own or open, when that beats what it serves now. */
export function serveBestModel(state: GameState, lab: Lab): Action[] {
  const open = bestOpenModel(state.models);
  if (!open || open.id === lab.productModel || open.capability <= capabilityOfLab(state, lab)) return [];
  return [act.useModel(lab.id, open.id)];
}

/** Prices the API at `multiple` times what hosts charge for the best open model (or leaves it). */
export function priceAgainstOpen(state: GameState, lab: Lab, multiple: number): Action[] {
  const open = bestOpenModel(state.models);
  if (!open) return [];
  const price = Math.max(0.05, Math.round(openHostPrice(state.scenario, open) * multiple * 100) / 100);
  return Math.abs(price - lab.prices.api) / lab.prices.api > 0.1 ? [act.setPrice(lab.id, 'api', price)] : [];
}

export function launch(lab: Lab, product: 'api' | 'consumer' | 'cloud'): Action[] {
  return !lab.products[product] && (product === 'cloud' || lab.productModel) ? [act.launchProduct(lab.id, product)] : [];
}

/** Starts every industry solution its model qualifies for, one per quarter. */
export function buildVerticals(state: GameState, lab: Lab): Action[] {
  if (lab.engineers === 0) return [];
  const capability = capabilityOfLab(state, lab);
  const next = state.scenario.verticals.find((v) => !lab.verticals[v.id] && capability >= v.minCapability);
  return next ? [act.buildVertical(lab.id, next.id)] : [];
}

/** Publishes its own closed models once they are no longer its best (open-source the last generation). */
export function openOldModels(state: GameState, lab: Lab): Action[] {
  return state.models.filter((m) => m.lab === lab.id && !m.open && m.id !== lab.productModel).map((m) => act.openWeights(lab.id, m.id));
}

/** Publishes every technique it knows that nobody has published yet. */
export function publishTechniques(state: GameState, lab: Lab): Action[] {
  return lab.techniques.filter((id) => !state.published.includes(id)).map((id) => act.publish(lab.id, id));
}
