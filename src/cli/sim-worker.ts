// A simulator worker: plays the seeds it is sent and posts each outcome back (and, for the author report, what happened).
import { botSeats, outcomeOf, playToEnd, startingStakes, type LabId, type Scenario, type StrategyId } from '../engine';
import { gameFacts } from './author-report';
import { serveJobs } from './worker-pool';

interface Setup {
  scenario: Scenario;
  overrides: Record<LabId, StrategyId>;
  /** Also send the facts the author report counts. */
  authors?: boolean;
}

serveJobs(({ scenario, overrides, authors }: Setup) => {
  const stakes = startingStakes(scenario);
  const seats = botSeats(scenario, overrides);
  return (seed: string) => {
    const state = playToEnd(scenario, seed, seats);
    return { outcome: outcomeOf(state, stakes), ...(authors ? { facts: gameFacts(state) } : {}) };
  };
});
