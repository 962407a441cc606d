// The engine's public interface. Everything outside src/engine imports from here.
export { createGame, DEFAULT_SPLIT, type GameOptions } from './create-game';
export * from './actions';
export { applyAction, isLegal, MAX_ORDER, RESALE_SHARE, type ActionResult } from './apply-action';
export { endQuarter, capabilityOfLab } from './quarter';
export { replay, type LogEntry, type ReplayResult } from './replay';
export { operatingCashFlow, runwayQuarters, sumOf } from './accounting';
export { stateHash, canonicalJson, hashString } from './hash';
export { standings, type Standing } from './results';
export { buyableChips, chipAvailable, chipBookValue, deliveredFlop, findChip, orderCost, rentalOffer, trainingChipHours, unitPrice, usableFleet } from './compute';
export { appetiteFor, maxRound, roundChancePercent, valuationOf } from './funding';
export { bestOpenModel, openHostPrice, servingCostPerMillion, OPEN_HOSTS, NO_PURCHASE } from './market';
export { hiringCap, payroll } from './talent';
export { capabilityOf, failurePercent, mixtureOfExpertsGain, quartersToFinish, requiredFlop, worldFrontier } from './training';
export { calendarOf, HOURS_PER_QUARTER, SECONDS_PER_QUARTER } from './calendar';
export type { RejectionReason, RejectionParams, Rejection } from './reasons';
export type * from './scenario-types';
export type * from './state-types';
export { STRATEGY_IDS, SEGMENT_IDS } from './scenario-types';
