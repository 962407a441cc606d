// applyAction: validate an action against the state, then apply it to a copy. Never throws, never mutates.
import { produce } from 'immer';
import type { Action, ActionOf } from './actions';
import { chipAvailable, chipBookValue, findChip, orderCost, rentalOffer } from './compute';
import { maxRound, roundChancePercent } from './funding';
import { record } from './ledger';
import { reject, type Rejection } from './reasons';
import { SEGMENT_IDS } from './scenario-types';
import type { GameState, Lab } from './state-types';
import { hiringCap, salaryPerQuarter } from './talent';
import { OPEN_RELEASE_REPUTATION, requiredFlop } from './training';

export type ActionResult = { ok: true; state: GameState } | Rejection;

/** Largest count in one order (chips, people); larger fleets are built over several orders. */
export const MAX_ORDER = 1_000_000;
/** Used chips sell for this share of their book value. */
export const RESALE_SHARE = 0.8;

export function applyAction(state: GameState, action: Action): ActionResult {
  const problem = validate(state, action);
  if (problem) return problem;
  const next = produce(state, (draft) => {
    const lab = draft.labs.find((l) => l.id === action.lab) as Lab;
    apply(draft, lab, action);
    draft.turn += 1;
  });
  return { ok: true, state: next };
}

function apply(state: GameState, lab: Lab, action: Action): void {
  const { scenario, quarter } = state;
  switch (action.type) {
    case 'buyChips': {
      const chip = findChip(scenario, action.chip)!;
      const grey = action.grey === true;
      const { list: listCost, markup, total: cost } = orderCost(chip, lab.region, quarter, grey, action.units);
      const holding = grey ? lab.greyChips : lab.chips;
      holding[chip.id] = (holding[chip.id] ?? 0) + action.units;
      lab.chipVintages.push({ chip: chip.id, grey, cost, quartersLeft: scenario.world.depreciationQuarters });
      record(lab, 'chipPurchase', -listCost, chip.id);
      record(lab, grey ? 'greyPremium' : 'licenceFee', -markup, chip.id);
      return;
    }
    case 'sellChips': {
      const share = action.units / (lab.chips[action.chip] ?? 1);
      const sold = (v: { chip: string; grey: boolean }) => v.chip === action.chip && !v.grey;
      const proceeds = chipBookValue(lab, scenario.world.depreciationQuarters, sold) * share * RESALE_SHARE;
      lab.chips[action.chip] = (lab.chips[action.chip] ?? 0) - action.units;
      for (const vintage of lab.chipVintages) if (sold(vintage)) vintage.cost *= 1 - share;
      record(lab, 'chipSale', proceeds, action.chip);
      return;
    }
    case 'setRental': {
      const rest = lab.rentals.filter((r) => !(r.chip === action.chip && r.region === action.region));
      lab.rentals = action.units > 0 ? [...rest, { chip: action.chip, region: action.region, units: action.units }] : rest;
      return;
    }
    case 'setSplit':
      lab.split = { training: action.training, inference: action.inference, research: action.research };
      return;
    case 'hire':
      lab[action.role] += action.count;
      lab.hiredThisQuarter += action.count;
      return;
    case 'fire': {
      const region = scenario.regions.find((r) => r.id === lab.region)!;
      lab[action.role] -= action.count;
      record(lab, 'severance', -action.count * salaryPerQuarter(region, action.role), action.role);
      return;
    }
    case 'startRun':
      lab.run = {
        name: action.name,
        totalParams: action.totalParams,
        activeParams: action.activeParams,
        tokens: action.tokens,
        open: action.open,
        requiredFlop: requiredFlop(action.activeParams, action.tokens),
        doneFlop: 0,
        startedQuarter: quarter,
      };
      return;
    case 'cancelRun':
      lab.run = null;
      return;
    case 'openWeights': {
      const model = state.models.find((m) => m.id === action.model)!;
      model.open = true;
      lab.reputation = Math.min(100, lab.reputation + OPEN_RELEASE_REPUTATION);
      return;
    }
    case 'useModel':
      lab.productModel = action.model;
      return;
    case 'launchProduct':
      lab.products[action.segment] = true;
      return;
    case 'setPrice':
      lab.prices[action.segment] = action.price;
      return;
    case 'raiseRound':
      lab.pendingRound = { amount: action.amount, preMoney: lab.valuation, chancePercent: roundChancePercent(state, lab, action.amount) };
      return;
  }
}

function validate(state: GameState, action: Action): Rejection | undefined {
  if (state.over) return reject('gameOver');
  if (typeof action !== 'object' || action === null) return reject('unknownAction', { type: String(action) });
  const lab = state.labs.find((l) => l.id === action.lab);
  if (!lab) return reject('unknownLab', { lab: String(action.lab) });
  if (!lab.alive) return reject('labOut', { lab: lab.name });
  const check = VALIDATORS[action.type as Action['type']] as ((s: GameState, l: Lab, a: Action) => Rejection | undefined) | undefined;
  if (!check) return reject('unknownAction', { type: String((action as { type?: unknown }).type) });
  return check(state, lab, action);
}

const isCount = (value: unknown, min = 1): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_ORDER;
const isAmount = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const badCount = (count: unknown) => reject('badCount', { count: String(count), max: MAX_ORDER });

type Validators = { [T in Action['type']]: (state: GameState, lab: Lab, action: ActionOf<T>) => Rejection | undefined };

const VALIDATORS: Validators = {
  buyChips(state, lab, action) {
    const chip = findChip(state.scenario, action.chip);
    if (!chip) return reject('unknownChip', { chip: String(action.chip) });
    if (!isCount(action.units)) return badCount(action.units);
    const legal = chipAvailable(chip, lab.region, state.quarter);
    if (action.grey) {
      if (legal) return reject('greyNotNeeded', { chip: chip.name });
      if (!chip.greyMarket) return reject('noGreyMarket', { chip: chip.name });
    } else if (!legal) {
      return reject('chipNotAvailable', { chip: chip.name, region: lab.region });
    }
    const cost = orderCost(chip, lab.region, state.quarter, action.grey === true, action.units).total;
    if (cost > lab.cash) return reject('notEnoughCash', { cost, cash: lab.cash });
    return undefined;
  },
  sellChips(state, lab, action) {
    const chip = findChip(state.scenario, action.chip);
    if (!chip) return reject('unknownChip', { chip: String(action.chip) });
    if (!isCount(action.units)) return badCount(action.units);
    const owned = lab.chips[chip.id] ?? 0;
    if (action.units > owned) return reject('notEnoughChips', { chip: chip.name, owned });
    return undefined;
  },
  setRental(state, lab, action) {
    const chip = findChip(state.scenario, action.chip);
    if (!chip) return reject('unknownChip', { chip: String(action.chip) });
    if (!state.scenario.regions.some((r) => r.id === action.region)) return reject('unknownRegion', { region: String(action.region) });
    if (!isCount(action.units, 0)) return badCount(action.units);
    if (action.units > 0 && !rentalOffer(chip, action.region, state.quarter)) return reject('notForRent', { chip: chip.name, region: action.region });
    return undefined;
  },
  setSplit(_state, _lab, action) {
    const parts = [action.training, action.inference, action.research];
    if (!parts.every((p) => isCount(p, 0) && p <= 100) || parts[0]! + parts[1]! + parts[2]! !== 100) {
      return reject('badSplit', { training: String(action.training), inference: String(action.inference), research: String(action.research) });
    }
    return undefined;
  },
  hire(_state, lab, action) {
    if (action.role !== 'researchers' && action.role !== 'engineers') return reject('unknownAction', { type: `hire ${String(action.role)}` });
    if (!isCount(action.count)) return badCount(action.count);
    const room = hiringCap(lab) - lab.hiredThisQuarter;
    if (action.count > room) return reject('hiringCap', { cap: Math.max(0, room) });
    return undefined;
  },
  fire(state, lab, action) {
    if (action.role !== 'researchers' && action.role !== 'engineers') return reject('unknownAction', { type: `fire ${String(action.role)}` });
    if (!isCount(action.count)) return badCount(action.count);
    if (action.count > lab[action.role]) return reject('notEnoughStaff', { role: action.role, count: lab[action.role] });
    const region = state.scenario.regions.find((r) => r.id === lab.region)!;
    const cost = action.count * salaryPerQuarter(region, action.role);
    if (cost > lab.cash) return reject('notEnoughCash', { cost, cash: lab.cash });
    return undefined;
  },
  startRun(_state, lab, action) {
    if (lab.run) return reject('runInProgress', { run: lab.run.name });
    if (typeof action.name !== 'string' || action.name.trim() === '' || action.name.length > 40) return reject('badNumber', { field: 'name' });
    if (!isAmount(action.totalParams, 1e8, 1e14)) return reject('badNumber', { field: 'totalParams' });
    if (!isAmount(action.activeParams, 1e8, 1e14)) return reject('badNumber', { field: 'activeParams' });
    if (!isAmount(action.tokens, 1e9, 1e15)) return reject('badNumber', { field: 'tokens' });
    if (action.activeParams > action.totalParams) return reject('activeAboveTotal');
    return undefined;
  },
  cancelRun(_state, lab) {
    return lab.run ? undefined : reject('noRun');
  },
  openWeights(state, lab, action) {
    const model = state.models.find((m) => m.id === action.model);
    if (!model) return reject('unknownModel', { model: String(action.model) });
    if (model.lab !== lab.id) return reject('notYourModel', { model: model.name });
    if (model.open) return reject('alreadyOpen', { model: model.name });
    return undefined;
  },
  useModel(state, lab, action) {
    const model = state.models.find((m) => m.id === action.model);
    if (!model) return reject('unknownModel', { model: String(action.model) });
    if (model.lab !== lab.id && !model.open) return reject('modelNotOpen', { model: model.name });
    return undefined;
  },
  launchProduct(_state, lab, action) {
    if (!SEGMENT_IDS.includes(action.segment)) return reject('unknownSegment', { segment: String(action.segment) });
    if (lab.products[action.segment]) return reject('productLive', { segment: action.segment });
    if (!lab.productModel) return reject('noModel');
    return undefined;
  },
  setPrice(_state, lab, action) {
    if (!SEGMENT_IDS.includes(action.segment)) return reject('unknownSegment', { segment: String(action.segment) });
    if (!isAmount(action.price, 0.01, 10_000)) return reject('badNumber', { field: 'price' });
    return undefined;
  },
  raiseRound(state, lab, action) {
    if (lab.pendingRound) return reject('roundPending', { amount: lab.pendingRound.amount });
    if (!isAmount(action.amount, 1e6, 1e12)) return reject('badNumber', { field: 'amount' });
    if (action.amount > maxRound(lab)) return reject('roundTooLarge', { maxAmount: maxRound(lab) });
    if (roundChancePercent(state, lab, action.amount) <= 5) return reject('noInvestors');
    return undefined;
  },
};

/** Whether an action would be accepted now (for the UI to offer only what is possible). */
export function isLegal(state: GameState, action: Action): boolean {
  return validate(state, action) === undefined;
}
