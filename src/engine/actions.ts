// Every input to the game is one of these plain objects, made by the creators below.
import type { ChipId, LabId, ProductId, RegionId, SegmentId, StrategyId } from './scenario-types';
import type { ComputeSplit } from './state-types';

export type Role = 'researchers' | 'engineers';

export type Action =
  | { type: 'buyChips'; lab: LabId; chip: ChipId; units: number; grey?: boolean }
  | { type: 'sellChips'; lab: LabId; chip: ChipId; units: number }
  | { type: 'setRental'; lab: LabId; chip: ChipId; region: RegionId; units: number }
  | ({ type: 'setSplit'; lab: LabId } & ComputeSplit)
  | { type: 'hire'; lab: LabId; role: Role; count: number }
  | { type: 'fire'; lab: LabId; role: Role; count: number }
  | { type: 'startRun'; lab: LabId; name: string; totalParams: number; activeParams: number; tokens: number; open: boolean }
  | { type: 'cancelRun'; lab: LabId }
  | { type: 'openWeights'; lab: LabId; model: string }
  | { type: 'useModel'; lab: LabId; model: string }
  | { type: 'launchProduct'; lab: LabId; segment: ProductId }
  | { type: 'setPrice'; lab: LabId; segment: SegmentId; price: number }
  | { type: 'setMarketing'; lab: LabId; segment: SegmentId; amount: number }
  | { type: 'raiseRound'; lab: LabId; amount: number }
  | { type: 'partnerDeal'; lab: LabId; partner: LabId; amount: number }
  /** Borrows against the lab's chips and the rent they earn (fleet-debt.ts). */
  | { type: 'borrow'; lab: LabId; amount: number }
  | { type: 'research'; lab: LabId; technique: string }
  | { type: 'publish'; lab: LabId; technique: string }
  | { type: 'answerEvent'; lab: LabId; event: string; choice: string }
  | { type: 'buildVertical'; lab: LabId; vertical: string }
  /** Hands the lab to a strategy (autopilot), or back to a person with null. */
  | { type: 'setAutopilot'; lab: LabId; strategy: StrategyId | null };

export type ActionType = Action['type'];
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

export const buyChips = (lab: LabId, chip: ChipId, units: number, grey = false): Action =>
  grey ? { type: 'buyChips', lab, chip, units, grey } : { type: 'buyChips', lab, chip, units };
export const sellChips = (lab: LabId, chip: ChipId, units: number): Action => ({ type: 'sellChips', lab, chip, units });
export const setRental = (lab: LabId, chip: ChipId, region: RegionId, units: number): Action => ({ type: 'setRental', lab, chip, region, units });
export const setSplit = (lab: LabId, split: ComputeSplit): Action => ({ type: 'setSplit', lab, ...split });
export const hire = (lab: LabId, role: Role, count: number): Action => ({ type: 'hire', lab, role, count });
export const fire = (lab: LabId, role: Role, count: number): Action => ({ type: 'fire', lab, role, count });
export const startRun = (
  lab: LabId,
  run: { name: string; totalParams: number; activeParams: number; tokens: number; open: boolean },
): Action => ({ type: 'startRun', lab, ...run });
export const cancelRun = (lab: LabId): Action => ({ type: 'cancelRun', lab });
export const openWeights = (lab: LabId, model: string): Action => ({ type: 'openWeights', lab, model });
export const useModel = (lab: LabId, model: string): Action => ({ type: 'useModel', lab, model });
export const launchProduct = (lab: LabId, segment: ProductId): Action => ({ type: 'launchProduct', lab, segment });
export const setPrice = (lab: LabId, segment: SegmentId, price: number): Action => ({ type: 'setPrice', lab, segment, price });
/** A marketing budget a quarter, dollars, in a segment whose users can be bought (0 stops it). */
export const setMarketing = (lab: LabId, segment: SegmentId, amount: number): Action => ({ type: 'setMarketing', lab, segment, amount });
export const raiseRound = (lab: LabId, amount: number): Action => ({ type: 'raiseRound', lab, amount });
export const partnerDeal = (lab: LabId, partner: LabId, amount: number): Action => ({ type: 'partnerDeal', lab, partner, amount });
export const borrow = (lab: LabId, amount: number): Action => ({ type: 'borrow', lab, amount });
export const research = (lab: LabId, technique: string): Action => ({ type: 'research', lab, technique });
export const publish = (lab: LabId, technique: string): Action => ({ type: 'publish', lab, technique });
export const answerEvent = (lab: LabId, event: string, choice: string): Action => ({ type: 'answerEvent', lab, event, choice });
export const buildVertical = (lab: LabId, vertical: string): Action => ({ type: 'buildVertical', lab, vertical });
export const setAutopilot = (lab: LabId, strategy: StrategyId | null): Action => ({ type: 'setAutopilot', lab, strategy });
