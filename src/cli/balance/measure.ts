// One all-bot game of a scenario, watched quarter by quarter, reduced to the figures the magnitude targets judge.
import { botSeats, calendarOf, salesOf, standings, type LabId, type RegionId, type Sales, type Scenario } from '../../engine';
import { booksOf, firstYearQuarters, type Books } from './books';
import { playWatched } from './play';
import { priceLog, type PriceFall } from './prices';
import { largestRunOfYear, runLog } from './runs';
import { largestRounds, valuationLog, type ValuationMove } from './valuations';

/** A Chinese "tiger" starts with less than this in cash: they raised $0.3-1B each, while a giant's AI arm starts with billions. */
export const TIGER_CASH_LIMIT = 1e9;
/** The year whose largest training run is judged. */
export const RUN_YEAR = 2027;

/** The independent Chinese model makers other than the DeepSeek stand-in, read from the scenario's labs. */
export function tigersOf(scenario: Scenario): LabId[] {
  return scenario.labs.filter((l) => l.region === 'cn' && l.strategy !== 'efficient-open' && l.cash < TIGER_CASH_LIMIT).map((l) => l.id);
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
  const lab = end.labs.find((l) => l.id === player);
  return {
    seed,
    player: { ...booksOf(end, player, 0, 4), score: standings(end).find((r) => r.lab === player)?.score ?? 0, startValuation: valuations.atStart(player), finalValuation: lab?.alive ? lab.estimate : 0, sales: salesOf(end, player) },
    tigers: tigersOf(scenario).map((id) => ({ lab: id, books: booksOf(end, id, 0, year) })),
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
