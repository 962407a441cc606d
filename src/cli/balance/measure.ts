// One all-bot game of a scenario, watched quarter by quarter, reduced to the figures the magnitude targets judge.
import { botSeats, calendarOf, createGame, isModelMaker, salesOf, standings, type LabId, type RegionId, type Sales, type Scenario } from '../../engine';
import { booksOf, firstYearQuarters, type Books } from './books';
import { playWatched } from './play';
import { priceLog, type PriceFall } from './prices';
import { largestRunOfYear, runLog } from './runs';
import { largestRounds, valuationLog, type ValuationMove } from './valuations';

/** A Chinese "tiger" starts with less than this in cash: they raised $0.3-1B each, while a giant's AI arm starts with billions. */
export const TIGER_CASH_LIMIT = 1e9;
/** The year whose largest training run is judged. */
export const RUN_YEAR = 2027;

/**
 * Chinese labs that start with less than TIGER_CASH_LIMIT and are not the DeepSeek stand-in, split by whether they are
 * model makers when the game starts (the engine's isModelMaker: a model of the last four quarters within the scenario's
 * margin of the best open model). ECONOMY.md's tigers are the independent model makers; a lab that had already stopped
 * pre-training (01.AI in December 2024) is left out of the targets and shown beside them.
 */
export function smallChineseLabs(scenario: Scenario): { tigers: LabId[]; leftOut: LabId[] } {
  const start = createGame(scenario, { seed: 'tigers' });
  const tigers: LabId[] = [];
  const leftOut: LabId[] = [];
  for (const lab of start.labs) {
    const setup = scenario.labs.find((l) => l.id === lab.id)!;
    if (setup.region !== 'cn' || setup.strategy === 'efficient-open' || setup.cash >= TIGER_CASH_LIMIT) continue;
    (isModelMaker(start, lab) ? tigers : leftOut).push(lab.id);
  }
  return { tigers, leftOut };
}

/** The DeepSeek stand-ins: Chinese labs the scenario puts on the efficient-open strategy. */
export function openMakersOf(scenario: Scenario): LabId[] {
  return scenario.labs.filter((l) => l.region === 'cn' && l.strategy === 'efficient-open').map((l) => l.id);
}

export interface GameMeasures {
  seed: string;
  /** The player's lab (a bot on its scenario strategy) in the first four quarters, and at the end. */
  player: Books & { score: number; startValuation: number; finalValuation: number; sales: Sales };
  /** Each tiger's and DeepSeek stand-in's books over the scenario's first calendar year. */
  tigers: { lab: LabId; books: Books }[];
  /** The same books for the small Chinese labs left out of the tigers (not model makers at the start). */
  leftOut: { lab: LabId; books: Books }[];
  openMakers: { lab: LabId; books: Books }[];
  largestMove: ValuationMove;
  movesOver3: number;
  largestRound: Record<RegionId, { lab: LabId; amount: number }>;
  peak: { lab: LabId; quarter: number; valuation: number };
  /** Null when the game does not reach the year or no run ended in it. */
  largestRunOfYear: number | null;
  reachesRunYear: boolean;
  priceFall: PriceFall | null;
}

export function measureGame(scenario: Scenario, seed: string): GameMeasures {
  const player = scenario.playerLab;
  const home = scenario.labs.find((l) => l.id === player)?.region ?? scenario.regions[0]!.id;
  const valuations = valuationLog();
  const runs = runLog();
  const prices = priceLog(home);
  const end = playWatched(scenario, seed, botSeats(scenario), [valuations, runs, prices]);
  const year = firstYearQuarters(end);
  const small = smallChineseLabs(scenario);
  const lab = end.labs.find((l) => l.id === player);
  return {
    seed,
    player: { ...booksOf(end, player, 0, 4), score: standings(end).find((r) => r.lab === player)?.score ?? 0, startValuation: valuations.atStart(player), finalValuation: lab?.alive ? lab.estimate : 0, sales: salesOf(end, player) },
    tigers: small.tigers.map((id) => ({ lab: id, books: booksOf(end, id, 0, year) })),
    leftOut: small.leftOut.map((id) => ({ lab: id, books: booksOf(end, id, 0, year) })),
    openMakers: openMakersOf(scenario).map((id) => ({ lab: id, books: booksOf(end, id, 0, year) })),
    largestMove: valuations.largestUnexplained(),
    movesOver3: valuations.unexplainedOver(3),
    largestRound: largestRounds(end),
    peak: valuations.peak(),
    largestRunOfYear: largestRunOfYear(end, runs.runs(), RUN_YEAR),
    reachesRunYear: calendarOf(scenario.start, scenario.quarters - 1).year >= RUN_YEAR,
    priceFall: prices.fall(),
  };
}
