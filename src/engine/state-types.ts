// The game state: plain JSON data only (no classes, Maps, functions or cycles).
import type { ChipId, LabId, QuarterIndex, RegionId, Scenario, StrategyId } from './scenario-types';
import type { RngStreams } from './rng';

export type Seat = { kind: 'human' } | { kind: 'bot'; strategy: StrategyId };

export type LineItemKind = 'revenue' | 'salaries' | 'power' | 'chipPurchase';

/** One recorded change of a lab's cash. Cash never changes any other way. */
export interface LineItem {
  kind: LineItemKind;
  amount: number;
}

export interface Lab {
  id: LabId;
  name: string;
  region: RegionId;
  cash: number;
  /** Cash at the start of the current quarter; cash = cashAtQuarterStart + sum(ledger). */
  cashAtQuarterStart: number;
  /** This quarter's line items so far. */
  ledger: LineItem[];
  researchers: number;
  chips: Record<ChipId, number>;
  /** Book value of owned chips after depreciation, dollars. */
  chipBookValue: number;
  trainedCompute: number;
  capability: number;
  pricePerMillionTokens: number;
  salesRegions: RegionId[];
  revenueLastQuarter: number;
  valuation: number;
  /** Founders' share of the lab, 0..1. */
  equity: number;
  alive: boolean;
  /** Why the lab left the game, when it did. */
  exitReason?: 'insolvent';
}

export interface LabQuarterReport {
  lab: LabId;
  cashStart: number;
  cashEnd: number;
  lineItems: LineItem[];
  depreciation: number;
  capabilityBefore: number;
  capabilityAfter: number;
  /** Share of each region's spending won, 0..1. */
  shares: Record<RegionId, number>;
  wentInsolvent: boolean;
}

export interface QuarterReport {
  quarter: QuarterIndex;
  labs: LabQuarterReport[];
  /** Spending available in each region this quarter, dollars. */
  markets: Record<RegionId, number>;
}

export interface GameState {
  scenario: Scenario;
  seed: string;
  seats: Record<LabId, Seat>;
  /** The quarter now being decided (0-based). */
  quarter: QuarterIndex;
  /** World algorithmic efficiency relative to the start (1 at quarter 0). */
  algorithmicEfficiency: number;
  labs: Lab[];
  rng: RngStreams;
  reports: QuarterReport[];
  /** Goes up by one on every accepted action and every resolved quarter. */
  turn: number;
  over: boolean;
}
