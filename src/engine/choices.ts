// What a lab can do right now: the options the UI and the bots offer, each legal when taken with sensible amounts.
import * as act from './actions';
import type { Action } from './actions';
import { isLegal } from './apply-action';
import { buyableChips } from './compute';
import { chipAvailable, greyMarketOf, rentalLimit, rentalOffer } from './world-rules';
import type { EventDef } from './event-types';
import { maxRound } from './funding';
import { productIds } from './segments';
import type { Chip, ProductId, RentalOffer, Technique, Vertical } from './scenario-types';
import type { GameState, Lab, Model } from './state-types';
import { hiringCap } from './talent';
import { capabilityOfLab } from './training';

export interface LabChoices {
  buyableChips: Chip[];
  /** Chips the lab may not buy legally but can find on the grey market. */
  greyChips: Chip[];
  rentals: { chip: Chip; offer: RentalOffer }[];
  researchable: Technique[];
  publishable: Technique[];
  /** Models the lab may serve: its own, and every open model. */
  servable: Model[];
  /** Its own closed models, which it may publish. */
  openable: Model[];
  buildable: Vertical[];
  launchable: ProductId[];
  questions: EventDef[];
  hiringRoom: number;
  maxRound: number;
}

export function choicesFor(state: GameState, lab: Lab): LabChoices {
  const { scenario } = state;
  const capability = capabilityOfLab(state, lab);
  return {
    buyableChips: buyableChips(state, lab.region),
    greyChips: scenario.chips.filter((chip) => greyMarketOf(state, chip.id) && !chipAvailable(state, chip.id, lab.region)),
    rentals: scenario.chips.flatMap((chip) =>
      scenario.regions.map((r) => rentalOffer(state, chip.id, r.id)).filter((o): o is RentalOffer => o !== undefined && rentalLimit(o, lab.region) >= 1).map((offer) => ({ chip, offer }))),
    researchable: scenario.techniques.filter((t) => !lab.techniques.includes(t.id)),
    publishable: scenario.techniques.filter((t) => lab.techniques.includes(t.id) && !state.published.includes(t.id)),
    servable: state.models.filter((m) => m.lab === lab.id || m.open),
    openable: state.models.filter((m) => m.lab === lab.id && !m.open),
    buildable: lab.engineers > 0 ? scenario.verticals.filter((v) => !lab.verticals[v.id] && capability >= v.minCapability) : [],
    launchable: lab.productModel ? productIds(scenario).filter((p) => !lab.products[p]) : productIds(scenario).filter((p) => p === 'cloud' && !lab.products.cloud),
    questions: lab.pendingChoices.map((id) => scenario.events.find((e) => e.id === id)).filter((e): e is EventDef => e !== undefined),
    hiringRoom: Math.max(0, hiringCap(lab) - lab.hiredThisQuarter),
    maxRound: maxRound(state, lab),
  };
}

/**
 * Concrete actions the lab may take now, each with a small amount (one chip, one hire, the first answer),
 * every one accepted by applyAction. The random bot draws from this list.
 */
export function legalActions(state: GameState, labId: string): Action[] {
  const lab = state.labs.find((l) => l.id === labId);
  if (!lab || !lab.alive || state.over) return [];
  const c = choicesFor(state, lab);
  const candidates: Action[] = [
    ...c.buyableChips.map((chip) => act.buyChips(lab.id, chip.id, 1)),
    ...c.greyChips.map((chip) => act.buyChips(lab.id, chip.id, 1, true)),
    ...c.rentals.map(({ chip, offer }) => act.setRental(lab.id, chip.id, offer.region, 1)),
    ...c.researchable.map((t) => act.research(lab.id, t.id)),
    ...c.publishable.map((t) => act.publish(lab.id, t.id)),
    ...c.servable.filter((m) => m.id !== lab.productModel).map((m) => act.useModel(lab.id, m.id)),
    ...c.openable.map((m) => act.openWeights(lab.id, m.id)),
    ...c.buildable.map((v) => act.buildVertical(lab.id, v.id)),
    ...c.launchable.map((p) => act.launchProduct(lab.id, p)),
    ...c.questions.flatMap((e) => e.choices.map((choice) => act.answerEvent(lab.id, e.id, choice.id))),
    ...(c.hiringRoom > 0 ? [act.hire(lab.id, 'researchers', 1), act.hire(lab.id, 'engineers', 1)] : []),
    ...(lab.run ? [act.cancelRun(lab.id)] : [act.startRun(lab.id, { name: 'Small run', totalParams: 1e9, activeParams: 1e9, tokens: 2e10, open: false })]),
    ...(c.maxRound >= 1e6 ? [act.raiseRound(lab.id, 1e6)] : []),
  ];
  return candidates.filter((action) => isLegal(state, action));
}
