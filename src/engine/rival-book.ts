// A lab weighing its prices needs its rivals' utilities in every region it sells to; every bot weighs several prices
// each quarter, so working each rival's utility (a logarithm) and logit weight (an exponential) out again for every
// quote made the bots' quarter grow with the square of the labs. The book keeps them per scenario, region and segment,
// checks every rival's inputs against what it holds at each use (whatever changed in between, nothing goes stale; in
// the bots' pass, where only accepted actions change the state and each counts a turn, once per turn) and adds the
// weights in the market's own order, so every sale is bit for bit salesAtPrices's.
import { modelById } from './lookups';
import { awarenessOf } from './awareness';
import { anyMarketing, marketingAsks, usersWonBy, type MarketingAsk, type UsersWonBy } from './marketing';
import { exp } from './math';
import { NO_PURCHASE, offerUtility, openOffers, outsideUtilityNow, potentialUnits, saleAt, type Offer, type OpenOffer, type Sale } from './market';
import type { Region, Scenario, SegmentId, SegmentRules } from './scenario-types';
import { rulesOf } from './segments';
import { readMarks, updateMarks, type LabMarks } from './lab-marks';
import { brandOf, resells } from './resale';
import type { GameState } from './state-types';
import { passOf } from './bot-pass';

/** Logit weights of every offer at one top utility (the softmax's shift); `ok` marks those still worked out at it. */
interface Weights {
  top: number;
  outside: number;
  outsideWeight: number;
  labs: Float64Array;
  ok: Uint8Array;
  open: Float64Array;
  /** The sum of the weights of everyone but a seller, by seller, at the book's version it was added up at. */
  sums: Map<string, { version: number; sum: number }>;
}

interface Book {
  region: Region;
  rules: SegmentRules;
  labCount: number;
  /** Per lab, in the state's order: whether it sells here, and the inputs its utility was worked out from. */
  selling: Uint8Array;
  seller: string[];
  /** The region each lab was in when its reach here was worked out, and whether buyers here may buy from it. */
  labRegion: string[];
  reach: Uint8Array;
  /** The list of models capabilities were read from, and each lab's model id (a model's capability never changes). */
  models: readonly unknown[] | undefined;
  modelId: (string | null)[];
  capability: Float64Array;
  price: Float64Array;
  reputation: Float64Array;
  buzz: Float64Array;
  /** Apps: the share of users who know each lab's app (awareness.ts). */
  awareness: Float64Array;
  home: Uint8Array;
  /** Whether each lab resells another lab's open weights (resale.ts), read with its capability. */
  resold: Uint8Array;
  utility: Float64Array;
  /** The open offers (openOffers' list, itself remembered) and their utilities. */
  open: readonly OpenOffer[];
  openUtility: Float64Array;
  /** Most recently used first. */
  weights: Weights[];
  /** The bots' pass and the turn the labs were last checked at. */
  checkedPass: number;
  checkedTurn: number;
  /** Counts every change of an offer's utility: what was worked out from them at the same version stands. */
  version: number;
  /** The top of the other offers' utilities and the outside option, by seller, and the version it was found at. */
  tops: Map<string, { version: number; outside: number; top: number }>;
  /** The marketing budgets' asks here, and the bots' pass, turn and market size they were worked out at. */
  asks: readonly MarketingAsk[];
  asksPass: number;
  asksTurn: number;
  asksPotential: number;
}

/** Top utilities kept at once: the one most quotes share, and the few a market's leader sees weighing its own prices. */
const KEPT_TOPS = 6;

/** openOffers(state), asked once per turn of the bots' pass (it reads every model to see whether one was opened). */
export function openOffersNow(state: GameState): readonly OpenOffer[] {
  const pass = passOf(state);
  if (!pass) return openOffers(state);
  if (pass.openTurn !== state.turn) {
    pass.open = openOffers(state);
    pass.openTurn = state.turn;
  }
  return pass.open!;
}

const BOOKS = new WeakMap<Scenario, Map<string, Book>>();

function bookFor(state: GameState, region: Region, segment: SegmentId): Book {
  let books = BOOKS.get(state.scenario);
  if (!books) {
    books = new Map();
    BOOKS.set(state.scenario, books);
  }
  const key = `${region.id}\u0000${segment}`;
  const rules = rulesOf(state.scenario, segment);
  let book = books.get(key);
  const count = state.labs.length;
  if (!book || book.region !== region || book.rules !== rules || book.labCount !== count) {
    book = {
      region, rules, labCount: count,
      selling: new Uint8Array(count), seller: new Array<string>(count).fill(''), labRegion: new Array<string>(count).fill(''), reach: new Uint8Array(count),
      models: undefined, modelId: new Array<string | null>(count).fill(null), capability: new Float64Array(count), price: new Float64Array(count),
      reputation: new Float64Array(count), buzz: new Float64Array(count), awareness: new Float64Array(count), home: new Uint8Array(count), resold: new Uint8Array(count), utility: new Float64Array(count),
      open: [], openUtility: new Float64Array(0), weights: [], checkedPass: 0, checkedTurn: -1, version: 0, tops: new Map(), asks: [], asksPass: 0, asksTurn: -1, asksPotential: 0,
    };
    books.set(key, book);
  }
  return book;
}

/** Brings the book up to the state's offers (offersIn's, in its order), working out again only the utilities whose inputs changed. */
function refresh(state: GameState, book: Book, segment: SegmentId, open: readonly OpenOffer[]): void {
  const { region, rules } = book;
  const pass = passOf(state);
  const labs = state.labs;
  const unchanged = pass !== undefined && book.checkedPass === pass.id && book.checkedTurn === state.turn;
  // In the pass, a lab whose inputs have not changed since this book last checked them is as the book holds it
  // (lab-marks.ts). Marks first read after that check mark every lab as changed, so the book checks them all once more.
  const since = pass !== undefined && book.checkedPass === pass.id ? book.checkedTurn : undefined;
  let marks: LabMarks | undefined;
  if (pass !== undefined && since !== undefined && !unchanged) {
    marks = pass.marks ??= readMarks(state);
    updateMarks(state, marks);
  }
  if (pass !== undefined) {
    book.checkedPass = pass.id;
    book.checkedTurn = state.turn;
  } else {
    book.checkedPass = 0;
  }
  // Models are only ever added to a list, and the first of an id wins: the same list and id give the same capability.
  const sameModels = book.models === state.models;
  book.models = state.models;
  for (let i = 0; !unchanged && i < labs.length; i += 1) {
    if (sameModels && since !== undefined && marks !== undefined && marks.changedAt[i]! <= since) continue;
    const lab = labs[i]!;
    if (book.labRegion[i] !== lab.region) {
      book.labRegion[i] = lab.region;
      book.reach[i] = region.openTo.includes(lab.region) ? 1 : 0;
    }
    let capability: number | undefined;
    // Whether it resells another lab's open weights (resale.ts): fixed for a lab and a model, so kept with the capability.
    let resold = false;
    if (lab.alive && book.reach[i] === 1 && lab.products[segment] && lab.productModel !== null) {
      if (sameModels && book.selling[i] === 1 && book.modelId[i] === lab.productModel) {
        capability = book.capability[i]!;
        resold = book.resold[i] === 1;
      } else {
        const model = modelById(state.models, lab.productModel);
        capability = model?.capability;
        resold = model !== undefined && resells(state.scenario, segment, lab, model);
      }
    }
    if (capability === undefined) {
      if (book.selling[i] === 1) forget(book, i);
      continue;
    }
    const price = lab.prices[segment] ?? rules.referencePrice;
    const awareness = awarenessOf(lab, segment);
    // brandOf's fields, read without making its record (every lab is checked at every turn).
    if (book.selling[i] === 1 && book.seller[i] === lab.id && Object.is(book.capability[i], capability) && Object.is(book.price[i], price)
      && Object.is(book.reputation[i], resold ? 0 : lab.reputation) && Object.is(book.buzz[i], resold ? 0 : lab.buzz)
      && book.home[i] === (!resold && lab.region === region.id ? 1 : 0) && Object.is(book.awareness[i], resold ? 1 : awareness)) {
      book.modelId[i] = lab.productModel;
      book.resold[i] = resold ? 1 : 0;
      continue;
    }
    const offer: Offer = { seller: lab.id, capability, price, ...brandOf(lab, region.id, segment, resold) };
    forget(book, i);
    book.selling[i] = 1;
    book.resold[i] = resold ? 1 : 0;
    book.modelId[i] = lab.productModel;
    book.seller[i] = lab.id;
    book.capability[i] = offer.capability;
    book.price[i] = price;
    book.reputation[i] = offer.reputation;
    book.buzz[i] = offer.buzz;
    book.awareness[i] = offer.awareness ?? 1;
    book.home[i] = offer.home ? 1 : 0;
    book.utility[i] = offerUtility(state.scenario, region, segment, offer);
  }
  // Segments buying per seat have no open offers: a new empty list each time is no change.
  if (book.open !== open && (book.open.length > 0 || open.length > 0)) {
    book.open = open;
    // A loop rather than Float64Array.from's mapping, which V8 runs through its slow iterator path.
    book.openUtility = new Float64Array(open.length);
    for (let j = 0; j < open.length; j += 1) {
      const o = open[j]!;
      book.openUtility[j] = offerUtility(state.scenario, region, segment, { seller: o.seller, capability: o.capability, price: o.price, reputation: 0, home: false, buzz: 0 });
    }
    book.weights = [];
    book.version += 1;
  }
}

function forget(book: Book, i: number): void {
  book.version += 1;
  book.selling[i] = 0;
  for (const weights of book.weights) weights.ok[i] = 0;
}

/** The logit weights at `top` (kept for the next quotes when there is room), each worked out only once. */
function weightsAt(book: Book, top: number, outside: number): Weights {
  const kept = book.weights;
  let at = 0;
  while (at < kept.length && !(Object.is(kept[at]!.top, top) && Object.is(kept[at]!.outside, outside))) at += 1;
  if (at === 0 && kept.length > 0) return kept[0]!;
  let weights: Weights;
  if (at < kept.length) {
    weights = kept.splice(at, 1)[0]!;
  } else {
    // The least recently used set's arrays are filled again rather than new ones made (a leader's every quote is a new top).
    const old = kept.length >= KEPT_TOPS ? kept.pop() : undefined;
    const open = old?.open.length === book.openUtility.length ? old.open : new Float64Array(book.openUtility.length);
    for (let j = 0; j < open.length; j += 1) open[j] = exp(book.openUtility[j]! - top);
    if (old) {
      old.ok.fill(0);
      old.sums.clear();
    }
    weights = {
      top, outside, outsideWeight: exp(outside - top), labs: old?.labs ?? new Float64Array(book.labCount), ok: old?.ok ?? new Uint8Array(book.labCount), open, sums: old?.sums ?? new Map(),
    };
  }
  kept.unshift(weights);
  return weights;
}

/**
 * What `mine` would sell against every other offer buyers in `region` may choose in `segment` at each price:
 * salesAtPrices(state, region, segment, offersIn(…) without mine, mine, prices, settled), with the rivals' utilities
 * and weights kept between quotes. `open` is openOffers(state) for token segments, empty for the others.
 */
export function salesAgainstRivals(state: GameState, region: Region, segment: SegmentId, open: readonly OpenOffer[], mine: Offer, prices: readonly number[], settled: boolean): Sale[] {
  const book = bookFor(state, region, segment);
  refresh(state, book, segment, open);
  const { rules } = book;
  const me = mine.seller;
  const outside = outsideUtilityNow(state, rules);
  // lastShares's steps with the rivals in offersIn's order: labs first, then the open offers.
  const fixedTop = topOfOthers(book, open, me, outside);
  let summedTop: number | undefined;
  let summed = 0;
  const quoted = { ...mine };
  const shares = prices.map((price) => {
    quoted.price = price;
    const candidate = offerUtility(state.scenario, region, segment, quoted);
    const top = Math.max(fixedTop, candidate);
    if (summedTop === undefined || !Object.is(top, summedTop)) {
      summed = sumOfOthers(book, weightsAt(book, top, outside), open, me);
      summedTop = top;
    }
    const weight = exp(candidate - top);
    return weight / (summed + weight);
  });
  const potential = potentialUnits(state, region, segment);
  const { kept, choosing } = settled ? { kept: 0, choosing: 1 } : stickinessFor(state, book, segment, open, me);
  // Marketing budgets win the same users whatever the prices (marketing.ts), as salesAtPrices works them out.
  const bought = rules.acquisitionCost === undefined || !anyMarketing(state) ? undefined : usersBought(state, book, segment, me, choosing, potential);
  return prices.map((price, i) => {
    const share = kept + choosing * shares[i]!;
    return saleAt(rules, bought ? share * bought.kept + bought.mine : share, potential, price);
  });
}

/**
 * buyUsers among the labs selling in the book's market and `me`: the budgets' asks are the same for every seller's
 * quote, so in the bots' pass they are worked out once per turn.
 */
function usersBought(state: GameState, book: Book, segment: SegmentId, me: string, choosing: number, potential: number): UsersWonBy {
  const { region } = book;
  const pass = passOf(state);
  const kept = pass !== undefined && book.asksPass === pass.id && book.asksTurn === state.turn && book.asksPotential === potential;
  if (!kept) {
    book.asks = marketingAsks(state, region, segment, potential, (r) => (r === region ? potential : potentialUnits(state, r, segment)));
    book.asksPass = pass !== undefined ? pass.id : 0;
    book.asksTurn = state.turn;
    book.asksPotential = potential;
  }
  return usersWonBy(book.asks, (ask) => ask.lab === me || (book.selling[ask.index] === 1 && book.seller[ask.index] === ask.lab), choosing, potential, me);
}

/** Math.max(outside, ...the other offers' utilities), in lastShares's order (Math.max's answer does not depend on it). */
function topOfOthers(book: Book, open: readonly OpenOffer[], me: string, outside: number): number {
  const known = book.tops.get(me);
  if (known && known.version === book.version && Object.is(known.outside, outside)) return known.top;
  let top = outside;
  for (let i = 0; i < book.labCount; i += 1) if (book.selling[i] === 1 && book.seller[i] !== me) top = Math.max(top, book.utility[i]!);
  for (let j = 0; j < open.length; j += 1) if (open[j]!.seller !== me) top = Math.max(top, book.openUtility[j]!);
  book.tops.set(me, { version: book.version, outside, top });
  return top;
}

/** The outside option's weight plus every other offer's, added in lastShares's order (labs, then open offers). */
function sumOfOthers(book: Book, weights: Weights, open: readonly OpenOffer[], me: string): number {
  const known = weights.sums.get(me);
  if (known && known.version === book.version) return known.sum;
  let sum = weights.outsideWeight;
  for (let i = 0; i < book.labCount; i += 1) {
    if (book.selling[i] !== 1 || book.seller[i] === me) continue;
    if (weights.ok[i] !== 1) {
      weights.labs[i] = exp(book.utility[i]! - weights.top);
      weights.ok[i] = 1;
    }
    sum += weights.labs[i]!;
  }
  for (let j = 0; j < open.length; j += 1) if (open[j]!.seller !== me) sum += weights.open[j]!;
  weights.sums.set(me, { version: book.version, sum });
  return sum;
}

/** market.ts's stickiness for the rivals and then `me`, summed in the same order: the staying share of `me`, and the share choosing afresh. */
function stickinessFor(state: GameState, book: Book, segment: SegmentId, open: readonly OpenOffer[], me: string): { kept: number; choosing: number } {
  const rate = book.rules.stickiness ?? 0;
  const previous = state.segmentShares[book.region.id]?.[segment];
  if (rate <= 0 || !previous) return { kept: 0, choosing: 1 };
  let staying = rate * (previous[NO_PURCHASE] ?? 0);
  for (let i = 0; i < book.labCount; i += 1) if (book.selling[i] === 1 && book.seller[i] !== me) staying += rate * (previous[book.seller[i]!] ?? 0);
  for (const offer of open) if (offer.seller !== me) staying += rate * (previous[offer.seller] ?? 0);
  staying += rate * (previous[me] ?? 0);
  return { kept: rate * (previous[me] ?? 0), choosing: 1 - staying };
}
