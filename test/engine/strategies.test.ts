import { describe, expect, it } from 'vitest';
import { createGame, endQuarter, rentalQuote, STRATEGY_IDS, type GameState, type StrategyId } from '../../src/engine';
import { applyStrategyMove } from '../../src/engine/apply-action';
import * as m from '../../src/engine/bots/moves';
import { STRATEGIES } from '../../src/engine/bots/strategies';
import { botSeats } from '../../src/engine/simulate';
import { hiringCap, payroll } from '../../src/engine/talent';
import type { Action } from '../../src/engine';
import { shippedScenario } from '../helpers';
import { tutorial } from './fixtures';

function everyoneOn(strategy: StrategyId) {
  return Object.fromEntries(tutorial.labs.map((l) => [l.id, { kind: 'bot' as const, strategy }]));
}

describe('bots', () => {
  it.each(STRATEGY_IDS.filter((id) => id !== 'idle'))('%s issues only actions the engine accepts, over whole games on many seeds', (strategy) => {
    let issued = 0;
    for (let seed = 0; seed < 12; seed += 1) {
      let state: GameState = createGame(tutorial, { seed: `bots-${seed}`, seats: everyoneOn(strategy) });
      while (!state.over) {
        for (const lab of state.labs.filter((l) => l.alive)) {
          let current = state;
          for (const action of STRATEGIES[strategy](current, lab)) {
            issued += 1;
            const result = applyStrategyMove(current, action);
            expect(result.ok, `${strategy}: ${JSON.stringify(action)} -> ${JSON.stringify(result.ok ? 'ok' : result)}`).toBe(true);
            if (result.ok) current = result.state;
          }
        }
        state = endQuarter(state);
      }
    }
    expect(issued).toBeGreaterThan(20);
  });

  it('a lab far behind the best open model it could serve, and short of cash, stops pre-training and serves that model (the 01.AI pivot)', () => {
    const state = endQuarter(createGame(tutorial, { seed: 'pivot', seats: everyoneOn('idle') }));
    const lantern = state.labs.find((l) => l.id === 'lantern')!;
    const own = state.models.find((x) => x.id === lantern.productModel)!;
    const report = state.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!;
    report.lineItems.push({ kind: 'salaries', amount: -1e9 });
    // No open model to serve yet.
    expect(m.pivotWhenBehind(state, lantern)).toEqual([]);
    lantern.cash = 1e6;
    // Only 5 points ahead: within the model-maker margin, so it keeps training.
    state.models.push({ ...own, id: 'near', lab: 'meridian', open: true, capability: own.capability + 5 });
    expect(m.pivotWhenBehind(state, lantern)).toEqual([]);
    state.models.push({ ...own, id: 'far', lab: 'meridian', open: true, capability: own.capability + 20 });
    // Cash for years at this burn: it can afford to catch up.
    lantern.cash = 1e12;
    expect(m.pivotWhenBehind(state, lantern)).toEqual([]);
    lantern.cash = 1e6;
    const split = lantern.split;
    expect(m.pivotWhenBehind(state, lantern)).toEqual([
      { type: 'useModel', lab: 'lantern', model: 'far' },
      { type: 'setSplit', lab: 'lantern', training: 0, inference: split.inference + split.training, research: split.research },
    ]);
  });

  it('strategies behave as their names say', () => {
    const play = (strategy: StrategyId) => {
      let state = createGame(tutorial, { seed: 'behaviour', seats: everyoneOn(strategy) });
      while (!state.over) state = endQuarter(state);
      return state;
    };
    const open = play('efficient-open');
    expect(open.models.some((m) => m.lab === 'lantern' && m.open && m.releasedQuarter >= 0)).toBe(true);
    expect(open.published.length).toBeGreaterThan(0);
    const cloud = play('cloud-platform');
    expect(cloud.labs.find((l) => l.id === 'lantern')!.products.cloud).toBe(true);
    const consumer = play('consumer-apps');
    expect(consumer.labs.find((l) => l.id === 'lantern')!.products.consumer).toBe(true);
    const vertical = play('vertical-apps');
    expect(Object.keys(vertical.labs.find((l) => l.id === 'lantern')!.verticals).length).toBeGreaterThan(0);
    const frontier = play('frontier');
    const lantern = frontier.labs.find((l) => l.id === 'lantern')!;
    expect(lantern.chips['h100']! + 0).toBeGreaterThan(1000);
  });

  it('an application lab whose customers outrun its servers rents inference compute, when the sales pay for it', async () => {
    const { loadShippedScenario } = await import('../../src/scenario/shipped');
    const loaded = loadShippedScenario('pivot')!;
    if (!loaded.ok) throw new Error('pivot does not load');
    // Engineers without a delivery limit, so servers are what runs short.
    const { revenuePerEngineer: _limit, ...enterprise } = loaded.scenario.enterprise;
    const { productRevenuePerEngineer: _products, ...world } = loaded.scenario.world;
    // A tenth of its chips, so its customers outrun its servers (reselling open weights, it sells as a host does).
    const labs = loaded.scenario.labs.map((l) => (l.id === 'waypoint' ? { ...l, chips: Object.fromEntries(Object.entries(l.chips).map(([chip, n]) => [chip, Math.ceil(n / 10)])) } : l));
    const servers = { ...loaded.scenario, enterprise, world, labs };
    let state = createGame(servers, { seed: 'demand', seats: { waypoint: { kind: 'bot', strategy: 'vertical-apps' } } });
    const lost = () => state.reports.at(-1)?.labs.find((r) => r.lab === 'waypoint')?.lostToCapacity ?? 0;
    const rentals: Action[] = [];
    while (!state.over) {
      const waypoint = state.labs.find((l) => l.id === 'waypoint')!;
      const issued = STRATEGIES['vertical-apps'](state, waypoint).filter((a) => a.type === 'setRental');
      // With every customer served it only ever hands rentals back, once it has stopped training a model of its own.
      if (lost() <= 0 && waypoint.split.training === 0) expect(issued.every((a) => a.type === 'setRental' && a.units < (waypoint.rentals.find((r) => r.chip === a.chip)?.units ?? 0))).toBe(true);
      rentals.push(...issued);
      state = endQuarter(state);
    }
    expect(rentals.length).toBeGreaterThan(0);
    for (const rental of rentals) expect(rental).toMatchObject({ lab: 'waypoint' });
    // Home clouds first; abroad (with the cut-off risk) only once the home clouds' limits are reached.
    expect(rentals[0]).toMatchObject({ region: 'cn' });
  });

  it('a frontier lab without foreign chips rents domestic compute to chase the frontier, as far as its cash allows, and keeps it', async () => {
    const { loadShippedScenario } = await import('../../src/scenario/shipped');
    const loaded = loadShippedScenario('china-2025')!;
    if (!loaded.ok) throw new Error('china-2025 does not load');
    let state = createGame(loaded.scenario, { seed: 'bet', seats: { vermilion: { kind: 'bot', strategy: 'frontier' } } });
    const vermilion = () => state.labs.find((l) => l.id === 'vermilion')!;
    const h20Cap = loaded.scenario.chips.find((c) => c.id === 'h20')!.rentals.find((r) => r.region === 'cn')!.maxUnits!;
    const actions = STRATEGIES.frontier(state, vermilion());
    const order = actions.find((a) => a.type === 'setRental' && a.chip === 'h20');
    if (order?.type !== 'setRental') throw new Error('no H20 rental');
    expect(order.units).toBeGreaterThan(0);
    expect(order.units).toBeLessThanOrEqual(h20Cap);
    // The whole bet (three quarters of this rent) fits in the cash left after a year of payroll.
    const quote = rentalQuote(state, vermilion(), 'h20', 'cn', order.units);
    expect(3 * (quote.rent - quote.voucher)).toBeLessThanOrEqual(m.spare(state, vermilion(), 4) * 1.01);
    state = endQuarter(state);
    const rented = vermilion().rentals.find((r) => r.chip === 'h20')?.units ?? 0;
    expect(rented).toBeGreaterThan(0);
    let before = rented;
    while (!state.over && vermilion().alive) {
      state = endQuarter(state);
      // It never hands compute back; only a full cloud, sharing its capacity among every renter, cuts it (and says so).
      const rationed = state.reports.at(-1)!.labs.find((r) => r.lab === 'vermilion')?.notes.some((n) => n.code === 'rentalRationed' && n.params.chip === 'h20');
      const now = vermilion().rentals.find((r) => r.chip === 'h20')?.units ?? 0;
      if (vermilion().alive && !rationed) expect(now).toBeGreaterThanOrEqual(before);
      before = now;
    }
  });
});

describe('the frontier race and the clouds behind it', () => {
  it('a frontier lab sizes its bet on the best rival model, not only on the outside trend', () => {
    // Clouds without limits, so the size of the bet shows.
    const unlimited = { ...tutorial, chips: tutorial.chips.map((c) => ({ ...c, rentals: c.rentals.map(({ maxUnits: _limit, ...r }) => r) })) };
    const state = createGame(unlimited, { seed: 'race', seats: everyoneOn('frontier') });
    const meridian = state.labs.find((l) => l.id === 'meridian')!;
    const withRival = (capability: number) => ({ ...state, models: state.models.map((m) => (m.lab === 'lantern' ? { ...m, capability } : m)) });
    const rented = (s: GameState) => m.rentForFrontier(s, meridian, 3).reduce((a, x) => a + (x.type === 'setRental' ? x.units : 0), 0);
    // A rival far ahead of the outside frontier makes it rent more than a rival far behind.
    expect(rented(withRival(110))).toBeGreaterThan(rented(withRival(40)));
  });

  it('a lab short of cash rents for its run no more than a quarter of its spare cash, even when the clouds\' limits cap the offers', () => {
    const state = createGame(tutorial, { seed: 'short', seats: everyoneOn('frontier') });
    const meridian = state.labs.find((l) => l.id === 'meridian')!;
    // A year of payroll plus $20M: $5M a quarter to rent with over four quarters.
    meridian.cash = 4 * payroll(state, meridian) + 20e6;
    meridian.split = { training: 5, inference: 90, research: 5 };
    const added = m.rentForFrontier(state, meridian, 4).reduce((sum, a) => {
      if (a.type !== 'setRental') return sum;
      const before = meridian.rentals.find((r) => r.chip === a.chip && r.region === a.region)?.units ?? 0;
      return sum + rentalQuote(state, meridian, a.chip, a.region, a.units - before).rent;
    }, 0);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(5e6 * 1.01);
  });

  it('in The burn, frontier labs rent servers for lost customers whenever that pays, and the neocloud earns the rent', () => {
    const scenario = shippedScenario('us-2025');
    let state = createGame(scenario, { seed: 'burn', seats: botSeats(scenario) });
    while (!state.over) {
      for (const lab of state.labs.filter((l) => l.alive && scenario.labs.find((s) => s.id === l.id)!.strategy === 'frontier')) {
        const lost = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id)?.lostToCapacity ?? 0;
        const forDemand = m.rentForDemand(state, lab, { handBack: false });
        // The frontier bet comes first; in a quarter when it has nothing to add, the lab rents for its lost customers.
        if (lost > 0 && forDemand.length > 0 && m.rentForFrontier(state, lab, 3).length === 0) {
          expect(STRATEGIES.frontier(state, lab)).toEqual(expect.arrayContaining(forDemand));
        }
      }
      state = endQuarter(state);
    }
    // Since free users count, lost consumer demand rarely pays for rented servers (rent above half the revenue lost).
    const rent = state.reports.flatMap((r) => r.labs.filter((l) => l.lab === 'forge').flatMap((l) => l.lineItems))
      .filter((i) => i.kind === 'revenue' && i.detail === 'rentals').reduce((a, i) => a + i.amount, 0);
    expect(rent).toBeGreaterThan(1e9);
  });

  it('efficient-open trains a smaller model for longer than Chinchilla, so it is cheaper to serve', () => {
    const state = createGame(tutorial, { seed: 'long', seats: everyoneOn('efficient-open') });
    const lantern = state.labs.find((l) => l.id === 'lantern')!;
    const run = STRATEGIES['efficient-open'](state, lantern).find((a) => a.type === 'startRun');
    const chinchilla = m.keepTraining(state, lantern, { quarters: 2, expertRatio: 16, open: true })[0];
    if (run?.type !== 'startRun' || chinchilla?.type !== 'startRun') throw new Error('no run started');
    expect(run.tokens).toBe(80 * run.activeParams);
    expect(run.activeParams).toBeLessThan(chinchilla.activeParams);
  });
});

describe('the operating layer', () => {
  it('a vertical-apps lab that won more contracts than its engineers can deliver hires as many as it may', () => {
    const scenario = shippedScenario('pivot');
    let state = createGame(scenario, { seed: 'delivery', seats: botSeats(scenario) });
    let hired = false;
    while (!state.over && !hired) {
      const waypoint = state.labs.find((l) => l.id === 'waypoint')!;
      const short = state.reports.at(-1)?.labs.find((r) => r.lab === 'waypoint')?.notes.some((n) => n.code === 'deliveryShort');
      if (short) {
        expect(STRATEGIES['vertical-apps'](state, waypoint)).toContainEqual({ type: 'hire', lab: 'waypoint', role: 'engineers', count: hiringCap(waypoint) - waypoint.hiredThisQuarter });
        hired = true;
      }
      state = endQuarter(state);
    }
    expect(hired).toBe(true);
  });
});

describe('bots act on the quarter\'s own copy', () => {
  it('whatever the strategy, the state a quarter starts from, scenario included, is unchanged when it ends', () => {
    const scenario = shippedScenario('china-2025');
    const scenarioText = JSON.stringify(scenario);
    for (const strategy of STRATEGY_IDS.filter((id) => id !== 'idle')) {
      const overrides = Object.fromEntries(scenario.labs.map((l) => [l.id, strategy]));
      let state: GameState = createGame(scenario, { seed: `own-copy-${strategy}`, seats: botSeats(scenario, overrides) });
      for (let q = 0; q < 5 && !state.over; q += 1) {
        const before = JSON.stringify(state);
        const next = endQuarter(state);
        expect(JSON.stringify(state), strategy).toBe(before);
        // Every accepted action moves the turn on once, and the quarter's end once more: the bots did act.
        expect(next.turn, strategy).toBeGreaterThan(state.turn + 1);
        state = next;
      }
    }
    expect(JSON.stringify(scenario)).toBe(scenarioText);
  });
});

describe('bots over a thousand games', () => {
  it('no bot action is rejected in 1,000 games across the shipped scenarios and every strategy', async () => {
    const { loadShippedScenario, shippedScenarioIds } = await import('../../src/scenario/shipped');
    const { simulateSeed } = await import('../../src/engine');
    const scenarios = shippedScenarioIds().map((id) => loadShippedScenario(id)!).flatMap((r) => (r.ok ? [r.scenario] : []));
    const strategies = STRATEGY_IDS.filter((s) => s !== 'idle');
    let games = 0;
    let rejected = 0;
    // Small scenarios carry most of the games; every scenario and every strategy gets some.
    for (let i = 0; games < 1000; i += 1) {
      const scenario = i % 10 === 0 ? scenarios[(i / 10) % scenarios.length]! : tutorial;
      const strategy = strategies[i % strategies.length]!;
      const overrides = Object.fromEntries(scenario.labs.map((l) => [l.id, strategy]));
      rejected += simulateSeed(scenario, `thousand-${i}`, overrides).botRejections;
      games += 1;
    }
    expect(rejected).toBe(0);
  }, 300_000);
});
