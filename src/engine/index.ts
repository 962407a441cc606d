// The engine's public interface. Everything outside src/engine imports from here.
export { createGame, type GameOptions } from './create-game';
export { applyAction, buyChips, MAX_CHIP_ORDER, type Action, type ActionResult } from './actions';
export { endQuarter, valuationOf } from './quarter';
export { replay, type LogEntry, type ReplayResult } from './replay';
export { stateHash, canonicalJson, hashString } from './hash';
export { standings, type Standing } from './results';
export { buyableChips, chipAvailable, deliveredFlop, findChip } from './compute';
export { calendarOf, SECONDS_PER_QUARTER } from './calendar';
export type { RejectionReason, RejectionParams, Rejection } from './reasons';
export type * from './scenario-types';
export { STRATEGY_IDS } from './scenario-types';
export type * from './state-types';
