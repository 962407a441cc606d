// Every input to the game is one of these plain objects; applyAction validates and applies it.
import { produce } from 'immer';
import { chipAvailable, findChip } from './compute';
import { reject, type Rejection } from './reasons';
import type { ChipId, LabId } from './scenario-types';
import type { GameState, Lab } from './state-types';

export interface BuyChipsAction {
  type: 'buyChips';
  lab: LabId;
  chip: ChipId;
  units: number;
}

export type Action = BuyChipsAction;

export type ActionResult = { ok: true; state: GameState } | Rejection;

/** Largest order of chips in one action; larger fleets are built over several orders. */
export const MAX_CHIP_ORDER = 1_000_000;

export const buyChips = (lab: LabId, chip: ChipId, units: number): BuyChipsAction => ({ type: 'buyChips', lab, chip, units });

/** Validates `action` against `state`; returns a new state or a reason. Never throws, never mutates. */
export function applyAction(state: GameState, action: Action): ActionResult {
  const problem = validate(state, action);
  if (problem) return problem;
  const next = produce(state, (draft) => {
    const lab = draft.labs.find((l) => l.id === action.lab) as Lab;
    switch (action.type) {
      case 'buyChips': {
        const chip = findChip(draft.scenario, action.chip);
        const cost = (chip?.price ?? 0) * action.units;
        lab.chips[action.chip] = (lab.chips[action.chip] ?? 0) + action.units;
        lab.chipBookValue += cost;
        spend(lab, 'chipPurchase', cost);
        break;
      }
    }
    draft.turn += 1;
  });
  return { ok: true, state: next };
}

function spend(lab: Lab, kind: 'chipPurchase', cost: number): void {
  lab.ledger.push({ kind, amount: -cost });
  lab.cash -= cost;
}

function validate(state: GameState, action: Action): Rejection | undefined {
  if (state.over) return reject('gameOver');
  if (typeof action !== 'object' || action === null) return reject('unknownAction', { type: String(action) });
  const lab = state.labs.find((l) => l.id === action.lab);
  if (!lab) return reject('unknownLab', { lab: String(action.lab) });
  if (!lab.alive) return reject('labOut', { lab: lab.name });
  switch (action.type) {
    case 'buyChips': {
      const chip = findChip(state.scenario, action.chip);
      if (!chip) return reject('unknownChip', { chip: String(action.chip) });
      if (!chipAvailable(chip, lab.region, state.quarter)) {
        return reject('chipNotAvailable', { chip: chip.name, region: lab.region });
      }
      if (!isCount(action.units, MAX_CHIP_ORDER)) return reject('badCount', { count: String(action.units), max: MAX_CHIP_ORDER });
      const cost = chip.price * action.units;
      if (cost > lab.cash) return reject('notEnoughCash', { cost, cash: lab.cash });
      return undefined;
    }
    default:
      return reject('unknownAction', { type: String((action as { type?: unknown }).type) });
  }
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= max;
}
