import { startingAwareness } from './awareness';
import { idRecord, ownValue } from './id-record';
import { formulaBusinessValue, valuationOf, valuationParts } from './funding';
import { createRngStreams } from './rng';
import type { LabId, Scenario } from './scenario-types';
import { marketIn, rulesOf, segmentIds } from './segments';
import type { GameState, Lab, Model, Seat } from './state-types';
import { capabilityOf } from './training';
import { canonicalJson, hashString, NO_REPORTS_HASH } from './hash';
import { initialRules } from './world-rules';
import { OUTSIDE_LAB } from './events';

export interface GameOptions {
  seed: string;
  /** Who plays each lab; labs left out are human if they are the scenario's player lab, else their own strategy. */
  seats?: Record<LabId, Seat>;
  /** A classroom cut: the game ends after this many quarters, fewer than the scenario's. Left out (or not shorter): the whole scenario. */
  quarters?: number;
}

/** The quarters a cut may keep: a whole number from 1 to one fewer than the scenario's (anything else is no cut). */
export function isCut(scenario: Scenario, quarters: number | undefined): quarters is number {
  return typeof quarters === 'number' && Number.isInteger(quarters) && quarters >= 1 && quarters < scenario.quarters;
}

/** How many quarters this game lasts: the scenario's, or fewer in a classroom cut. */
export function gameLength(state: Pick<GameState, 'scenario' | 'quarters'>): number {
  return state.quarters ?? state.scenario.quarters;
}

/** Compute split a lab starts with: mostly training, a third serving customers. */
export const DEFAULT_SPLIT = { training: 60, inference: 35, research: 5 };

/** The fingerprint of a scenario: the same file, byte for byte in meaning, gives the same hash. */
export function scenarioHash(scenario: Scenario): string {
  // Every game of a batch starts from the same scenario object, which nothing changes: its fingerprint is kept (a pure cache).
  let known = SCENARIO_HASHES.get(scenario);
  if (known === undefined) {
    known = hashString(canonicalJson(scenario));
    SCENARIO_HASHES.set(scenario, known);
  }
  return known;
}

const SCENARIO_HASHES = new WeakMap<Scenario, string>();

/** A new game at the start of the scenario's first quarter. */
export function createGame(scenario: Scenario, options: GameOptions): GameState {
  const seats = idRecord<Seat>();
  for (const setup of scenario.labs) {
    seats[setup.id] = (options.seats && ownValue(options.seats, setup.id))
      ?? (setup.id === scenario.playerLab ? { kind: 'human' } : { kind: 'bot', strategy: setup.strategy });
  }
  const models: Model[] = [];
  const labs: Lab[] = scenario.labs.map((setup) => {
    const own = setup.models.map((m, i): Model => ({
      id: `${setup.id}-${i + 1}`,
      lab: setup.id,
      name: m.name,
      totalParams: m.totalParams,
      activeParams: m.activeParams,
      effectiveCompute: m.effectiveCompute,
      capability: capabilityOf(scenario.world, m.effectiveCompute),
      open: m.open,
      releasedQuarter: -1,
    }));
    models.push(...own);
    // A licensed model belongs to its maker (outside the game's model makers), so it never counts as the lab's own work.
    const licensed = setup.licensedModel;
    const copy: Model | undefined = licensed && {
      id: `${setup.id}-licensed`,
      lab: OUTSIDE_LAB,
      name: licensed.name,
      totalParams: licensed.totalParams,
      activeParams: licensed.activeParams,
      effectiveCompute: licensed.effectiveCompute,
      capability: capabilityOf(scenario.world, licensed.effectiveCompute),
      open: false,
      releasedQuarter: -1,
    };
    if (copy) models.push(copy);
    const best = [...own, ...(copy ? [copy] : [])].reduce<Model | undefined>((b, m) => (!b || m.capability > b.capability ? m : b), undefined);
    const products = startingProducts(scenario, setup.id, best !== undefined);
    return {
      id: setup.id,
      name: setup.name,
      region: setup.region,
      cash: setup.cash,
      cashAtQuarterStart: setup.cash,
      ledger: [],
      researchers: setup.researchers,
      engineers: setup.engineers,
      hiredThisQuarter: 0,
      chips: idRecord(setup.chips),
      chipsUnderLicence: idRecord(),
      greyChips: idRecord(),
      // Chips owned at the start are valued at list price with a full life ahead (a simplification).
      chipVintages: Object.keys(setup.chips).sort().map((chip) => ({
        chip,
        grey: false,
        cost: (scenario.chips.find((c) => c.id === chip)?.price ?? 0) * (ownValue(setup.chips, chip) ?? 0),
        quartersLeft: scenario.world.depreciationQuarters,
      })),
      chipOrders: [],
      rentals: (setup.rentals ?? []).map((r) => ({ chip: r.chip, region: r.region, units: r.units })),
      split: { ...(setup.split ?? DEFAULT_SPLIT) },
      run: null,
      productModel: best?.id ?? null,
      products,
      prices: startingPrices(scenario, setup.prices),
      verticals: idRecord(),
      reputation: setup.reputation,
      buzz: 0,
      awareness: startingAwareness(scenario, products),
      techniques: [...setup.techniques],
      research: null,
      equity: setup.equity,
      valuation: 0,
      estimate: 0,
      businessValue: 0,
      revenueHistory: [],
      pendingRound: null,
      partner: null,
      pendingChoices: [],
      alive: true,
      ...(copy && licensed ? { licence: { model: copy.id, royalty: licensed.royalty, ...(licensed.licensor ? { licensor: licensed.licensor } : {}) } } : {}),
    };
  });
  const state: GameState = {
    scenario,
    scenarioHash: scenarioHash(scenario),
    rules: initialRules(scenario),
    seed: options.seed,
    // Only a real cut is written: a game without one hashes as it always did.
    ...(isCut(scenario, options.quarters) ? { quarters: options.quarters } : {}),
    seats,
    quarter: 0,
    algorithmicEfficiency: 1,
    labs,
    models,
    published: [],
    firedEvents: [],
    verticalShares: idRecord(),
    segmentShares: startingShares(scenario),
    rng: createRngStreams(options.seed),
    reports: [],
    reportsHash: NO_REPORTS_HASH,
    turn: 0,
    over: false,
  };
  // The starting value stands for the last round before the game: investors' estimate on the day.
  for (const lab of state.labs) {
    lab.businessValue = formulaBusinessValue(valuationParts(state, lab));
    lab.estimate = valuationOf(state, lab);
    lab.valuation = lab.estimate;
  }
  return state;
}

/** Each region's buyers already with a lab at the start (the scenario's installed bases), by segment. */
function startingShares(scenario: Scenario): GameState['segmentShares'] {
  const shares: GameState['segmentShares'] = idRecord();
  for (const region of scenario.regions) {
    for (const segment of segmentIds(scenario)) {
      const start = marketIn(region, segment)?.startingShares;
      if (start && Object.keys(start).length > 0) (shares[region.id] ??= idRecord())[segment] = idRecord(start);
    }
  }
  return shares;
}

/** Whether the scenario gives a lab buyers in a segment at the start, in any region. */
function hasUsers(scenario: Scenario, lab: LabId, segment: string): boolean {
  return scenario.regions.some((region) => (ownValue(marketIn(region, segment)?.startingShares ?? {}, lab) ?? 0) > 0);
}

/**
 * What a lab sells at the start: with a model, in every segment buying tokens (its API) and in every segment buying
 * seats where it already has users (an installed base of app users is an app already on sale); no cloud.
 */
function startingProducts(scenario: Scenario, lab: LabId, hasModel: boolean): Lab['products'] {
  const products = idRecord<boolean>();
  for (const segment of segmentIds(scenario)) {
    products[segment] = hasModel && (rulesOf(scenario, segment).buys === 'tokens' || hasUsers(scenario, lab, segment));
  }
  products['cloud'] = false;
  return products;
}

/** A lab's starting price in every segment: the file's, or the segment's reference price where it names none. */
function startingPrices(scenario: Scenario, prices: Readonly<Record<string, number>>): Lab['prices'] {
  const out = idRecord<number>();
  for (const segment of segmentIds(scenario)) out[segment] = ownValue(prices, segment) ?? rulesOf(scenario, segment).referencePrice;
  return out;
}
