// The worlds the lessons compare: one all-bot game of a scenario and seed, with some seats changed, played quarter by
// quarter and written down as the few figures the experiments need. Pure, so workers agree.
import { idRecord } from './id-record';
import { createGame } from './create-game';
import { endQuarter } from './quarter';
import { layerOf, type Layer } from './funding';
import { bestOpenModel, openHostPrice, openOffers } from './market';
import { createRngStreams, draw } from './rng';
import { botSeats } from './simulate';
import { DESIGN_STRATEGIES } from './strategy-trials';
import type { LabId, RegionId, Scenario, StrategyId } from './scenario-types';
import { firstTokenSegment } from './segments';
import type { GameState, Lab, Seat } from './state-types';
import { isModelMaker } from './training';

/**
 * Which seats a world changes: named labs put on other strategies; one region's strategies shuffled among its labs per
 * seed (the same mix, dealt again); or each of the region's labs given any of the five design strategies per seed.
 */
export type SeatChange =
  | { kind: 'assigned'; overrides: Record<LabId, StrategyId> }
  | { kind: 'shuffled'; region: RegionId }
  | { kind: 'drawn'; region: RegionId };

export interface WorldSpec {
  scenario: string;
  seats: SeatChange;
}

export const assigned = (scenario: string, overrides: Record<LabId, StrategyId> = {}): WorldSpec => ({ scenario, seats: { kind: 'assigned', overrides } });
export const shuffled = (scenario: string, region: RegionId): WorldSpec => ({ scenario, seats: { kind: 'shuffled', region } });
export const drawn = (scenario: string, region: RegionId): WorldSpec => ({ scenario, seats: { kind: 'drawn', region } });

/** A name for the world that two specs playing the same games share (an override to a lab's own strategy changes nothing). */
export function worldKey(spec: WorldSpec, scenario: Scenario): string {
  if (spec.seats.kind !== 'assigned') return `${spec.scenario}|${spec.seats.kind}:${spec.seats.region}`;
  const overrides = spec.seats.overrides;
  const changed = scenario.labs.filter((lab) => overrides[lab.id] !== undefined && overrides[lab.id] !== lab.strategy);
  return `${spec.scenario}|${changed.map((lab) => `${lab.id}=${overrides[lab.id]}`).join(',')}`;
}

/**
 * The region's labs' strategies dealt out again in a random order drawn from the seed (Fisher-Yates on a stream of
 * its own), so every lab may land on any strategy the scenario gave that region.
 */
export function shuffledStrategies(scenario: Scenario, region: RegionId, seed: string): Record<LabId, StrategyId> {
  const labs = scenario.labs.filter((lab) => lab.region === region);
  const strategies = labs.map((lab) => lab.strategy);
  const streams = createRngStreams(`lessons/shuffle/${seed}`);
  for (let i = strategies.length - 1; i > 0; i -= 1) {
    const j = Math.floor(draw(streams, 'bots') * (i + 1));
    [strategies[i], strategies[j]] = [strategies[j]!, strategies[i]!];
  }
  return Object.fromEntries(labs.map((lab, i) => [lab.id, strategies[i]!]));
}

/** Each of the region's labs on one of the five design strategies, drawn independently from the seed. */
export function drawnStrategies(scenario: Scenario, region: RegionId, seed: string): Record<LabId, StrategyId> {
  const streams = createRngStreams(`lessons/draw/${seed}`);
  const labs = scenario.labs.filter((lab) => lab.region === region);
  return Object.fromEntries(labs.map((lab) => [lab.id, DESIGN_STRATEGIES[Math.floor(draw(streams, 'bots') * DESIGN_STRATEGIES.length)]!]));
}

export function seatsFor(spec: WorldSpec, scenario: Scenario, seed: string): Record<LabId, Seat> {
  const seats = spec.seats;
  if (seats.kind === 'assigned') return botSeats(scenario, seats.overrides);
  return botSeats(scenario, (seats.kind === 'shuffled' ? shuffledStrategies : drawnStrategies)(scenario, seats.region, seed));
}

export interface LabRecord {
  id: LabId;
  region: RegionId;
  strategy: StrategyId;
  survived: boolean;
  /** A model maker at the end (the engine's isModelMaker). */
  modelMaker: boolean;
  /** FLOP the lab's fleet put into training over the game (the quarter reports' trainingFlop). */
  trainingFlop: number;
  /** Grey-market chips bought over the game: units, orders, and the premium paid over list, dollars. */
  greyChipsBought: number;
  greyOrders: number;
  greyPremium: number;
}

/** A round that closed (funding line items: rounds and emergency rounds), and the layer of the lab that raised it. */
export interface RaisedRound {
  region: RegionId;
  layer: Layer;
  amount: number;
}

export interface QuarterRecord {
  /** Cheapest API price per million tokens at or above the world's fixed capability; null when no offer reaches it. */
  cheapestApi: number | null;
  /** The same with only the most capable open model hosted (what buyers could choose among in engine 0.6). */
  cheapestApiBestOpenOnly: number | null;
  rounds: RaisedRound[];
}

export interface WorldRecord {
  seed: string;
  /** The capability the price lesson holds fixed: the best API offer at the start. */
  fixedCapability: number;
  labs: LabRecord[];
  quarters: QuarterRecord[];
}

/** Capability of the best model any lab sells by API at the start of the game (0 when none does). */
export function bestApiCapability(state: GameState): number {
  const api = firstTokenSegment(state.scenario);
  let best = 0;
  for (const lab of state.labs) {
    const model = lab.alive && api !== undefined && lab.products[api] ? state.models.find((m) => m.id === lab.productModel) : undefined;
    if (model) best = Math.max(best, model.capability);
  }
  return best;
}

/**
 * The lowest price anyone in the world asks per million API tokens for a model of at least `capability`: labs' live
 * API products at their own price, and open-weight models hosted at the engine's openHostPrice (every open model, or
 * only the most capable one).
 */
export function cheapestApiPrice(state: GameState, capability: number, openModels: 'every' | 'best'): number | null {
  let cheapest: number | null = null;
  const consider = (price: number) => {
    if (cheapest === null || price < cheapest) cheapest = price;
  };
  const api = firstTokenSegment(state.scenario);
  for (const lab of state.labs) {
    const model = lab.alive && api !== undefined && lab.products[api] ? state.models.find((m) => m.id === lab.productModel) : undefined;
    if (api !== undefined && model && model.capability >= capability) consider(lab.prices[api]!);
  }
  if (openModels === 'every') {
    for (const offer of openOffers(state)) if (offer.capability >= capability) consider(offer.price);
  } else {
    const best = bestOpenModel(state.models);
    if (best && best.capability >= capability) consider(openHostPrice(state, best));
  }
  return cheapest;
}

const greyHeld = (lab: Lab) => Object.values(lab.greyChips).reduce((a, units) => a + units, 0);

/** Plays the world to its end, one quarter at a time, noting prices and rounds after each quarter. */
export function observeWorld(spec: WorldSpec, scenario: Scenario, seed: string): WorldRecord {
  let state = createGame(scenario, { seed, seats: seatsFor(spec, scenario, seed) });
  const fixedCapability = bestApiCapability(state);
  const greyBought = idRecord<number>();
  const quarters: QuarterRecord[] = [];
  while (!state.over) {
    const before = Object.fromEntries(state.labs.map((lab) => [lab.id, greyHeld(lab)]));
    state = endQuarter(state);
    const report = state.reports.at(-1)!;
    const rounds: RaisedRound[] = [];
    for (const labReport of report.labs) {
      const lab = state.labs.find((l) => l.id === labReport.lab)!;
      // Held now, less held before, plus any seized this quarter: what was bought.
      const seized = labReport.notes.filter((n) => n.code === 'chipsSeized').reduce((a, n) => a + Number(n.params.units), 0);
      greyBought[lab.id] = (greyBought[lab.id] ?? 0) + greyHeld(lab) - (before[lab.id] ?? 0) + seized;
      const raised = labReport.lineItems.filter((item) => item.kind === 'funding').reduce((a, item) => a + item.amount, 0);
      if (raised > 0) rounds.push({ region: lab.region, layer: layerOf(state, lab), amount: raised });
    }
    quarters.push({
      cheapestApi: cheapestApiPrice(state, fixedCapability, 'every'),
      cheapestApiBestOpenOnly: cheapestApiPrice(state, fixedCapability, 'best'),
      rounds,
    });
  }
  const items = (lab: Lab) => state.reports.flatMap((r) => r.labs.filter((l) => l.lab === lab.id).flatMap((l) => l.lineItems));
  return {
    seed,
    fixedCapability,
    labs: state.labs.map((lab) => {
      const seat = state.seats[lab.id];
      const grey = items(lab).filter((item) => item.kind === 'greyPremium');
      return {
        id: lab.id,
        region: lab.region,
        strategy: seat?.kind === 'bot' ? seat.strategy : 'idle',
        survived: lab.alive,
        modelMaker: isModelMaker(state, lab),
        trainingFlop: state.reports.reduce((a, r) => a + (r.labs.find((l) => l.lab === lab.id)?.trainingFlop ?? 0), 0),
        greyChipsBought: greyBought[lab.id] ?? 0,
        greyOrders: grey.length,
        greyPremium: -grey.reduce((a, item) => a + item.amount, 0),
      };
    }),
    quarters,
  };
}
