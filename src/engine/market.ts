// Markets: in each region and segment, buyers choose among the legal offers or buy nothing (logit choice).
import { idRecord } from './id-record';
import { modelById } from './lookups';
import { lastShares, ln, log10, pow, softmaxWithOutside } from './math';
import type { Region, Scenario, SegmentId, SegmentMarket, SegmentRules } from './scenario-types';
import type { GameState, Model } from './state-types';
import { buysTokens, marketIn, rulesOf } from './segments';
import { marketFactor } from './world-rules';
import { undominated } from './undominated';
import { anyMarketing, buyUsers } from './marketing';
import { brandOf, resells } from './resale';
import { awarenessUtility } from './awareness';

export { modelById } from './lookups';

/** Seller id of open-weight models served at cost by any host. */
export const OPEN_HOSTS = 'open';
/** Share id of buyers who bought no model in the game. */
export const NO_PURCHASE = 'none';

export interface Offer {
  seller: string;
  capability: number;
  price: number;
  reputation: number;
  home: boolean;
  buzz: number;
  /** Apps: the share of users who know it (awareness.ts); left out, everyone does. */
  awareness?: number;
}

/**
 * Word of mouth: each quarter a lab's buzz keeps BUZZ_KEPT of itself and gains a draw in ±world.buzz (BUZZ_SHOCK when
 * the scenario says nothing), in utility units. A game-design choice: about ±50% in market share at its usual size,
 * so no two worlds play out alike.
 */
export const BUZZ_KEPT = 0.7;
export const BUZZ_SHOCK = 0.7;

/** What the world's clouds need: the scenario and the quarter (host costs fall over time). */
export type HostWorld = Pick<GameState, 'scenario' | 'quarter'>;

/**
 * Dollars a host pays for one FLOP of serving this quarter: its GPU-hour price over the FLOP a GPU delivers in an
 * hour, falling by world.servingCostDeclinePerQuarter each quarter (cheaper chips and better serving software).
 */
export function hostCostPerFlop(world: HostWorld): number {
  // Asked for every lab and price a bot weighs: remembered per world rules and quarter (a pure cache; rules never change).
  const rules = world.scenario.world;
  const known = HOST_COSTS.get(rules);
  if (known?.quarter === world.quarter) return known.cost;
  const cost = (rules.hostGpuHourPrice / (rules.hostEffectiveFlops * 3600)) * pow(1 - (rules.servingCostDeclinePerQuarter ?? 0), world.quarter);
  HOST_COSTS.set(rules, { quarter: world.quarter, cost });
  return cost;
}

const HOST_COSTS = new WeakMap<Scenario['world'], { quarter: number; cost: number }>();

/** Dollars per million tokens for a host to serve a model with `activeParams` this quarter (2 FLOP per active parameter per token). */
export function servingCostPerMillion(world: HostWorld, activeParams: number): number {
  return 2 * activeParams * 1e6 * hostCostPerFlop(world);
}

/** The best open-weight model in the world, if any: the price floor every API seller faces. */
export function bestOpenModel(models: readonly Model[]): Model | undefined {
  let best: Model | undefined;
  for (const model of models) if (model.open && (!best || model.capability > best.capability)) best = model;
  return best;
}

/** What hosts charge per million tokens of an open model (its full size) this quarter. */
export function openHostPrice(world: HostWorld, model: Pick<Model, 'activeParams'>): number {
  return servingCostPerMillion(world, model.activeParams) * world.scenario.world.openHostMarkup;
}

/**
 * Open weights come as a family: hosts also serve versions distilled to these shares of the model's active
 * parameters (as Qwen and DeepSeek ship small models taught by their large ones). Game design, after 2025's releases:
 * Qwen3-30B-A3B, 3B active, came close to DeepSeek-V3, 37B active, four months later.
 */
export const DISTILLED_SIZES = [1 / 4, 1 / 16] as const;
/** A distilled student learns like a run with this many times its own compute (the same gain as the distillation technique). */
export const DISTILL_GAIN = 2;

/** One open-weight model, full size or distilled, offered by hosts at serving cost plus their markup. */
export interface OpenOffer {
  /** `open:<model id>` for the full model, `open:<model id>/<n>` for a version with 1/n of its active parameters. */
  seller: string;
  model: Model;
  activeParams: number;
  capability: number;
  /** Dollars per million tokens. */
  price: number;
}

/** Seller id of one open-weight model served by hosts: `open:<model id>` (reports add them up under OPEN_HOSTS). */
export const openSeller = (model: Model) => `${OPEN_HOSTS}:${model.id}`;

/**
 * Capability of a version distilled to `size` of a model's active parameters: as many points fewer as the capability
 * law gives a run with that share of the compute, doubled by the teacher.
 */
export function distilledCapability(world: Pick<Scenario['world'], 'pointsPerDecade'>, capability: number, size: number): number {
  return capability - world.pointsPerDecade * Math.max(0, -log10(size * DISTILL_GAIN));
}

/** An open model and its distilled versions, each with the capability its share of the compute buys (by the capability law's points per tenfold). */
function family(state: GameState, model: Model): readonly Omit<OpenOffer, 'price'>[] {
  // Remembered per model (a pure cache: a released model never changes, copy.ts) and the world rules that set its capabilities.
  const known = FAMILIES.get(model);
  if (known?.world === state.scenario.world) return known.members;
  const members = [{ seller: openSeller(model), model, activeParams: model.activeParams, capability: model.capability }];
  for (const size of DISTILLED_SIZES) {
    const capability = distilledCapability(state.scenario.world, model.capability, size);
    members.push({ seller: `${openSeller(model)}/${Math.round(1 / size)}`, model, activeParams: model.activeParams * size, capability });
  }
  FAMILIES.set(model, { world: state.scenario.world, members });
  return members;
}

const FAMILIES = new WeakMap<Model, { world: Scenario['world']; members: readonly Omit<OpenOffer, 'price'>[] }>();

/**
 * Every open-weight model any host can serve, and its distilled versions, at host cost plus the thin markup, without
 * those another open offer beats on both capability and price (near-copies would otherwise split buyers between them).
 */
export function openOffers(state: GameState): OpenOffer[] {
  // Asked for every region, segment and price a bot weighs: remembered per list of models and quarter (a pure cache:
  // models are only pushed onto a list, never changed but for being published, and a price depends on the quarter).
  const { models } = state;
  const known = OPEN_OFFERS.get(models);
  // The models known before are as they were when none of them has been published since.
  const same = known !== undefined && known.quarter === state.quarter && known.scenario === state.scenario
    && known.count <= models.length && openAmong(models, known.count) === known.openCount;
  if (same && known.count === models.length) return known.offers;
  // Only the models pushed since are new offers (a quarter releases its models one lab at a time). The undominated
  // offers of all are those of the kept ones and the new ones together (one offer beating another is transitive), in
  // the models' order as before.
  const added: OpenOffer[] = [];
  let openCount = same ? known.openCount : 0;
  const opened: Model[] = [];
  for (let i = same ? known.count : 0; i < models.length; i += 1) {
    const model = models[i]!;
    if (!model.open) continue;
    openCount += 1;
    opened.push(model);
  }
  // A new list (a new quarter's, or one with a model published): only the contenders can be undominated (below).
  const members = same ? opened.flatMap((model) => family(state, model)) : contenders(state, opened);
  for (const { seller, model, activeParams, capability } of members) {
    added.push({ seller, model, activeParams, capability, price: openHostPrice(state, { activeParams }) });
  }
  const offers = !same ? undominated(added) : added.length === 0 ? known.offers : undominated([...known.offers, ...added]);
  OPEN_OFFERS.set(models, { count: models.length, openCount, quarter: state.quarter, scenario: state.scenario, offers });
  return offers;
}

type Member = Omit<OpenOffer, 'price'>;

/**
 * The members of the open models' families (in their order) that no other member beats in every quarter. A host's
 * price rises with a model's active parameters whatever the quarter, so a member more capable than another, with no
 * more active parameters, is never dearer: it beats the other for good. The undominated offers of a quarter are the
 * undominated among the contenders (one offer beating another is transitive), so a new quarter prices and sorts only
 * these. Remembered per world and list of open models (a pure cache: a released model never changes, copy.ts), and
 * added to when the list only grew. Where prices might not rise with active parameters (a negative or undefined host
 * cost or markup), every member.
 */
function contenders(state: GameState, open: readonly Model[]): readonly Member[] {
  const all = () => open.flatMap((model) => family(state, model));
  const markup = state.scenario.world.openHostMarkup;
  const cost = hostCostPerFlop(state);
  if (!(Number.isFinite(markup) && markup >= 0 && Number.isFinite(cost) && cost >= 0)) return all();
  const known = CONTENDERS.get(state.scenario.world);
  let kept = 0;
  while (known && kept < known.open.length && kept < open.length && known.open[kept] === open[kept]) kept += 1;
  if (known && kept === known.open.length && kept === open.length) return known.members;
  const members = known && kept === known.open.length ? [...known.members] : [];
  for (let i = members.length === 0 ? 0 : kept; i < open.length; i += 1) {
    for (const member of family(state, open[i]!)) {
      if (members.some((other) => beatsForGood(other, member))) continue;
      // Those the newcomer beats for good leave (a member beaten by one that left is beaten by the newcomer too).
      for (let j = members.length - 1; j >= 0; j -= 1) if (beatsForGood(member, members[j]!)) members.splice(j, 1);
      members.push(member);
    }
  }
  CONTENDERS.set(state.scenario.world, { open: open.slice(), members });
  return members;
}

const CONTENDERS = new WeakMap<Scenario['world'], { open: readonly Model[]; members: readonly Member[] }>();

/** `a` is more capable than `b` with no more active parameters (finite figures): never dearer, whatever the quarter. */
function beatsForGood(a: Member, b: Member): boolean {
  return Number.isFinite(a.capability) && Number.isFinite(b.capability) && Number.isFinite(a.activeParams) && Number.isFinite(b.activeParams)
    && a.capability > b.capability && a.activeParams <= b.activeParams;
}

/** How many of the first `count` models are open. */
function openAmong(models: readonly Model[], count: number): number {
  let open = 0;
  for (let i = 0; i < count; i += 1) if (models[i]!.open) open += 1;
  return open;
}

const OPEN_OFFERS = new WeakMap<readonly Model[], { count: number; openCount: number; quarter: number; scenario: GameState['scenario']; offers: OpenOffer[] }>();

/**
 * Every offer buyers in `region` may choose in `segment` this quarter: labs' products, and each open model (segments buying tokens).
 * `open` is openOffers(state), for a caller asking for several regions of one state.
 */
export function offersIn(state: GameState, region: Region, segment: SegmentId, open?: readonly OpenOffer[]): Offer[] {
  const offers: Offer[] = [];
  for (const lab of state.labs) {
    if (!lab.alive || !lab.products[segment] || !region.openTo.includes(lab.region)) continue;
    const model = lab.productModel === null ? undefined : modelById(state.models, lab.productModel);
    if (!model) continue;
    const brand = brandOf(lab, region.id, segment, resells(state.scenario, segment, lab, model));
    offers.push({ seller: lab.id, capability: model.capability, price: lab.prices[segment] ?? rulesOf(state.scenario, segment).referencePrice, ...brand });
  }
  if (buysTokens(state.scenario, segment)) {
    for (const { seller, capability, price } of open ?? openOffers(state)) offers.push({ seller, capability, price, reputation: 0, home: false, buzz: 0 });
  }
  return offers;
}

/**
 * What one buyer weighs in an offer. App users choose an app by its free tier: only the share who would pay
 * (`paidShare`, one in twenty) weigh its plan's price, so a cheaper plan converts more of an app's users (paidShareAt)
 * but wins it few new ones. Everyone else weighs the whole price.
 */
export function offerUtility(scenario: Scenario, region: Region, segment: SegmentId, offer: Offer): number {
  const rules = rulesOf(scenario, segment);
  return rules.capabilityWeight * offer.capability
    - (rules.paidShare ?? 1) * rules.priceWeight * ln(offer.price)
    + rules.reputationWeight * offer.reputation
    + (offer.home ? region.homeBias : 0)
    + offer.buzz
    + awarenessUtility(offer.awareness);
}

/** Utility of buying nothing in the game, which includes the frontier labs outside it: they keep improving. */
export function outsideUtilityNow(state: GameState, rules: Pick<SegmentRules, 'capabilityWeight' | 'outsideUtility'>): number {
  return rules.outsideUtility + rules.capabilityWeight * state.scenario.world.frontierGainPerQuarter * state.quarter;
}

export interface MarketOutcome {
  /** Buyers' spending, dollars: units bought times the price of each. */
  spend: number;
  /** Share of buyers by seller id (each open model under its own `open:<id>`), plus NO_PURCHASE. */
  shares: Record<string, number>;
  /** Units each seller sold (API: millions of tokens; consumer: subscriber-months). */
  units: Record<string, number>;
  /** Tokens each seller served, free users' included. */
  tokens: Record<string, number>;
  /** Revenue of each seller, dollars: its units times its price. */
  revenue: Record<string, number>;
  /** Marketing each seller paid for users won this quarter, dollars, and those users (marketing.ts). */
  marketing: Record<string, number>;
  usersBought: Record<string, number>;
}

/** However cheap the tokens, a buyer's use never grows beyond this factor of its level at the reference price. */
const USE_RANGE = 20;

/**
 * Units one buyer uses at `price`, relative to the reference price: (price / reference)^-elasticity, at most USE_RANGE.
 * No floor: at a price far above the reference, buyers who stay use next to nothing, so an extreme price is not a toll
 * on locked-in customers (a floor made $10,000 per million tokens earn 167× the reference price per buyer).
 */
export function usePerBuyer(rules: SegmentRules, price: number): number {
  if (rules.elasticity === 0) return 1;
  return Math.min(USE_RANGE, pow(price / rules.referencePrice, -rules.elasticity));
}

/**
 * However cheap the plan, most users of a free tier never pay: a game-design bound, twice the scenarios' share at the
 * reference price (ChatGPT had about one user in twenty paying in 2025; the scenarios' `paidShare` note).
 */
export const MAX_PAID_SHARE = 0.1;

/** Share of an app's users who pay at `price` (1 where there is no free tier), at most MAX_PAID_SHARE. */
export function paidShareAt(rules: SegmentRules, price: number): number {
  if (rules.paidShare === undefined) return 1;
  return Math.min(MAX_PAID_SHARE, rules.paidShare * pow(rules.referencePrice / price, rules.paidShareElasticity ?? 1.5));
}

/** Tokens `buyers` of an offer at `price` use: units per buyer for payers, a free user's share for the rest. */
export function tokensServed(rules: SegmentRules, buyers: number, price: number): { units: number; tokens: number } {
  const paid = paidShareAt(rules, price);
  const units = buyers * paid * usePerBuyer(rules, price);
  const free = buyers * (1 - paid);
  return { units, tokens: (units + free * (rules.freeUse ?? 0.25)) * tokensPerUnit(rules) };
}

/** Buyers in a region this quarter if all bought at the reference price (users, free ones included, for apps with a free tier). */
export function potentialUnits(state: GameState, region: Region, segment: SegmentId): number {
  const market = marketIn(region, segment);
  const rules = rulesOf(state.scenario, segment);
  if (!market) return 0;
  return (market.spendPerQuarter * marketFactor(state, region.id, segment) * growthTo(market, state.quarter)) / rules.referencePrice / (rules.paidShare ?? 1);
}

/** (1 + growth)^quarter for one market: asked for every quote a bot weighs, so remembered per market and quarter (a pure cache). */
function growthTo(market: SegmentMarket, quarter: number): number {
  const known = GROWTH.get(market);
  if (known?.quarter === quarter) return known.factor;
  const factor = pow(1 + market.growthPerQuarter, quarter);
  GROWTH.set(market, { quarter, factor });
  return factor;
}

const GROWTH = new WeakMap<SegmentMarket, { quarter: number; factor: number }>();

/**
 * Buyers choose an offer or none by a logit; each buyer of an offer uses units according to its price (more tokens
 * when they are cheaper), so a seller's revenue is its units times its own price: a price cut wins buyers but earns
 * less on each of them, and a price below serving cost loses money on every unit sold.
 */
export function resolveMarket(state: GameState, region: Region, segment: SegmentId, noise: number, offers = offersIn(state, region, segment)): MarketOutcome {
  const rules = rulesOf(state.scenario, segment);
  const utilities = offers.map((offer) => offerUtility(state.scenario, region, segment, offer));
  const fresh = softmaxWithOutside(utilities, outsideUtilityNow(state, rules));
  const sticky = stickiness(state, region, segment, offers);
  const probabilities = fresh.map((p, i) => sticky.kept(offers[i]!.seller) + sticky.choosing * p);
  const base = potentialUnits(state, region, segment);
  const potential = base * noise;
  // Users bought with marketing budgets come from every seller and from non-buyers, in proportion (marketing.ts).
  const bought = rules.acquisitionCost === undefined || !anyMarketing(state)
    ? undefined
    : buyUsers(state, region, segment, offers.map((o) => o.seller), sticky.choosing, potential, (r) => (r === region ? base : potentialUnits(state, r, segment)));
  const none = 1 - probabilities.reduce((a, p) => a + p, 0);
  if (bought) offers.forEach((offer, i) => { probabilities[i] = probabilities[i]! * bought.kept + (bought.won[offer.seller] ?? 0); });
  const shares = idRecord<number>({ [NO_PURCHASE]: none * (bought?.kept ?? 1) });
  const units = idRecord<number>();
  const tokens = idRecord<number>();
  const revenue = idRecord<number>();
  const marketing = idRecord<number>();
  const usersBought = idRecord<number>();
  for (const { seller } of offers) {
    if (bought?.spent[seller] === undefined) continue;
    marketing[seller] = bought.spent[seller]!;
    usersBought[seller] = bought.won[seller]! * potential;
  }
  let spend = 0;
  offers.forEach((offer, i) => {
    const sale = saleAt(rules, probabilities[i] ?? 0, potential, offer.price);
    shares[offer.seller] = sale.share;
    units[offer.seller] = sale.units;
    tokens[offer.seller] = sale.tokens;
    revenue[offer.seller] = sale.revenue;
    spend += sale.revenue;
  });
  return { spend, shares, units, tokens, revenue, marketing, usersBought };
}

/**
 * Buyers are sticky: `stickiness` of last quarter's buyers of a seller still offering (or of nothing) stay put; the
 * rest, and every buyer of a seller gone, choose afresh by the logit. `kept` is a seller's staying share, `choosing`
 * the share of all buyers choosing afresh.
 */
export function stickiness(state: GameState, region: Region, segment: SegmentId, offers: readonly Pick<Offer, 'seller'>[]): { kept: (seller: string) => number; choosing: number } {
  const rate = rulesOf(state.scenario, segment).stickiness ?? 0;
  const previous = state.segmentShares[region.id]?.[segment];
  if (rate <= 0 || !previous) return { kept: () => 0, choosing: 1 };
  let staying = rate * (previous[NO_PURCHASE] ?? 0);
  for (const offer of offers) staying += rate * (previous[offer.seller] ?? 0);
  return { kept: (seller) => rate * (previous[seller] ?? 0), choosing: 1 - staying };
}

/** One offer's part of a market's outcome. */
export interface Sale {
  share: number;
  units: number;
  tokens: number;
  revenue: number;
}

export function saleAt(rules: SegmentRules, share: number, potential: number, price: number): Sale {
  const served = tokensServed(rules, share * potential, price);
  return { share, units: served.units, tokens: served.tokens, revenue: served.units * price };
}

/**
 * What `mine` would sell against `others` at each price (noise 1): its part of resolveMarket's outcome with its offer
 * last, worked out without the other sellers' sales, which a bot weighing its price does not need. `settled`: the
 * sales once every buyer has chosen afresh (no habits), rather than this quarter's.
 */
export function salesAtPrices(state: GameState, region: Region, segment: SegmentId, others: readonly Offer[], mine: Offer, prices: readonly number[], settled = false): Sale[] {
  const rules = rulesOf(state.scenario, segment);
  const utilities = others.map((offer) => offerUtility(state.scenario, region, segment, offer));
  const outside = outsideUtilityNow(state, rules);
  const potential = potentialUnits(state, region, segment);
  const shares = lastShares(utilities, prices.map((price) => offerUtility(state.scenario, region, segment, { ...mine, price })), outside);
  // Settled: once every buyer has chosen afresh at these prices, as a seller setting a price for good weighs it.
  const sticky = settled ? { kept: () => 0, choosing: 1 } : stickiness(state, region, segment, [...others, mine]);
  // Marketing budgets win the same users whatever the prices (marketing.ts): worked out once, as the market does.
  const bought = rules.acquisitionCost === undefined || !anyMarketing(state)
    ? undefined
    : buyUsers(state, region, segment, [...others.map((o) => o.seller), mine.seller], sticky.choosing, potential, (r) => (r === region ? potential : potentialUnits(state, r, segment)));
  return prices.map((price, i) => {
    const share = sticky.kept(mine.seller) + sticky.choosing * shares[i]!;
    return saleAt(rules, bought ? share * bought.kept + (bought.won[mine.seller] ?? 0) : share, potential, price);
  });
}

/** Tokens in one unit of a segment: a million for the API, a subscriber-month's use for consumer apps. */
export function tokensPerUnit(rules: SegmentRules): number {
  return rules.tokensPerDollar === undefined ? 1e6 : rules.tokensPerDollar * rules.referencePrice;
}

/** Inference FLOP to serve `tokens` on a model (~2 x active parameters per token). */
export function inferenceNeeded(model: Model, tokens: number, inferenceEfficiency = 1): number {
  return (tokens * 2 * model.activeParams) / inferenceEfficiency;
}
