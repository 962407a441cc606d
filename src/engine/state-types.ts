// The game state: plain JSON data only (no classes, Maps, functions or cycles).
import type { ChipId, LabId, ProductId, QuarterIndex, RegionId, Scenario, SegmentId, StrategyId, VerticalId } from './scenario-types';
import type { RngStreams } from './rng';
import type { LiveRules } from './world-rules';
import type { NewsCode, NoteCode, ReportNote } from './notes';

export type { ReportNote } from './notes';

/** Who decides for a lab. A person's lab handed to a strategy is a bot seat marked `autopilot`: still a person's lab. */
export type Seat = { kind: 'human' } | { kind: 'bot'; strategy: StrategyId; autopilot?: true };

/** A lab a person plays, deciding now or on autopilot. */
export const isPersonsSeat = (seat: Seat | undefined): boolean => seat !== undefined && (seat.kind === 'human' || seat.autopilot === true);

export type LineItemKind =
  | 'revenue'
  | 'salaries'
  | 'severance'
  | 'overhead'
  | 'power'
  | 'rent'
  | 'voucher'
  | 'partnerCredit'
  | 'partnerInvestment'
  | 'chipPurchase'
  | 'chipSale'
  | 'licenceFee'
  | 'greyPremium'
  | 'tariff'
  | 'royalty'
  | 'marketing'
  | 'grant'
  | 'expense'
  | 'funding'
  | 'loan'
  | 'interest'
  | 'loanRepayment';

/** One recorded change of a lab's cash. Cash never changes any other way. */
export interface LineItem {
  kind: LineItemKind;
  amount: number;
  /** What it was for, for the report: a segment, a chip, a round. */
  detail?: string;
}

export interface Model {
  id: string;
  lab: LabId;
  name: string;
  totalParams: number;
  activeParams: number;
  effectiveCompute: number;
  capability: number;
  open: boolean;
  releasedQuarter: QuarterIndex;
}

export interface TrainingRun {
  name: string;
  totalParams: number;
  activeParams: number;
  tokens: number;
  open: boolean;
  /** 6 x active parameters x tokens. */
  requiredFlop: number;
  doneFlop: number;
  startedQuarter: QuarterIndex;
}

export interface ChipVintage {
  chip: ChipId;
  /** Bought on the grey market (and so at risk of seizure). */
  grey: boolean;
  /** Purchase cost, dollars. */
  cost: number;
  /** Quarters of depreciation still to come. */
  quartersLeft: number;
}

/** Chips paid for and not yet delivered. */
export interface ChipOrder {
  chip: ChipId;
  units: number;
  grey: boolean;
  /** Quarter it was placed; that quarter's orders share the supply. */
  ordered: QuarterIndex;
  /** Quarter from which the chips are in the fleet. */
  arrives: QuarterIndex;
  /** Price per unit paid: the list price and the licence fee or grey premium on top. */
  listPerUnit: number;
  markupPerUnit: number;
  /** Import duty paid per unit (absent when none). */
  tariffPerUnit?: number;
  /** Whether the supply has been shared out (and any shortfall refunded). */
  allotted: boolean;
}

export interface Rental {
  chip: ChipId;
  /** Region whose cloud rents it. */
  region: RegionId;
  units: number;
}

/** Whole percentages of compute for each use; they sum to 100. */
export interface ComputeSplit {
  training: number;
  inference: number;
  research: number;
}

export interface PendingRound {
  /** Dollars asked; the round may close smaller when investors have less than every lab asks. */
  amount: number;
  /** Investors' estimate when it was asked; the round is priced on their estimate when it closes. */
  preMoney: number;
  /** Chance in whole percent that it closes when the quarter resolves. */
  chancePercent: number;
}

/** One layer of a region's venture money in a quarter: what investors had, what labs asked, what they raised. */
export interface CapitalMarket {
  region: RegionId;
  layer: 'foundation' | 'infrastructure' | 'applications';
  supply: number;
  asked: number;
  raised: number;
}

export type ExitReason = 'acquired' | 'shutDown';

export interface Lab {
  id: LabId;
  name: string;
  region: RegionId;
  cash: number;
  /** Cash at the start of the current quarter; cash = cashAtQuarterStart + sum(ledger). */
  cashAtQuarterStart: number;
  ledger: LineItem[];
  researchers: number;
  engineers: number;
  hiredThisQuarter: number;
  /** Chips owned legally, by chip id. */
  chips: Record<ChipId, number>;
  /** Of the chips owned legally, how many were bought paying a licence fee, by chip id. */
  chipsUnderLicence: Record<ChipId, number>;
  /** Chips bought on the grey market; they may be seized. */
  greyChips: Record<ChipId, number>;
  /** Chip purchases being depreciated, straight line; the book value is derived from them. */
  chipVintages: ChipVintage[];
  /** Chips ordered and paid for, waiting for supply and delivery. */
  chipOrders: ChipOrder[];
  rentals: Rental[];
  split: ComputeSplit;
  run: TrainingRun | null;
  /** Model served by the lab's products: one of its own, or another lab's open model. */
  productModel: string | null;
  products: Record<ProductId, boolean>;
  prices: Record<SegmentId, number>;
  /** Marketing budget a quarter by segment, dollars, where the lab buys users (absent or missing segment: none). */
  marketing?: Record<SegmentId, number>;
  /** Industry solutions: engineer-quarters put in so far, and whether each is on sale. */
  verticals: Record<VerticalId, { progress: number; live: boolean }>;
  reputation: number;
  /** Word of mouth: a random, slowly fading bonus buyers give the lab's products (a viral launch, an outage). */
  buzz: number;
  /** By free-tier segment (consumer apps): the share of users who know the lab's app (awareness.ts). */
  awareness: Record<SegmentId, number>;
  /** Techniques mastered, in the order learned. */
  techniques: string[];
  /** The technique being researched and the points put into it so far. */
  research: { technique: string; points: number } | null;
  equity: number;
  /** Post-money of the last round that priced (or the value at the start): what investors last paid. */
  valuation: number;
  /** Investors' estimate at the last quarter's end: net assets plus businessValue; the next round prices near it. */
  estimate: number;
  /** What investors hold the business is worth beyond its cash and chips; revised toward their formula each quarter. */
  businessValue: number;
  /** Revenue of the last four quarters, oldest first. */
  revenueHistory: number[];
  pendingRound: PendingRound | null;
  /** A strategic partner's compute credit: dollars of rent it still pays in its region, where the lab must rent meanwhile. */
  partner: { lab: LabId; credit: number } | null;
  /** Loans secured on the lab's chips and rent (fleet-debt.ts), one entry per draw; absent or empty: none. */
  loans?: { principal: number; quartersLeft: number }[];
  /** Events waiting for this lab's answer, by event id. */
  pendingChoices: string[];
  alive: boolean;
  exitReason?: ExitReason;
  exitQuarter?: QuarterIndex;
  /** Lab that bought this one, when it was acquired. */
  acquiredBy?: LabId;
  /** A model served under licence from the start: a royalty on product revenue is due each quarter it is served. */
  licence?: { model: string; royalty: number; licensor?: LabId };
}

export interface SegmentResult {
  region: RegionId;
  /** A buyer segment, or 'vertical:<id>' for an industry. */
  segment: SegmentId | `vertical:${string}`;
  /** Buyers' spending, dollars. */
  spend: number;
  /** Share won by each lab; 'open' is open models served at cost by hosts, 'none' buyers who bought nothing. */
  shares: Record<string, number>;
}

/** One product's quarter: an API, consumer app, cloud hosting, rentals hosted, or an industry ('vertical:<id>'). */
export interface ProductResult {
  product: string;
  revenue: number;
  /** Inference FLOP spent serving it. */
  servedFlop: number;
  /** Those FLOP at the lab's cost of compute this quarter, dollars. */
  servingCost: number;
  /** Industry contracts only: the pay of the engineers who delivered them this quarter, dollars (a cost of sales). */
  deliveryCost?: number;
  /** Marketing spent winning users this quarter, dollars (an operating cost, not a cost of sales), and the users it won. */
  marketing?: number;
  usersBought?: number;
}

export interface LabQuarterReport {
  lab: LabId;
  cashStart: number;
  cashEnd: number;
  lineItems: LineItem[];
  /** Non-cash: chips' value written off this quarter. */
  depreciation: number;
  capabilityBefore: number;
  capabilityAfter: number;
  trainingFlop: number;
  inferenceFlop: number;
  /** Each product's revenue and what serving it cost (gross margin = revenue - servingCost). */
  products: ProductResult[];
  /** Revenue lost because inference compute ran out, dollars. */
  lostToCapacity: number;
  /**
   * Serving FLOP that stood idle because the lab's engineers could run no more sales or GPU-hours (absent when none):
   * chips without the people to put them in service, left out of the products' serving cost.
   */
  idleForStaffFlop?: number;
  /** Why things moved, as message codes with parameters for the UI. */
  notes: ReportNote<NoteCode>[];
}


export interface QuarterReport {
  quarter: QuarterIndex;
  labs: LabQuarterReport[];
  markets: SegmentResult[];
  /** World news: releases, exits, seizures. */
  news: ReportNote<NewsCode>[];
  /** Surviving labs per region, and how many of them train their own models. */
  survivors: Record<RegionId, { alive: number; modelMakers: number }>;
  /** Venture money per region and layer this quarter, and how much of it labs asked for and raised. */
  capital: CapitalMarket[];
  /** Bot actions the engine refused this quarter (a bot bug when not zero). */
  botRejections: number;
}

export interface FiredEvent {
  event: string;
  quarter: QuarterIndex;
  /** The lab it was aimed at, for events aimed at labs. */
  lab?: LabId;
  /** The choice taken, once answered. */
  choice?: string;
}

export interface GameState {
  /** The scenario as loaded: never changed during a game (what events change lives in `rules`). */
  readonly scenario: Scenario;
  /** Fingerprint of the scenario, so a state's hash names its scenario without serialising it. */
  scenarioHash: string;
  /** The world's rules now: the scenario's, as events have changed them since. */
  rules: LiveRules;
  seed: string;
  /** A classroom cut: the game ends after this many quarters, fewer than the scenario's; absent for the whole scenario. */
  quarters?: number;
  seats: Record<LabId, Seat>;
  /** The quarter now being decided (0-based). */
  quarter: QuarterIndex;
  /** World algorithmic efficiency relative to the start (1 at quarter 0). */
  algorithmicEfficiency: number;
  labs: Lab[];
  models: Model[];
  /** Techniques someone has published: cheaper for everyone else to learn. */
  published: string[];
  /** Every event that has fired, in order. */
  firedEvents: FiredEvent[];
  /** Last quarter's enterprise contract shares by region, vertical and lab (contracts are sticky). */
  verticalShares: Record<RegionId, Record<VerticalId, Record<LabId, number>>>;
  /** Last quarter's buyers' shares by region, segment and seller (each open model apart, and 'none'): buyers are sticky. */
  segmentShares: Record<RegionId, Partial<Record<SegmentId, Record<string, number>>>>;
  rng: RngStreams;
  /** Every quarter's report, in order: outside the state hash, which covers them through `reportsHash`. */
  reports: QuarterReport[];
  /** The reports' hash chain (hash.ts chainReport): each quarter's covers the previous one and that quarter's report. */
  reportsHash: string;
  /** Goes up by one on every accepted action and every resolved quarter. */
  turn: number;
  over: boolean;
}
