// The balance report's measuring functions against hand computations, and the writer printing every target.
import { describe, expect, it } from 'vitest';
import type { GameState, Scenario, StrategyId } from '../../src/engine';
import { apiGrossMargin, booksOf, grossMargin } from '../../src/cli/balance/books';
import { seatOutcome } from '../../src/cli/balance/jobs';
import { magnitudeTargets } from '../../src/cli/balance/magnitudes';
import { measureGame, openMakersOf, smallChineseLabs } from '../../src/cli/balance/measure';
import { bestShares, playerTargets } from '../../src/cli/balance/player';
import { salesSummary } from '../../src/cli/balance/sales';
import type { Sales } from '../../src/engine';
import { playPolicy, POLICIES } from '../../src/cli/balance/policies';
import { cheapestAtOrAbove, priceLog } from '../../src/cli/balance/prices';
import { balanceReport } from '../../src/cli/balance/report';
import { runCost } from '../../src/cli/balance/runs';
import { largestRounds, valuationLog } from '../../src/cli/balance/valuations';
import { shippedScenario } from '../helpers';

/** A one-quarter game's books, built by hand: only the fields the measuring functions read. */
function oneQuarter(): GameState {
  return {
    // The API's books are those of the segments bought by the token.
    scenario: { segments: { api: { buys: 'tokens' }, consumer: { buys: 'seats' } } },
    labs: [{ id: 'a', region: 'us', alive: true, estimate: 400 }, { id: 'b', region: 'cn', alive: true, estimate: 90 }],
    firedEvents: [],
    quarter: 1,
    reports: [{
      quarter: 0,
      labs: [{
        lab: 'a',
        lineItems: [
          { kind: 'revenue', amount: 80, detail: 'api' }, { kind: 'revenue', amount: 20, detail: 'consumer' },
          { kind: 'salaries', amount: -30 }, { kind: 'rent', amount: -20 }, { kind: 'funding', amount: 50, detail: 'round' }, { kind: 'chipPurchase', amount: -40 },
        ],
        depreciation: 5,
        products: [{ product: 'api', revenue: 80, servedFlop: 1e20, servingCost: 20 }, { product: 'consumer', revenue: 20, servedFlop: 1e20, servingCost: 30 }],
      }, { lab: 'b', lineItems: [{ kind: 'funding', amount: 7, detail: 'emergency' }], depreciation: 0, products: [] }],
    }],
  } as unknown as GameState;
}

describe('balance measures', () => {
  it('reads a quarter\'s books by hand: revenue 100, operating cash 100-30-20 = 50, result 50-5 = 45, API margin (80-20)/80', () => {
    const books = booksOf(oneQuarter(), 'a', 0, 4);
    expect(books).toMatchObject({ quarters: 1, revenue: 100, operatingCash: 50, operatingResult: 45, apiRevenue: 80, apiServingCost: 20 });
    expect(books.costs).toEqual({ salaries: 30, rent: 20, depreciation: 5 });
    expect(apiGrossMargin(books)).toBe(0.75);
    expect(apiGrossMargin({ apiRevenue: 0, apiServingCost: 0 })).toBeNull();
    // Everything sold: (100 - (20 + 30)) / 100, the consumer app served at a loss pulling it down.
    expect(books).toMatchObject({ salesRevenue: 100, costOfSales: 50 });
    expect(grossMargin(books)).toBe(0.5);
    expect(grossMargin({ salesRevenue: 0, costOfSales: 0 })).toBeNull();
  });

  it('counts a move of the investors estimate only when no round or event explains it', () => {
    const state = oneQuarter();
    const log = valuationLog();
    log.start!({ ...state, labs: [{ ...state.labs[0]!, estimate: 100 }, { ...state.labs[1]!, estimate: 10 }] } as GameState);
    // a: 100 -> 400 with a round that quarter (explained); b: 10 -> 90 with an emergency round (explained).
    log.quarter(state);
    expect(log.largestUnexplained().factor).toBe(1);
    const bare = { ...state, reports: [{ ...state.reports[0]!, labs: [] }] } as unknown as GameState;
    const again = valuationLog();
    again.start!({ ...state, labs: [{ ...state.labs[0]!, estimate: 100 }, { ...state.labs[1]!, estimate: 360 }] } as GameState);
    again.quarter(bare);
    expect(again.largestUnexplained()).toEqual({ lab: 'a', quarter: 0, factor: 4 });
    expect(again.unexplainedOver(3)).toBe(2);
    expect(again.peak()).toEqual({ lab: 'a', quarter: 0, valuation: 400 });
    expect(largestRounds(state)).toEqual({ us: { lab: 'a', amount: 50 }, cn: { lab: 'b', amount: 7 } });
  });

  it('prices a fixed capability: $10 a million tokens falling to an open model at $1 in four quarters is 10x a year', () => {
    const scenario = { segments: { api: { buys: 'tokens' } }, regions: [{ id: 'us', openTo: ['us'] }], world: { hostEffectiveFlops: 1e12, hostGpuHourPrice: 3600, openHostMarkup: 1 } } as unknown as Scenario;
    const lab = { id: 'a', region: 'us', alive: true, products: { api: true }, productModel: 'm1', prices: { api: 10 } };
    const closed = { id: 'm1', capability: 80, open: false, activeParams: 1e12 };
    // An open model of 0.5M active parameters: 2 x 0.5e6 x 1e6 FLOP / 1e12 FLOP/s = 1 s = $1 at $3,600 an hour.
    const open = { id: 'm2', capability: 85, open: true, activeParams: 0.5e6 };
    const at = (quarter: number, models: unknown[]) => ({ scenario, labs: [lab], models, quarter }) as unknown as GameState;
    const log = priceLog('us');
    log.start!(at(0, [closed]));
    log.quarter(at(1, [closed]));
    log.quarter(at(5, [closed, open]));
    expect(log.fall()).toEqual({ capability: 80, first: { quarter: 0, price: 10 }, last: { quarter: 4, price: 1 }, perYear: 10 });
    expect(cheapestAtOrAbove([{ seller: 'x', capability: 70, price: 0.1 }], 80)).toBeUndefined();
  });

  it('costs a run at the hosts\' rate when it started: 1e27 FLOP / 3.46e14 FLOP/s / 3,600 s x $2 = $1.61B, less each quarter after', () => {
    const scenario = shippedScenario('us-2025');
    const decline = scenario.world.servingCostDeclinePerQuarter ?? 0;
    expect(runCost(scenario, 1e27, 0)).toBeCloseTo(1e27 / 3.46e14 / 3600 * 2, -3);
    expect(runCost(scenario, 1e27, 4)).toBeCloseTo(1e27 / 3.46e14 / 3600 * 2 * (1 - decline) ** 4, -3);
  });

  it('reads the tigers and the DeepSeek stand-in from china-2025\'s data, leaving out a lab that no longer makes models', () => {
    const scenario = shippedScenario('china-2025');
    // binary (01.AI-like) starts with a model of capability 52.2, 10.3 points behind the best open model (62.5): outside the scenario's 10-point margin.
    expect(smallChineseLabs(scenario)).toEqual({ tigers: ['vermilion', 'lunar', 'prism', 'halcyon', 'stairway'], leftOut: ['binary'] });
    expect(openMakersOf(scenario)).toEqual(['mariana']);
  });

  it('crowns a strategy only when its score is the highest alone', () => {
    const seats = { frontier: [3, 0, 5], 'efficient-open': [1, 0, 5], 'cloud-platform': [2, 0, 1], 'consumer-apps': [0, 0, 0], 'vertical-apps': [0, 0, 0] } as Record<StrategyId, number[]>;
    expect(bestShares(seats)).toEqual({ frontier: 1 / 3, 'efficient-open': 0, 'cloud-platform': 0, 'consumer-apps': 0, 'vertical-apps': 0 });
  });

  it('says where a strategy best nowhere came closest, and who beat it there', () => {
    const none = [0, 0, 0, 0];
    const tutorial = { frontier: [1e8, 1e8, 1e8, 0], 'efficient-open': [5e8, 5e8, 0, 5e8], 'cloud-platform': [2e8, 2e8, 9e8, 0], 'consumer-apps': none, 'vertical-apps': none } as Record<StrategyId, number[]>;
    const pivot = { frontier: [9e8, 9e8, 9e8, 9e8], 'efficient-open': none, 'cloud-platform': none, 'consumer-apps': [1e8, 1e8, 1e8, 1e8], 'vertical-apps': none } as Record<StrategyId, number[]>;
    const rows = playerTargets([{ scenario: 'tutorial', seats: tutorial, policies: {} }, { scenario: 'pivot', seats: pivot, policies: {} }]);
    const everyone = rows.find((r) => r.target.startsWith('Each strategy'))!;
    expect(everyone.met).toBe(false);
    // cloud-platform wins one of the tutorial's four seeds, efficient-open three.
    // Medians: cloud-platform's 0, 2, 2, 9 ($200M) against efficient-open's 0, 5, 5, 5 ($500M).
    expect(everyone.why).toContain('cloud-platform is best in at most 25% of seeds (tutorial, where efficient-open is best in 75%; medians $200M against $500M).');
    const pivotRule = rows.find((r) => r.scenario === 'pivot' && r.target.startsWith('No strategy'))!;
    expect(pivotRule.why).toContain('frontier gives the player the highest score in 100% of seeds (median $900M); the next, efficient-open, in 0%');
  });

  it('says what the winning strategy\'s lab sold: revenue by product over all seeds, and how often it resold an open model', () => {
    const none = [0, 0];
    const seats = { frontier: [9, 9], 'efficient-open': [1, 1], 'cloud-platform': none, 'consumer-apps': none, 'vertical-apps': none } as Record<StrategyId, number[]>;
    // By hand: frontier sold API 60 + 30 and consumer 10 (90% / 10%), and resold an open model in 3 of its 8 quarters;
    // efficient-open sold one industry 20 and another 20 and API 1 (98% industries, API under 5% left out).
    const hosting: Sales[] = [{ quarters: 4, hosted: 3, revenue: { api: 60, consumer: 10 } }, { quarters: 4, hosted: 0, revenue: { api: 30 } }];
    const industries: Sales[] = [{ quarters: 4, hosted: 0, revenue: { 'vertical:finance': 20, api: 1 } }, { quarters: 4, hosted: 0, revenue: { 'vertical:health': 20 } }];
    expect(salesSummary(hosting)).toBe('api 90%, consumer 10%; resold another lab\'s open model in 38% of its quarters');
    expect(salesSummary(industries)).toBe('industries 98%; resold another lab\'s open model in 0% of its quarters');
    const sales = { frontier: hosting, 'efficient-open': industries, 'cloud-platform': [] as Sales[], 'consumer-apps': [] as Sales[], 'vertical-apps': [] as Sales[] } as Record<StrategyId, Sales[]>;
    const rule = playerTargets([{ scenario: 'pivot', seats, sales, policies: {} }]).find((r) => r.target.startsWith('No strategy'))!;
    expect(rule.met).toBe(false);
    expect(rule.why).toContain('On frontier the lab\'s revenue was api 90%, consumer 10%; resold another lab\'s open model in 38% of its quarters.');
    expect(rule.why).toContain('On efficient-open the lab\'s revenue was industries 98%');
  });

  it('plays the control policy exactly as the scenario strategy\'s own game', () => {
    const scenario = shippedScenario('tutorial');
    const own = scenario.labs.find((l) => l.id === scenario.playerLab)!.strategy;
    expect(playPolicy(scenario, '3', scenario.playerLab, own, POLICIES.find((p) => p.id === 'control')!)).toBe(seatOutcome(scenario, '3', own).score);
  });

  it('prints every target with met or not met, and a reason for each not met', () => {
    const ids = ['tutorial', 'us-2025', 'china-2025'];
    const watched = Object.fromEntries(ids.map((id) => {
      const scenario = shippedScenario(id);
      return [id, { scenario, games: ['1', '2'].map((seed) => measureGame(scenario, seed)) }];
    }));
    const seats = { frontier: [3, 1], 'efficient-open': [1, 2], 'cloud-platform': [0, 0], 'consumer-apps': [0, 0], 'vertical-apps': [0, 0] } as Record<StrategyId, number[]>;
    const policies = Object.fromEntries(POLICIES.map((p) => [p.id, p.id === 'max-round' ? [9, 9] : [1, 1]]));
    const rows = [...magnitudeTargets(watched), ...playerTargets([{ scenario: 'tutorial', seats, policies }])];
    // 4 frontier-lab rows, 3 China rows, 1 tutorial row; per scenario 3-4 rows judged everywhere; 2 per player scenario, 1 across.
    expect(rows.length).toBeGreaterThanOrEqual(4 + 3 + 1 + 3 * 3 + 3);
    const policy = rows.find((r) => r.target.startsWith('No scripted policy'))!;
    expect(policy).toMatchObject({ met: false, measured: expect.stringContaining('max-round') });
    // Medians of an even count take the upper middle (as the simulator's summary does): frontier's is 3, so 9 / 3.
    expect(policy.measured).toContain('(3.0×)');
    const text = balanceReport({ date: '2026-01-01', engineVersion: 'test', seeds: 2, playerSeeds: 2, workers: 1, seconds: 1, rows, trials: [{ scenario: 'tutorial', seats, policies }] });
    for (const r of rows) {
      const line = text.split('\n').find((l) => l.startsWith(`| ${r.target.replace(/\|/g, '\\|')} | ${r.scenario} |`));
      expect(line, r.target).toBeDefined();
      expect(line).toContain(r.met ? '| met |' : '| **not met** |');
      if (!r.met) expect(r.why?.length).toBeGreaterThan(10);
    }
    expect(text).toContain('[lessons.md](lessons.md)');
  });
});
