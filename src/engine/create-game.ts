import { capabilityOf } from './capability';
import { createRngStreams } from './rng';
import { valuationOf } from './quarter';
import type { LabId, Scenario } from './scenario-types';
import type { GameState, Lab, Seat } from './state-types';

export interface GameOptions {
  seed: string;
  /** Who plays each lab; labs left out are human if they are the scenario's player lab, else their own strategy. */
  seats?: Record<LabId, Seat>;
}

/** A new game at the start of the scenario's first quarter. */
export function createGame(scenario: Scenario, options: GameOptions): GameState {
  const seats: Record<LabId, Seat> = {};
  for (const setup of scenario.labs) {
    seats[setup.id] = options.seats?.[setup.id]
      ?? (setup.id === scenario.playerLab ? { kind: 'human' } : { kind: 'bot', strategy: setup.strategy });
  }
  const labs: Lab[] = scenario.labs.map((setup) => {
    const chipBookValue = scenario.chips.reduce((sum, chip) => sum + (setup.chips[chip.id] ?? 0) * chip.price, 0);
    const lab: Lab = {
      id: setup.id,
      name: setup.name,
      region: setup.region,
      cash: setup.cash,
      cashAtQuarterStart: setup.cash,
      ledger: [],
      researchers: setup.researchers,
      chips: { ...setup.chips },
      chipBookValue,
      trainedCompute: setup.trainedCompute,
      capability: capabilityOf(scenario.capability, setup.trainedCompute),
      pricePerMillionTokens: setup.pricePerMillionTokens,
      salesRegions: [...setup.salesRegions],
      revenueLastQuarter: 0,
      valuation: 0,
      equity: 1,
      alive: true,
    };
    lab.valuation = valuationOf(lab, scenario.revenueMultiple);
    return lab;
  });
  return {
    scenario,
    seed: options.seed,
    seats,
    quarter: 0,
    algorithmicEfficiency: 1,
    labs,
    rng: createRngStreams(options.seed),
    reports: [],
    turn: 0,
    over: false,
  };
}
