// Simple scripted policies for the player's lab: the exploits a student might try. Each plays the lab on its scenario
// strategy with the policy taking over the kinds of action it owns, or (alone) plays nothing but the policy.
import { bestChoice } from '../../engine/choice-value';
import {
  answerEvent, applyAction, borrow, botSeats, fire, launchProduct, loanLimit, maxRound, raiseRound, rentalOffer, segmentIds, setPrice, setRental, standings,
  type Action, type GameState, type Lab, type LabId, type Scenario, type StrategyId,
} from '../../engine';
// The index does not export the bots; the instrument plays the player's lab with the same functions the engine's bots use.
import { STRATEGIES } from '../../engine/bots/strategies';
import { playWatched } from './play';

/** The highest price setPrice accepts. */
export const HIGHEST_PRICE = 10_000;
/** Quarters the burst of rented compute is kept before it is handed back. */
const BURST_QUARTERS = 2;

export interface Policy {
  id: string;
  /** What it does, for the report. */
  does: string;
  /** 'strategy': on top of the scenario strategy; 'alone': the lab takes no other action. */
  base: 'strategy' | 'alone';
  /** The policy's own actions this quarter, applied before the strategy's. */
  moves(state: GameState, lab: Lab): Action[];
  /** Strategy actions the policy takes over this quarter (dropped). */
  owns(action: Action, quarter: number): boolean;
}

/** The largest rental the lab's region may take: the offer of most FLOP, at its per-lab cap (or the largest order). */
function biggestRental(state: GameState, lab: Lab): Action | undefined {
  let best: { action: Action; flops: number } | undefined;
  for (const chip of state.scenario.chips) {
    for (const region of state.scenario.regions) {
      const offer = rentalOffer(state, chip.id, region.id);
      if (!offer) continue;
      const units = Math.min(offer.maxUnits ?? 1_000_000, 1_000_000);
      const action = setRental(lab.id, chip.id, region.id, units);
      if (applyAction(state, action).ok && (!best || units * chip.peakFlops > best.flops)) best = { action, flops: units * chip.peakFlops };
    }
  }
  return best?.action;
}

export const POLICIES: readonly Policy[] = [
  { id: 'control', does: 'the scenario strategy, played through the same harness (a check that the harness changes nothing)', base: 'strategy', moves: () => [], owns: () => false },
  { id: 'one-cent', does: 'one-cent prices on every product, every quarter', base: 'strategy', moves: (state, lab) => segmentIds(state.scenario).map((s) => setPrice(lab.id, s, 0.01)), owns: (a) => a.type === 'setPrice' },
  { id: 'highest-price', does: `the highest price allowed ($${HIGHEST_PRICE.toLocaleString('en')}) on every product`, base: 'strategy', moves: (state, lab) => segmentIds(state.scenario).map((s) => setPrice(lab.id, s, HIGHEST_PRICE)), owns: (a) => a.type === 'setPrice' },
  { id: 'max-round', does: 'raises the largest round allowed (maxRound) every quarter', base: 'strategy', moves: (state, lab) => (lab.pendingRound ? [] : [raiseRound(lab.id, maxRound(state, lab))]), owns: (a) => a.type === 'raiseRound' },
  {
    id: 'burst-rental',
    does: `rents the largest block of compute allowed in the first quarter (the strategy sizes its run on it) and hands it back after ${BURST_QUARTERS} quarters`,
    base: 'strategy',
    moves: (state, lab) => {
      if (state.quarter === 0) return [biggestRental(state, lab)].filter((a): a is Action => a !== undefined);
      if (state.quarter === BURST_QUARTERS) return lab.rentals.map((r) => setRental(lab.id, r.chip, r.region, 0));
      return [];
    },
    owns: (a, quarter) => a.type === 'setRental' && quarter <= BURST_QUARTERS,
  },
  {
    id: 'fire-everyone',
    does: 'fires every researcher and engineer after the first quarter and hires no one again',
    base: 'strategy',
    moves: (state, lab) => (state.quarter === 1 ? [fire(lab.id, 'researchers', lab.researchers), fire(lab.id, 'engineers', lab.engineers)].filter((a) => a.type === 'fire' && a.count > 0) : []),
    owns: (a, quarter) => a.type === 'hire' && quarter >= 1,
  },
  {
    id: 'max-loan',
    does: 'opens a cloud and borrows the most lenders allow against its chips (loanLimit) every quarter, keeping the cash',
    base: 'strategy',
    moves: (state, lab) => {
      if (!lab.products.cloud) return [launchProduct(lab.id, 'cloud')];
      const amount = Math.floor(loanLimit(state, lab).amount);
      return amount >= 1e6 ? [borrow(lab.id, amount)] : [];
    },
    owns: (a) => a.type === 'borrow',
  },
  { id: 'do-nothing', does: 'takes no action at all: the scenario\'s starting lab left to run', base: 'alone', moves: () => [], owns: () => true },
];

/** Applies actions in order, skipping refused ones (a policy may ask for what the rules forbid). */
function applyAll(state: GameState, actions: readonly Action[]): GameState {
  let current = state;
  for (const action of actions) {
    const result = applyAction(current, action);
    if (result.ok) current = result.state;
  }
  return current;
}

/** The player's final score (equity x valuation, 0 when out) with `lab` played by `policy` on top of `strategy`. */
export function playPolicy(scenario: Scenario, seed: string, lab: LabId, strategy: StrategyId, policy: Policy): number {
  const seats = { ...botSeats(scenario), [lab]: { kind: 'human' as const } };
  const end = playWatched(scenario, seed, seats, [], (state) => {
    const self = state.labs.find((l) => l.id === lab);
    if (!self?.alive) return state;
    let next = applyAll(state, policy.moves(state, self));
    if (policy.base === 'strategy') {
      const me = next.labs.find((l) => l.id === lab)!;
      next = applyAll(next, STRATEGIES[strategy](next, me).filter((a) => !policy.owns(a, state.quarter)));
    }
    // Questions are answered as a bot would, by the same rule, after the quarter's moves.
    const me = next.labs.find((l) => l.id === lab)!;
    return applyAll(next, me.pendingChoices.flatMap((event) => {
      const taken = bestChoice(next, me, next.scenario.events.find((e) => e.id === event)?.choices ?? []);
      return taken ? [answerEvent(lab, event, taken.id)] : [];
    }));
  });
  return standings(end).find((r) => r.lab === lab)?.score ?? 0;
}
