import { describe, expect, it } from 'vitest';
import { createGame, DESIGN_STRATEGIES, openHostPrice, type Scenario } from '../../src/engine';
import { learnLessons, moneyRotates, priceOfFixedCapability, type Lessons } from '../../src/engine/lesson-plan';
import { bootstrap, meanOf, median, medianOf, pooledRatio, verdict, type Estimate } from '../../src/engine/lesson-stats';
import { assigned, bestApiCapability, cheapestApiPrice, drawnStrategies, shuffled, shuffledStrategies, worldKey, type LabRecord, type QuarterRecord, type WorldRecord } from '../../src/engine/lesson-worlds';
import { measureRotation, measureSanctions, measureShakeout, yearlyFall, type Worlds } from '../../src/engine/lessons';
import { shippedScenarioIds } from '../../src/scenario/shipped';
import { shippedScenario } from '../helpers';

const estimate = (value: number, low: number, high: number): Estimate => ({ value, low, high, seeds: 10 });

describe('the lessons\' statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives an interval of one value when every seed agrees, and the same interval every time', () => {
    expect(medianOf([3, 3, 3, 3])).toEqual({ value: 3, low: 3, high: 3, seeds: 4 });
    const spread = Array.from({ length: 200 }, (_, i) => i % 2);
    const once = meanOf(spread);
    expect(once.value).toBe(0.5);
    expect(once.low).toBeLessThan(0.5);
    expect(once.high).toBeGreaterThan(0.5);
    // A fair coin over 200 seeds: the 95% interval is about ±7 points wide.
    expect(once.high - once.low).toBeGreaterThan(0.1);
    expect(once.high - once.low).toBeLessThan(0.18);
    expect(meanOf(spread)).toEqual(once);
  });

  it('keeps pairs together: a paired difference that is always one has no spread', () => {
    const efficient = [1, 1, 0, 1, 0, 1];
    const frontier = efficient.map((s) => s - 1);
    expect(meanOf(efficient.map((s, i) => s - frontier[i]!))).toEqual({ value: 1, low: 1, high: 1, seeds: 6 });
  });

  it('skips seeds without a figure, and resamples where a ratio is undefined', () => {
    expect(medianOf([null, 2, null, 4])).toMatchObject({ value: 3, seeds: 2 });
    expect(pooledRatio([1, 2], [0, 0]).value).toBeNaN();
    expect(pooledRatio([1, 3], [2, 2]).value).toBe(1);
    expect(bootstrap(0, () => 1).value).toBeNaN();
  });

  it('says a target holds only when the whole interval meets it', () => {
    const atLeastHalf = (x: number) => x >= 0.5;
    expect(verdict(estimate(0.7, 0.6, 0.8), atLeastHalf)).toBe('holds');
    expect(verdict(estimate(0.3, 0.2, 0.4), atLeastHalf)).toBe('fails');
    expect(verdict(estimate(0.5, 0.4, 0.6), atLeastHalf)).toBe('unclear');
    // A band inside a wide interval is not failed.
    expect(verdict(estimate(5, 1, 6), (x) => x >= 2 && x <= 4)).toBe('unclear');
  });
});

describe('measuring a lesson', () => {
  it('finds the yearly fall from the first year to the last', () => {
    expect(yearlyFall([8, 8, 8, 8, 1, 1, 1, 1])).toBeCloseTo(8, 9);
    // Two years apart: tenfold over two years is about 3.16x a year.
    expect(yearlyFall([10, 10, 10, 10, 5, 5, 5, 5, 1, 1, 1, 1])).toBeCloseTo(Math.sqrt(10), 9);
    // A quarter without an offer is skipped.
    expect(yearlyFall([4, null, 4, 4, 1, 1, 1, 1])).toBeCloseTo(4, 9);
    expect(yearlyFall([1, 1, 1, 1])).toBeNull();
    expect(yearlyFall([null, null, null, null, 1, 1, 1, 1])).toBeNull();
  });

  it('finds the cheapest offer at a capability among labs\' APIs and hosted open models', () => {
    const scenario = shippedScenario('tutorial');
    const state = createGame(scenario, { seed: '1' });
    const [lantern, meridian] = [state.labs.find((l) => l.id === 'lantern')!, state.labs.find((l) => l.id === 'meridian')!];
    const meridianModel = state.models.find((m) => m.id === meridian.productModel)!;
    expect(bestApiCapability(state)).toBe(meridianModel.capability);
    expect(cheapestApiPrice(state, meridianModel.capability, 'every')).toBe(meridian.prices.api);
    expect(cheapestApiPrice(state, 0, 'every')).toBe(Math.min(lantern.prices.api!, meridian.prices.api!));
    expect(cheapestApiPrice(state, meridianModel.capability + 1, 'every')).toBeNull();
    // Its weights published and its API closed: only hosts sell it now.
    meridianModel.open = true;
    meridian.products.api = false;
    expect(cheapestApiPrice(state, meridianModel.capability, 'every')).toBe(openHostPrice(state, meridianModel));
    // A smaller open model above the bar is cheaper to host, but only counts when every open model is an offer.
    state.models.push({ ...meridianModel, id: 'small', activeParams: meridianModel.activeParams / 10, capability: meridianModel.capability - 0.5 });
    expect(cheapestApiPrice(state, meridianModel.capability - 1, 'every')).toBeCloseTo(openHostPrice(state, meridianModel) / 10, 12);
    expect(cheapestApiPrice(state, meridianModel.capability - 1, 'best')).toBe(openHostPrice(state, meridianModel));
  });

  it('deals a region\'s strategies out again, or draws new ones, from the seed', () => {
    const scenario = shippedScenario('china-2025');
    const cn = scenario.labs.filter((l) => l.region === 'cn');
    const dealt = shuffledStrategies(scenario, 'cn', '7');
    expect(Object.keys(dealt)).toEqual(cn.map((l) => l.id));
    expect(Object.values(dealt).sort()).toEqual(cn.map((l) => l.strategy).sort());
    expect(shuffledStrategies(scenario, 'cn', '7')).toEqual(dealt);
    const deals = new Set(['1', '2', '3', '4', '5'].map((seed) => JSON.stringify(shuffledStrategies(scenario, 'cn', seed))));
    expect(deals.size).toBeGreaterThan(1);
    const drawnOnes = drawnStrategies(scenario, 'cn', '7');
    expect(Object.keys(drawnOnes)).toEqual(cn.map((l) => l.id));
    expect(Object.values(drawnOnes).every((strategy) => DESIGN_STRATEGIES.includes(strategy))).toBe(true);
    expect(drawnStrategies(scenario, 'cn', '7')).toEqual(drawnOnes);
    // Putting a lab on its own strategy plays the same games as the scenario as given.
    const own = cn[0]!;
    expect(worldKey(assigned('china-2025', { [own.id]: own.strategy }), scenario)).toBe(worldKey(assigned('china-2025'), scenario));
    expect(worldKey(shuffled('china-2025', 'cn'), scenario)).not.toBe(worldKey(assigned('china-2025'), scenario));
  });

  const lab = (id: string, region: string, survived: boolean, modelMaker = survived): LabRecord => ({
    id, region, strategy: 'frontier', survived, modelMaker, trainingFlop: 0, greyChipsBought: 0, greyOrders: 0, greyPremium: 0,
  });
  const record = (labs: LabRecord[], quarters: QuarterRecord[] = []): WorldRecord => ({ seed: 's', fixedCapability: 0, labs, quarters });

  it('measures the sanctions gap on hand-made worlds where the answer is known', () => {
    // With controls the lean path always survives and the frontier path never; without controls both always survive.
    const worlds: Worlds = (spec) => {
      const strategy = spec.seats.kind === 'assigned' ? spec.seats.overrides.hero : undefined;
      const survives = spec.scenario === 'open' || strategy === 'efficient-open';
      return Array.from({ length: 30 }, () => record([lab('hero', 'cn', survives)]));
    };
    const lesson = measureSanctions(worlds, 'controls', 'open', 'hero');
    expect(lesson.survival.controls.efficientOpen.value).toBe(1);
    expect(lesson.survival.controls.frontier.value).toBe(0);
    expect(lesson.gapWithControls).toEqual({ value: 1, low: 1, high: 1, seeds: 30 });
    expect(lesson.gapWithoutControls.value).toBe(0);
    expect(lesson.differenceOfGaps.value).toBe(1);
  });

  it('counts model makers, exits and stops in a region on hand-made worlds', () => {
    const labs = [lab('a', 'cn', true), lab('b', 'cn', true, false), lab('c', 'cn', false), lab('d', 'cn', false), lab('e', 'us', false)];
    const lesson = measureShakeout(() => [record(labs), record(labs), record(labs)], 'any', 'cn');
    expect(lesson.labsAtStart).toBe(4);
    expect(lesson.assigned.modelMakers.value).toBe(1);
    expect(lesson.assigned.exits.value).toBe(2);
    expect(lesson.assigned.stopped.value).toBe(1);
    expect(lesson.assigned.exitsOrStopped.value).toBe(3);
    expect(lesson.byStrategy).toEqual([{ strategy: 'frontier', labs: 12, survived: { value: 0.5, low: 0.5, high: 0.5, seeds: 3 }, modelMaker: { value: 0.25, low: 0.25, high: 0.25, seeds: 3 } }]);
  });

  it('pools each year\'s funding by layer on hand-made worlds', () => {
    const quarter = (rounds: QuarterRecord['rounds']): QuarterRecord => ({ cheapestApi: null, cheapestApiBestOpenOnly: null, rounds });
    const foundation = quarter([{ region: 'cn', layer: 'foundation', amount: 100 }]);
    const mixed = quarter([{ region: 'cn', layer: 'applications', amount: 30 }, { region: 'us', layer: 'foundation', amount: 70 }]);
    const none = quarter([]);
    const game = record([], [foundation, none, none, none, none, none, none, none, mixed, none, none, none]);
    const all = measureRotation(() => [game, game], 'any', 'all');
    expect(all.applicationShare.firstYear.value).toBe(0);
    expect(all.applicationShare.lastYear.value).toBeCloseTo(0.3, 12);
    expect(all.applicationShare.change.value).toBeCloseTo(0.3, 12);
    expect(all.fundingPerQuarter.firstYear.value).toBe(25);
    expect(all.fundingPerQuarter.ratio.value).toBe(1);
    expect(all.byQuarter[1]!.applicationShare).toBeNaN();
    const cn = measureRotation(() => [game], 'any', 'cn');
    expect(cn.applicationShare.lastYear.value).toBe(1);
    expect(cn.fundingPerQuarter.ratio.value).toBeCloseTo(0.3, 12);
  });
});

describe('the lessons over a small sample of seeds', () => {
  const scenarios: Record<string, Scenario> = Object.fromEntries(shippedScenarioIds().map((id) => [id, shippedScenario(id)]));
  const seeds = Array.from({ length: 20 }, (_, i) => String(i + 1));
  let lessons: Lessons;

  const estimates = (value: unknown): Estimate[] => {
    if (value === null || typeof value !== 'object') return [];
    if ('low' in value && 'high' in value && 'value' in value) return [value as Estimate];
    return Object.values(value).flatMap(estimates);
  };

  it('gives well-formed numbers for every lesson', () => {
    lessons = learnLessons(scenarios, seeds);
    expect(lessons.plan).toMatchObject({ controls: 'china-2025', open: 'china-2025-open', lab: 'vermilion', region: 'cn' });
    expect(lessons.prices.map((p) => p.scenario)).toEqual(shippedScenarioIds());
    const all = estimates(lessons);
    expect(all.length).toBeGreaterThan(40);
    for (const e of all) {
      expect(e.seeds).toBeLessThanOrEqual(20);
      if (Number.isNaN(e.value)) continue;
      expect(e.low).toBeLessThanOrEqual(e.value);
      expect(e.value).toBeLessThanOrEqual(e.high);
    }
    const s = lessons.sanctions;
    for (const share of [s.survival.controls.efficientOpen, s.survival.controls.frontier, s.survival.open.efficientOpen, s.survival.open.frontier]) {
      expect(share.value).toBeGreaterThanOrEqual(0);
      expect(share.value).toBeLessThanOrEqual(1);
      expect(share.seeds).toBe(20);
    }
    expect(s.gapWithControls.value).toBeCloseTo(s.survival.controls.efficientOpen.value - s.survival.controls.frontier.value, 12);
    expect(s.differenceOfGaps.value).toBeCloseTo(s.gapWithControls.value - s.gapWithoutControls.value, 12);
    expect(lessons.controls.trainingFlop.controls.value).toBeGreaterThan(0);
    expect(lessons.shakeout.labsAtStart).toBe(9);
    for (const p of lessons.prices) {
      expect(p.byQuarter).toHaveLength(scenarios[p.scenario]!.quarters);
      expect(p.fixedCapability).toBeGreaterThan(0);
      expect(p.byQuarter[0]!.seedsWithOffer).toBe(20);
      expect(p.yearlyFall.value).toBeGreaterThan(0);
    }
  }, 240_000);

  it('gives the same numbers for the same seeds, each lesson alone or all together', () => {
    expect(priceOfFixedCapability(scenarios, 'tutorial', seeds)).toEqual(lessons.prices.find((p) => p.scenario === 'tutorial'));
    expect(moneyRotates(scenarios, seeds, 'cn')).toEqual(lessons.rotation[1]);
  }, 120_000);
});
