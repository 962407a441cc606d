// Which of the five strategies a student's choices resemble: at the start of every quarter the person decided, each
// strategy is asked what it would do in the student's place, and its moves are set beside the student's, kind by kind.
import { createGame, DESIGN_STRATEGIES, endQuarter, applyAction, STRATEGIES, type Action, type GameState, type LabId, type LogEntry, type Scenario, type Seat, type StrategyId } from '../engine';

export interface Resemblance {
  /** The strategy whose choices came closest; absent when the person made too few choices to tell. */
  closest?: StrategyId;
  /** Each design strategy's share of choices in common with the student's (0 to 1), in DESIGN_STRATEGIES order. */
  shares: { strategy: StrategyId; share: number }[];
  /** Quarters the person decided (their lab was not on autopilot when the quarter ended). */
  personQuarters: number;
  /** Quarters a strategy played the lab on autopilot. */
  autopilotQuarters: number;
  /** Choices the person made over their quarters. */
  choices: number;
}

/** Fewer choices than this say too little about a plan to name one. */
export const FEWEST_CHOICES = 3;

/**
 * The kind of choice an action is, coarse enough that a person and a strategy who want the same thing match:
 * buying chips, a closed or an open training run, a technique researched, a product launched, a price set, a round.
 */
export function choiceKind(action: Action): string | null {
  switch (action.type) {
    case 'buyChips': return action.grey ? 'buy-grey' : 'buy';
    case 'sellChips': return 'sell';
    case 'setRental': return action.units > 0 ? 'rent' : 'rent-back';
    case 'setSplit': return action.training >= 50 ? 'split-training' : action.inference >= 60 ? 'split-serving' : 'split-balanced';
    case 'hire': return `hire-${action.role}`;
    case 'fire': return 'fire';
    case 'startRun': return `${action.open ? 'train-open' : 'train-closed'}${action.activeParams < action.totalParams ? '-moe' : ''}`;
    case 'cancelRun': return 'cancel-run';
    case 'openWeights': return 'open-weights';
    case 'useModel': return 'use-model';
    case 'launchProduct': return `launch-${action.segment}`;
    case 'setPrice': return `price-${action.segment}`;
    case 'setMarketing': return action.amount > 0 ? `marketing-${action.segment}` : 'marketing-stop';
    case 'raiseRound': return 'raise';
    case 'partnerDeal': return 'partner';
    case 'borrow': return 'borrow';
    case 'research': return `research-${action.technique}`;
    case 'publish': return 'publish';
    case 'buildVertical': return 'vertical';
    // Answers to events and hand-overs to autopilot say nothing about a plan.
    case 'answerEvent':
    case 'setAutopilot':
      return null;
  }
}

/** The kinds of a quarter's moves, each once. */
function kinds(actions: readonly Action[]): Set<string> {
  return new Set(actions.map(choiceKind).filter((kind): kind is string => kind !== null));
}

/**
 * Replays a game and compares, quarter by quarter, the kinds of choice the person made for `lab` with those each design
 * strategy would have made from the same start of the quarter. The share is the choices in common over all the choices
 * either made (Jaccard, summed over quarters), so a strategy that does much the student never did scores low too. Pure.
 */
export function resemblance(scenario: Scenario, seed: string, seats: Record<LabId, Seat>, log: readonly LogEntry[], lab: LabId, quarters?: number): Resemblance {
  let state: GameState = createGame(scenario, { seed, seats, ...(quarters !== undefined ? { quarters } : {}) });
  const common = new Map<StrategyId, number>(DESIGN_STRATEGIES.map((s) => [s, 0]));
  const either = new Map<StrategyId, number>(DESIGN_STRATEGIES.map((s) => [s, 0]));
  let personQuarters = 0;
  let autopilotQuarters = 0;
  let choices = 0;
  let start = state;
  let moves: Action[] = [];
  for (const entry of log) {
    if (entry.kind === 'action') {
      const result = applyAction(state, entry.action);
      if (!result.ok) break;
      state = result.state;
      if (entry.action.lab === lab) moves.push(entry.action);
      continue;
    }
    const seat = state.seats[lab];
    const own = start.labs.find((l) => l.id === lab);
    if (seat?.kind === 'bot') {
      autopilotQuarters += 1;
    } else if (own?.alive) {
      personQuarters += 1;
      const mine = kinds(moves);
      choices += mine.size;
      for (const strategy of DESIGN_STRATEGIES) {
        const theirs = kinds(STRATEGIES[strategy](start, own));
        const shared = [...mine].filter((kind) => theirs.has(kind)).length;
        common.set(strategy, common.get(strategy)! + shared);
        either.set(strategy, either.get(strategy)! + mine.size + theirs.size - shared);
      }
    }
    state = endQuarter(state);
    start = state;
    moves = [];
  }
  const shares = DESIGN_STRATEGIES.map((strategy) => ({ strategy, share: either.get(strategy)! === 0 ? 0 : common.get(strategy)! / either.get(strategy)! }));
  // Ties go to the strategy listed first, so the same game always names the same one.
  const best = shares.reduce((a, b) => (b.share > a.share ? b : a), shares[0]!);
  return { ...(choices >= FEWEST_CHOICES && best.share > 0 ? { closest: best.strategy } : {}), shares, personQuarters, autopilotQuarters, choices };
}
