// The data a scenario gives the engine. src/scenario turns a file into exactly this shape.

export type RegionId = string;
export type LabId = string;
export type ChipId = string;
/** A buyer segment the scenario defines ("api", "consumer", "coding-agents"...); `segmentIds` lists them in play order. */
export type SegmentId = string;
/** What a lab can sell: one of the scenario's buyer segments, or hosting other labs' open models on its cloud. */
export type ProductId = SegmentId | 'cloud';
/** How a segment buys: per token, with open models on offer beside the labs' (an API), or per seat, as app subscriptions. */
export type SegmentBuys = 'tokens' | 'seats';
export type VerticalId = string;

/** A quarter as an index from the scenario's start (0 = first quarter played). */
export type QuarterIndex = number;

export interface CalendarStart {
  year: number;
  /** 1..4 */
  quarter: number;
}

export interface SegmentMarket {
  /** Buyers' spending in the first quarter at the reference price, dollars. */
  spendPerQuarter: number;
  /** Growth of that spending per quarter (0.1 = +10%). */
  growthPerQuarter: number;
  /** Buyers already with a lab at the start (its installed base), by lab id; the rest choose afresh. */
  startingShares?: Record<LabId, number>;
}

export interface Region {
  id: RegionId;
  name: string;
  /** Yearly cost of one researcher, pay and overheads, dollars. */
  researcherCostPerYear: number;
  /** Yearly cost of one engineer, dollars. */
  engineerCostPerYear: number;
  /** Data-centre electricity, dollars per kWh. */
  powerPricePerKwh: number;
  /** Buyers' spending per segment, by segment id; a segment not named here has no buyers in the region. */
  markets: Record<SegmentId, SegmentMarket>;
  /** Utility bonus buyers here give to labs based here (state and domestic preference). */
  homeBias: number;
  /** Regions whose labs may sell to buyers here. */
  openTo: RegionId[];
  /**
   * Utility industry-solution buyers here add to sellers based in a given region, by that region's id (negative:
   * distrust, as Western firms and governments kept Chinese vendors out of their data); tripled for state buyers as the
   * home bias is. None when left out.
   */
  contractBias?: Record<RegionId, number>;
  /** Share of rented compute a government voucher pays for labs based here (0..1). */
  computeVoucherShare: number;
  /**
   * What the region's voucher schemes pay out a quarter in all, dollars: when its labs claim more, each gets the same
   * share of its claim. No limit when left out.
   */
  computeVoucherBudgetPerQuarter?: number;
  /**
   * Venture money investors put into AI labs based here per quarter at appetite 1, dollars; labs raising in the same
   * quarter share it. Default: five times the region's buyers' spending a quarter.
   */
  ventureCapitalPerQuarter?: number;
  /** Share of that money for foundation labs (those that train their own models); the rest goes to applications. Default 0.4. */
  foundationShareOfCapital?: number;
  /**
   * Share of that money for infrastructure (clouds renting GPUs to outside buyers), taken from the applications' share;
   * where it is 0 or left out, and where the region has no cloudRentals market, there is no infrastructure layer.
   */
  infrastructureShareOfCapital?: number;
  /** Import duties labs based here pay on chips made elsewhere, by the chips' origin; none when left out. */
  tariffs?: Tariff[];
  /** Buyers outside the game renting GPU-hours from this region's clouds; no such market when left out. */
  cloudRentals?: CloudRentalMarket;
  /** Pay and electricity prices from given quarters on (a rising wage bill, an energy crunch); the figures above until the first. */
  costTimeline?: CostChange[];
}

/**
 * The market for cloud GPU-hours among buyers outside the game (enterprises, start-ups, labs the game leaves out), counted
 * in hours of one reference chip. Clouds outside the game and the game's own clouds share it in proportion to the
 * capacity each offers, at the reference chip's rental price in the region (the scenario's rental timeline).
 */
export interface CloudRentalMarket {
  /** The chip the figures are counted in; it must have a rental offer in the region for the market to trade. */
  chip: ChipId;
  /** Chip-hours buyers outside the game rent in the first quarter. */
  hoursPerQuarter: number;
  /** Growth of those hours per quarter (0.1 = +10%). */
  growthPerQuarter: number;
  /** Reference chips that clouds outside the game offer for rent in the first quarter. */
  outsideChips: number;
  /** Growth of the outside clouds' fleet per quarter. */
  outsideGrowthPerQuarter: number;
}

/** A duty labs based in a region pay on chips made in another, as a share of the price or rent. `until` is exclusive. */
export interface Tariff {
  /** Region where the taxed chips are made. */
  madeIn: RegionId;
  /** Share of the price (or rent) paid on top (0.25 = 25%). */
  share: number;
  /** Charged on purchases, rentals, or both (the default). */
  on?: TariffScope;
  from?: QuarterIndex;
  until?: QuarterIndex;
}

/** From `from` on, a region's pay or power price is this (fields left out keep their earlier value). */
export interface CostChange {
  from: QuarterIndex;
  researcherCostPerYear?: number;
  engineerCostPerYear?: number;
  powerPricePerKwh?: number;
}

/** A window in which labs based in `region` may buy a chip legally. `until` is exclusive. */
export interface SaleWindow {
  region: RegionId;
  from: QuarterIndex;
  until?: QuarterIndex;
  /** Extra share of the price paid as a licence fee (the US cut on licensed China sales). */
  licenceFee?: number;
  /** Chips labs based in `region` may receive together per quarter (packaging and allocation limits); the quarter's orders share it pro rata. No limit when left out. */
  unitsPerQuarter?: number;
}

export interface GreyMarket {
  /** Price premium over list (0.5 = +50%). */
  premium: number;
  /** Chance per quarter that a grey-market fleet is seized, in whole percent. */
  seizurePercent: number;
  /** Chips smugglers can bring in per quarter, shared pro rata by the quarter's orders; no limit when left out. */
  unitsPerQuarter?: number;
}

/** What clouds let labs based in one region rent (export rules on rentals abroad). */
export interface RenterTerms {
  /** Region where the renting labs are based. */
  region: RegionId;
  /** The most chips one such lab may rent at a time (0 = barred); the offer's own limit when left out. */
  maxUnits?: number;
  /** Chance per quarter, in whole percent, that such a lab loses the rental; the offer's own when left out. */
  cutOffPercent?: number;
}

export interface RentalOffer {
  /** Region whose clouds rent the chip. */
  region: RegionId;
  pricePerHour: number;
  from: QuarterIndex;
  until?: QuarterIndex;
  /** Chance per quarter, in whole percent, that a lab based in another region loses the rental (a crackdown). */
  cutOffPercent?: number;
  /** The most chips one lab may rent from these clouds at a time (their capacity); no limit when left out. */
  maxUnits?: number;
  /** Chips these clouds rent to all labs together at a time; when asked for more, every renter gets a pro-rata share. No limit when left out. */
  capacity?: number;
  /** Terms for labs based in particular regions (export rules binding rentals abroad), overriding the limits above. */
  renters?: RenterTerms[];
}

export interface Chip {
  id: ChipId;
  name: string;
  /** Region where it is made; labs there count it as a domestic chip. */
  madeIn: RegionId;
  /** Peak dense BF16 FLOP per second. */
  peakFlops: number;
  memoryGb: number;
  price: number;
  powerKw: number;
  /** Model FLOP utilisation in training (0..1); cut interconnect and young software stacks lower it. */
  trainingUtilisation: number;
  /** Share of peak reached when serving tokens (0..1). */
  inferenceUtilisation: number;
  /** Share of training utilisation lost on a large dense run by a chip with cut interconnect (H800); 0 when left out. */
  denseScalingPenalty?: number;
  sales: SaleWindow[];
  /** Quarters from an order to delivery (0 = chips arrive in the quarter they are ordered). */
  leadQuarters?: number;
  /** Share by which its purchase and rental prices fall each quarter, as newer chips bring more FLOP per dollar (0 when left out). */
  priceDeclinePerQuarter?: number;
  /** Where the chip can be had when it may not be bought legally; absent = nowhere. */
  greyMarket?: GreyMarket;
  rentals: RentalOffer[];
}

import type { EventDef, TariffScope } from './event-types';

export type TechniqueId = string;

/** What knowing a technique does; effects of several techniques combine (multipliers multiply, additions add). */
export interface TechniqueEffects {
  /** Multiplier on the effective compute of new training runs. */
  trainingEfficiency?: number;
  /** Added to training utilisation (MFU) on every chip. */
  trainingUtilisation?: number;
  /** Multiplier on tokens served per FLOP of inference. */
  inferenceEfficiency?: number;
  /** Added to training and inference utilisation on chips made in the lab's own region. */
  domesticUtilisation?: number;
  /** Capability points added to new models. */
  capabilityBonus?: number;
  /** Allows runs with fewer active than total parameters. */
  mixtureOfExperts?: boolean;
  /** New runs learn from the best open model more capable than themselves (doubles effective compute). */
  distillation?: boolean;
  /** Share of the interconnect penalty of cut-link chips recovered on large runs (0..1). */
  communicationRecovery?: number;
  /** Bytes per weight kept in memory for training and serving (2 = BF16 when left out; 1 = FP8). */
  weightBytes?: number;
}

export interface Technique {
  id: TechniqueId;
  name: string;
  /** Research points needed to master it. */
  cost: number;
  effects: TechniqueEffects;
}

/** The five strategies of the design, a balanced one, a random one for fuzzing, and one that does nothing. */
export const STRATEGY_IDS = ['frontier', 'efficient-open', 'cloud-platform', 'consumer-apps', 'vertical-apps', 'steady', 'random', 'idle'] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export interface ModelSetup {
  name: string;
  totalParams: number;
  activeParams: number;
  /** Effective training compute behind it, FLOP. */
  effectiveCompute: number;
  open: boolean;
}

export interface LabSetup {
  id: LabId;
  name: string;
  region: RegionId;
  cash: number;
  researchers: number;
  engineers: number;
  chips: Record<ChipId, number>;
  /** Rental contracts held at the start: compute the lab rents rather than owns (as OpenAI rented Azure's). */
  rentals?: { chip: ChipId; region: RegionId; units: number }[];
  /** The compute split at the start, percent (training, serving, research); absent = DEFAULT_SPLIT. Bots keep it in the first quarter. */
  split?: { training: number; inference: number; research: number };
  models: ModelSetup[];
  /** The lab's starting price in each segment, by segment id (per unit: a million tokens, a seat-month); the segment's reference price where not named. */
  prices: Record<SegmentId, number>;
  /** Developer mindshare 0..100. */
  reputation: number;
  /** Techniques the lab already knows. */
  techniques: TechniqueId[];
  /** Founders' share at the start (0..1). */
  equity: number;
  strategy: StrategyId;
  /** A model the lab serves under licence from its start, paying a royalty on its product revenue while it serves it. */
  licensedModel?: LicensedModelSetup;
}

export interface LicensedModelSetup extends Omit<ModelSetup, 'open'> {
  /** Share of the lab's product revenue (API, apps, cloud, industries) paid to the licensor each quarter it serves the model. */
  royalty: number;
  /** The lab in the game that licensed it, which receives the royalty; a company outside the game when left out. */
  licensor?: LabId;
}

export interface SegmentRules {
  /** Name shown to players. */
  name: string;
  /** Per token (labs' APIs and hosted open models compete) or per seat (apps, which a lab launches). */
  buys: SegmentBuys;
  /** Utility per capability point. */
  capabilityWeight: number;
  /** Utility per unit of ln(price); for apps with a free tier, weighed by paidShare (only those who would pay face it). */
  priceWeight: number;
  /** Utility per reputation point. */
  reputationWeight: number;
  /** Utility of buying nothing in the game. */
  outsideUtility: number;
  /** Price elasticity of use per buyer: units per buyer scale as (price / referencePrice)^-elasticity; 0 = one unit each (subscriptions). */
  elasticity: number;
  /** Price the spending figure is quoted at. */
  referencePrice: number;
  /**
   * Apps with a free tier (consumer): the share of users who pay at the reference price (at most MAX_PAID_SHARE at any
   * price). Users are the buyers the logit counts; spending figures count payers. Absent = every buyer pays (the API).
   */
  paidShare?: number;
  /** How fast paying falls as the price rises: paid share scales as (referencePrice / price)^this (default 1.5). */
  paidShareElasticity?: number;
  /** Tokens a free user uses, as a share of a paying user's (default 0.25). */
  freeUse?: number;
  /** Tokens in a unit's worth at the reference price, per dollar (consumer: a subscriber-month's use / price); absent = a unit is a million tokens. */
  tokensPerDollar?: number;
  /** Share of last quarter's buyers who stay with their choice (switching costs, habits), 0..1; absent = 0, everyone chooses afresh. */
  stickiness?: number;
  /** Dollars of marketing that win one new user (free ones included); absent = labs cannot buy users in this segment. */
  acquisitionCost?: number;
}

/** An industry (finance, healthcare, government...) that buys solutions built on a model. */
export interface Vertical {
  id: VerticalId;
  name: string;
  /** The base model must be at least this capable (own or licensed open model). */
  minCapability: number;
  /** Engineer-quarters of work to build the solution. */
  engineerQuarters: number;
  /** Spending per quarter by region at the start, dollars. */
  spend: Record<RegionId, number>;
  growthPerQuarter: number;
  /** Share of last quarter's contracts that stay put (sticky enterprise deals), 0..1. */
  stickiness: number;
  /** State buyers: the home bias of the region counts three times. */
  stateBuyers: boolean;
}

export interface FundingAppetite {
  from: QuarterIndex;
  region: RegionId;
  /** Investors' appetite for foundation-model labs, 0 (winter) .. 2 (mania). */
  foundation: number;
  /** Appetite for applications (labs building on others' models). */
  applications: number;
  /** Appetite for infrastructure (clouds renting out GPUs where the region has a market for GPU-hours); the applications' figure when left out. */
  infrastructure?: number;
}

export interface WorldRules {
  /** Capability points per tenfold of effective compute. */
  pointsPerDecade: number;
  /** Effective compute that gives capability 0, FLOP. */
  baseCompute: number;
  /** World-wide algorithmic efficiency gain per quarter. */
  algorithmicGainPerQuarter: number;
  /** Quarters over which chips are depreciated, straight line. */
  depreciationQuarters: number;
  /** Fixed overhead per employee per year (offices, tools, sales), dollars. */
  overheadPerHeadPerYear: number;
  /** Price a host charges for an open model, as a multiple of its serving cost. */
  openHostMarkup: number;
  /** Compute cost per GPU-hour used to price serving by open-model hosts, dollars. */
  hostGpuHourPrice: number;
  /** FLOP per second a host's GPU delivers when serving (peak x utilisation). */
  hostEffectiveFlops: number;
  /** How fast researchers' pay rises as a region's labs bid for more of them than they had at the start: pay x (now / start) ^ this (default 0). */
  talentElasticity?: number;
  /** Product revenue (API, apps, cloud) one engineer runs and supports in a quarter, dollars (no limit when left out). */
  productRevenuePerEngineer?: number;
  /** Share by which hosts' cost of serving a FLOP falls each quarter: cheaper chips and better serving software (default 0). */
  servingCostDeclinePerQuarter?: number;
  /** What investors pay the best model maker in the world, before revenue; it halves for every model maker ranked above a lab. */
  frontierValue: number;
  /** Growth per quarter of what investors pay for the frontier (default 0). */
  frontierValueGrowthPerQuarter?: number;
  /** Capability of the world's best model at the start, in or out of the game. */
  frontierStart: number;
  /** Points the world's frontier gains per quarter (labs outside the game keep training). */
  frontierGainPerQuarter: number;
  /** A model maker finished, in the last four quarters, a model within this many points of the best open model then (default 10). */
  modelMakerMargin?: number;
  /** Valuation as a multiple of annualised revenue at a 100% gross margin (scaled by the lab's gross margin and growth), before capability and appetite. */
  revenueMultiple: number;
  /** Word of mouth: the largest random swing in a lab's appeal each quarter, in utility units (default 0.7; 0 = none). */
  buzz?: number;
  /** Chance in whole percent that a run fails outright at the reference scale with no researchers. */
  trainingFailurePercent: number;
  /** Research points per quarter are sqrt(researchers x research FLOP / this). */
  researchFlopUnit: number;
  /** Share of a technique's cost that labs still pay once someone has published it (followers gain most). */
  publishedCostShare: number;
  /** Share of open-model hosting revenue that goes to clouds in the game (the rest to clouds outside it). */
  inGameHostShare: number;
  /** Tokens served per dollar of enterprise revenue. */
  enterpriseTokensPerDollar: number;
}

/** What a player is asked to achieve; each is checked at the end of the game. */
export type Objective =
  | { kind: 'survive' }
  | { kind: 'topInRegion'; region: RegionId; rank: number }
  | { kind: 'capability'; points: number }
  | { kind: 'profitableBy'; quarter: QuarterIndex }
  | { kind: 'valuation'; amount: number };

export type Difficulty = 'introductory' | 'standard' | 'hard';

export interface Scenario {
  id: string;
  title: string;
  premise: string;
  difficulty: Difficulty;
  /** What a class should take away, shown in the briefing. */
  teachingGoals: string[];
  start: CalendarStart;
  quarters: number;
  regions: Region[];
  chips: Chip[];
  labs: LabSetup[];
  playerLab: LabId;
  segments: Record<SegmentId, SegmentRules>;
  /** How enterprise buyers in every vertical choose (price is fixed by contract, so its weight is unused). */
  enterprise: Pick<SegmentRules, 'capabilityWeight' | 'reputationWeight' | 'outsideUtility'> & {
    /** Contract revenue one engineer can deliver and support in a quarter (no limit when absent). */
    revenuePerEngineer?: number;
    /** Where buyers pay less (or more) for the same work: contract revenue per engineer for buyers in a region. */
    revenuePerEngineerByRegion?: Record<RegionId, number>;
  };
  verticals: Vertical[];
  appetite: FundingAppetite[];
  techniques: Technique[];
  events: EventDef[];
  objectives: Objective[];
  world: WorldRules;
}
