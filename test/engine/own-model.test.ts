import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, type GameState, type LabQuarterReport } from '../../src/engine';
import { freeWeightsAt, OWN_RUN_QUARTERS, OWN_RUN_TRAINING_SHARE, raiseToTrain, stopTrainingWhenShort, trainOwnModel } from '../../src/engine/bots/own-model-moves';
import { flopToReach, keepTraining } from '../../src/engine/bots/moves';
import { STRATEGIES } from '../../src/engine/bots/strategies';
import { labEffects } from '../../src/engine/research';
import { bestOpenBy } from '../../src/engine/training';
import { maxRound, roundChancePercent } from '../../src/engine/funding';
import { explainTrainingRent, trainingRent } from '../../src/engine/training-bill';
import { shippedScenario } from '../helpers';

/** china-2025 after one quarter, every lab idle, with lunar (a consumer-apps tiger) set up as the test says. */
function afterOneQuarter(): GameState {
  const scenario = shippedScenario('china-2025');
  const seats = Object.fromEntries(scenario.labs.map((l) => [l.id, { kind: 'bot' as const, strategy: 'idle' as const }]));
  return endQuarter(createGame(scenario, { seed: 'own-model', seats }));
}

function burn(state: GameState, labId: string, amount: number): void {
  const report = state.reports.at(-1)!.labs.find((r) => r.lab === labId)!;
  report.lineItems = [{ kind: 'salaries', amount: -amount }];
}

describe('an application lab training a model of its own', () => {
  it('sets half its compute to training in the first quarter, over the strategy\'s opening split, and starts nothing else', () => {
    const scenario = shippedScenario('china-2025');
    const state = createGame(scenario, { seed: 'own-model-start' });
    const lunar = state.labs.find((l) => l.id === 'lunar')!;
    // The scenario's split already trains with more than half: without the rule the run and its rent would be sized to
    // it, then trained at the strategy's opening 15%.
    expect(lunar.split.training).toBeGreaterThanOrEqual(OWN_RUN_TRAINING_SHARE);
    const research = lunar.split.research;
    expect(trainOwnModel(state, lunar, OWN_RUN_QUARTERS, 2)).toEqual([
      { type: 'setSplit', lab: 'lunar', training: 50, inference: 100 - 50 - research, research },
    ]);
    // The consumer-apps strategy as a whole: its opening split comes first, the run's half last, so the half holds.
    const splits = STRATEGIES['consumer-apps'](state, lunar).filter((a) => a.type === 'setSplit');
    expect(splits.at(-1)).toEqual({ type: 'setSplit', lab: 'lunar', training: 50, inference: 45, research: 5 });
  });

  it('first gives half its compute to training, and nothing else that quarter', () => {
    const state = afterOneQuarter();
    const lunar = state.labs.find((l) => l.id === 'lunar')!;
    lunar.split = { training: 15, inference: 80, research: 5 };
    burn(state, 'lunar', 10e6);
    lunar.cash = 1e9;
    expect(trainOwnModel(state, lunar, 6, 3)).toEqual([
      { type: 'setSplit', lab: 'lunar', training: OWN_RUN_TRAINING_SHARE, inference: 100 - OWN_RUN_TRAINING_SHARE - 5, research: 5 },
    ]);
  });

  it('stops pre-training when its cash would last three quarters or less and no round is on the way, keeping the rented share that served', () => {
    const state = afterOneQuarter();
    const lunar = state.labs.find((l) => l.id === 'lunar')!;
    lunar.split = { training: 50, inference: 45, research: 5 };
    const region = state.scenario.regions[0]!.id;
    const chip = state.scenario.chips[0]!.id;
    lunar.rentals = [{ chip, region, units: 1000 }];
    // $100M a quarter of burn: $400M is four quarters, so it trains on.
    burn(state, 'lunar', 100e6);
    lunar.cash = 400e6;
    expect(stopTrainingWhenShort(state, lunar, 3)).toEqual([]);
    // $300M is three quarters: it stops. Of 1,000 rented chips 45 / (45 + 50) served: floor(473.7) = 473 are kept.
    lunar.cash = 300e6;
    const stop = stopTrainingWhenShort(state, lunar, 3);
    expect(stop).toContainEqual({ type: 'setSplit', lab: 'lunar', training: 0, inference: 95, research: 5 });
    expect(stop).toContainEqual({ type: 'setRental', lab: 'lunar', chip, region, units: 473 });
    // A round asked for this quarter: investors may yet pay for the run.
    expect(stopTrainingWhenShort(state, lunar, 3, true)).toEqual([]);
    // A round on the way: likewise.
    lunar.pendingRound = { amount: 100e6, preMoney: 1e9, chancePercent: 50 };
    expect(stopTrainingWhenShort(state, lunar, 3)).toEqual([]);
    // Once stopped it stays stopped: its training habits stand still and it rents for sales alone.
    lunar.pendingRound = null;
    lunar.split = { training: 0, inference: 95, research: 5 };
    expect(stopTrainingWhenShort(state, lunar, 3)).toEqual([]);
    expect(trainOwnModel(state, lunar, 6, 3).some((a) => a.type === 'startRun' || a.type === 'setSplit')).toBe(false);
  });
});

describe('the size of an application lab\'s own run', () => {
  it('is no larger than matching the best free weights three quarters on needs, however many chips the lab has', () => {
    const state = afterOneQuarter();
    const lunar = state.labs.find((l) => l.id === 'lunar')!;
    lunar.split = { training: OWN_RUN_TRAINING_SHARE, inference: 45, research: 5 };
    lunar.run = null;
    lunar.cash = 50e9;
    burn(state, 'lunar', 10e6);
    // A fleet far beyond any tiger's: a run on all of it would overshoot the free weights by far.
    const chip = Object.keys(lunar.chips)[0]!;
    lunar.chips[chip] = (lunar.chips[chip] ?? 0) + 2_000_000;
    const aim = freeWeightsAt(state, 3);
    // By hand: the best open model now plus three quarters of the world's frontier gain.
    expect(aim).toBeCloseTo(bestOpenBy(state.models, state.quarter) + 3 * state.scenario.world.frontierGainPerQuarter, 9);
    const capped = trainOwnModel(state, lunar, 4, 2).find((a) => a.type === 'startRun');
    const uncapped = keepTraining(state, lunar, { quarters: 3, expertRatio: 8, open: true }).find((a) => a.type === 'startRun');
    if (capped?.type !== 'startRun' || uncapped?.type !== 'startRun') throw new Error('expected both to start a run');
    const flopOf = (run: { activeParams: number; tokens: number }) => 6 * run.activeParams * run.tokens;
    const needed = flopToReach(state, lunar, aim - labEffects(state, lunar).capabilityBonus, 3);
    // Active parameters are whole billions, so the run comes out a hair under what reaching the aim takes.
    expect(flopOf(capped)).toBeLessThanOrEqual(needed * 1.000001);
    expect(flopOf(capped)).toBeGreaterThan(needed * 0.95);
    expect(flopOf(uncapped)).toBeGreaterThan(2 * flopOf(capped));
  });
});

describe('an application lab raising for its run', () => {
  it('asks for the whole round investors allow once its cash would last fewer than eight quarters, only while it trains', () => {
    const state = afterOneQuarter();
    const lunar = state.labs.find((l) => l.id === 'lunar')!;
    lunar.split = { training: 50, inference: 45, research: 5 };
    burn(state, 'lunar', 100e6);
    lunar.cash = 500e6;
    // No run of its own and a rich lab: the payroll rule waits for a run, and the run's rent is covered.
    lunar.run = null;
    lunar.cash = 50e9;
    expect(raiseToTrain(state, lunar, 8)).toEqual([]);
    lunar.cash = 500e6;
    lunar.run = { name: 'Lunar 3', totalParams: 8e10, activeParams: 1e10, tokens: 2e12, open: true, requiredFlop: 1.2e23, doneFlop: 0, startedQuarter: 1 };
    // Five quarters of cash at $100M a quarter, under eight: the whole round investors allow.
    const amount = Math.floor(maxRound(state, lunar));
    expect(roundChancePercent(state, lunar, amount)).toBeGreaterThan(5);
    expect(raiseToTrain(state, lunar, 8)).toEqual([{ type: 'raiseRound', lab: 'lunar', amount }]);
    // Nine quarters of cash: not yet.
    lunar.cash = 900e6;
    expect(raiseToTrain(state, lunar, 8)).toEqual([]);
    // Stopped: the strategy's own habit decides.
    lunar.cash = 500e6;
    lunar.split = { training: 0, inference: 95, research: 5 };
    expect(raiseToTrain(state, lunar, 8)).toEqual([]);
  });
});

describe('the training bill in the quarter report', () => {
  it('is the training share of the quarter\'s rent, set against the quarter\'s revenue', () => {
    const state = afterOneQuarter();
    const lunar = state.labs.find((l) => l.id === 'lunar')!;
    lunar.split = { training: 50, inference: 45, research: 5 };
    // $120M of rent, $40M of revenue: half the rent trained, $60M, 1.5 times the revenue.
    lunar.ledger = [{ kind: 'rent', amount: -120e6 }, { kind: 'revenue', amount: 40e6 }];
    expect(trainingRent(lunar)).toBe(60e6);
    const report = { trainingFlop: 1e24, notes: [] } as unknown as LabQuarterReport;
    explainTrainingRent(lunar, report);
    expect(report.notes).toEqual([{ code: 'trainingRent', params: { amount: 60e6, revenue: 40e6, multiple: 1.5 } }]);
    // A lab that trained nothing this quarter gets no such note.
    const idle = { trainingFlop: 0, notes: [] } as unknown as LabQuarterReport;
    explainTrainingRent(lunar, idle);
    expect(idle.notes).toEqual([]);
  });

  it('appears in the quarter reports of a china-2025 game for the tigers that train', () => {
    let state = createGame(shippedScenario('china-2025'), { seed: 'training-bill' });
    for (let q = 0; q < 4; q += 1) state = endQuarter(state);
    const noted = new Set(state.reports.flatMap((r) => r.labs.filter((l) => l.notes.some((n) => n.code === 'trainingRent')).map((l) => l.lab)));
    expect([...noted]).toEqual(expect.arrayContaining(['lunar', 'halcyon']));
  });
});
