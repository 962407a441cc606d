// The story points of GAME_DESIGN.md section 1 as experiments: each names the worlds it compares (the same seeds in
// each) and measures its effect from their records, with 95% intervals (lesson-stats.ts). Pure and deterministic.
import { bootstrap, mean, meanOf, median, medianOf, pooledRatio, type Estimate } from './lesson-stats';
import { assigned, drawn, observeWorld, shuffled, worldKey, type LabRecord, type WorldRecord, type WorldSpec } from './lesson-worlds';
import { pow } from './math';
import type { LabId, RegionId, Scenario, StrategyId } from './scenario-types';

/** The records of one world, one per seed, in seed order: the same seeds in every world. */
export type Worlds = (spec: WorldSpec) => readonly WorldRecord[];

/** The distinct worlds among `specs` by key (two specs may play the same games), in first-named order. */
export function distinctWorlds(specs: readonly WorldSpec[], scenarios: Record<string, Scenario>): { key: string; spec: WorldSpec }[] {
  const distinct: { key: string; spec: WorldSpec }[] = [];
  for (const spec of specs) {
    const key = worldKey(spec, scenarios[spec.scenario] ?? missing(`the scenario ${spec.scenario}`));
    if (!distinct.some((world) => world.key === key)) distinct.push({ key, spec });
  }
  return distinct;
}

/** Looks the records of a world up by its key among those played. */
export function worldsFrom(played: ReadonlyMap<string, readonly WorldRecord[]>, scenarios: Record<string, Scenario>): Worlds {
  return (spec) => {
    const key = worldKey(spec, scenarios[spec.scenario] ?? missing(`the scenario ${spec.scenario}`));
    return played.get(key) ?? missing(`the world ${key}`);
  };
}

/** Plays every world in this thread (the CLI plays the same worlds on worker processes). */
export function playWorlds(specs: readonly WorldSpec[], scenarios: Record<string, Scenario>, seeds: readonly string[]): Worlds {
  const played = new Map<string, WorldRecord[]>();
  for (const { key, spec } of distinctWorlds(specs, scenarios)) played.set(key, seeds.map((seed) => observeWorld(spec, scenarios[spec.scenario]!, seed)));
  return worldsFrom(played, scenarios);
}

function missing(what: string): never {
  throw new Error(`The lessons need ${what}, which is missing.`);
}

const labIn = (record: WorldRecord, id: LabId): LabRecord => record.labs.find((l) => l.id === id) ?? missing(`the lab ${id}`);
const inRegion = (record: WorldRecord, region: RegionId) => record.labs.filter((l) => l.region === region);
const one = (yes: boolean) => (yes ? 1 : 0);

// 1. Sanctions favour efficiency ------------------------------------------------------------------------------

export interface SanctionsLesson {
  lab: LabId;
  /** Share of seeds the lab survives, on each strategy, with and without controls. */
  survival: { controls: { efficientOpen: Estimate; frontier: Estimate }; open: { efficientOpen: Estimate; frontier: Estimate } };
  /** Survival on efficient-open minus survival on frontier (the same seeds), with and without controls. */
  gapWithControls: Estimate;
  gapWithoutControls: Estimate;
  /** The gap with controls minus the gap without: how much more controls favour efficiency. */
  differenceOfGaps: Estimate;
}

export const sanctionsWorlds = (controls: string, open: string, lab: LabId): WorldSpec[] => [
  assigned(controls, { [lab]: 'efficient-open' }), assigned(controls, { [lab]: 'frontier' }),
  assigned(open, { [lab]: 'efficient-open' }), assigned(open, { [lab]: 'frontier' }),
];

export function measureSanctions(worlds: Worlds, controls: string, open: string, lab: LabId): SanctionsLesson {
  const [ceo, cfr, oeo, ofr] = sanctionsWorlds(controls, open, lab).map((spec) => worlds(spec).map((r) => one(labIn(r, lab).survived)));
  const gap = (eo: number[], fr: number[]) => eo.map((s, i) => s - fr[i]!);
  const withControls = gap(ceo!, cfr!);
  const without = gap(oeo!, ofr!);
  return {
    lab,
    survival: { controls: { efficientOpen: meanOf(ceo!), frontier: meanOf(cfr!) }, open: { efficientOpen: meanOf(oeo!), frontier: meanOf(ofr!) } },
    gapWithControls: meanOf(withControls),
    gapWithoutControls: meanOf(without),
    differenceOfGaps: meanOf(withControls.map((g, i) => g - without[i]!)),
  };
}

// 2. Controls bind and leak -------------------------------------------------------------------------------------

export interface ControlsLesson {
  region: RegionId;
  /** The region's labs' training FLOP over a game: median with and without controls, and the median paired ratio. */
  trainingFlop: { controls: Estimate; open: Estimate; ratio: Estimate };
  /** Grey-market chips the region's labs buy in a game (mean), the premium paid (mean, dollars), and the share of games with any. */
  grey: { controls: GreyUse; open: GreyUse; extraChips: Estimate };
}

export interface GreyUse {
  chips: Estimate;
  premium: Estimate;
  gamesWithAny: Estimate;
}

export const controlsWorlds = (controls: string, open: string): WorldSpec[] => [assigned(controls), assigned(open)];

export function measureControls(worlds: Worlds, controls: string, open: string, region: RegionId): ControlsLesson {
  const [withRecords, withoutRecords] = controlsWorlds(controls, open).map(worlds);
  const total = (records: readonly WorldRecord[], figure: (l: LabRecord) => number) => records.map((r) => inRegion(r, region).reduce((a, l) => a + figure(l), 0));
  const flopWith = total(withRecords!, (l) => l.trainingFlop);
  const flopWithout = total(withoutRecords!, (l) => l.trainingFlop);
  const greyUse = (records: readonly WorldRecord[]): GreyUse => ({
    chips: meanOf(total(records, (l) => l.greyChipsBought)),
    premium: meanOf(total(records, (l) => l.greyPremium)),
    gamesWithAny: meanOf(total(records, (l) => l.greyOrders).map((n) => one(n > 0))),
  });
  const chipsWith = total(withRecords!, (l) => l.greyChipsBought);
  const chipsWithout = total(withoutRecords!, (l) => l.greyChipsBought);
  return {
    region,
    trainingFlop: {
      controls: medianOf(flopWith),
      open: medianOf(flopWithout),
      ratio: medianOf(flopWith.map((f, i) => (flopWithout[i]! > 0 ? f / flopWithout[i]! : null))),
    },
    grey: { controls: greyUse(withRecords!), open: greyUse(withoutRecords!), extraChips: meanOf(chipsWith.map((c, i) => c - chipsWithout[i]!)) },
  };
}

// 3. The shakeout emerges ---------------------------------------------------------------------------------------

export interface ShakeoutCount {
  /** The region's model makers at the end, median over seeds. */
  modelMakers: Estimate;
  /** The region's labs out of the game (acquired or shut down), median. */
  exits: Estimate;
  /** The region's labs still standing that no longer make models of their own, median. */
  stopped: Estimate;
  /** Exits plus stops in the same game, median. */
  exitsOrStopped: Estimate;
}

export interface ShakeoutLesson {
  region: RegionId;
  labsAtStart: number;
  assigned: ShakeoutCount;
  /** The region's strategies shuffled among its labs: the same mix, dealt again. */
  shuffled: ShakeoutCount;
  /** Each of the region's labs on any of the five design strategies, drawn at random. */
  drawn: ShakeoutCount;
  /** In the drawn worlds, by strategy: how many lab-games, and the shares that survived and that were model makers at the end. */
  byStrategy: { strategy: StrategyId; labs: number; survived: Estimate; modelMaker: Estimate }[];
}

export const shakeoutWorlds = (scenario: string, region: RegionId): WorldSpec[] => [assigned(scenario), shuffled(scenario, region), drawn(scenario, region)];

function shakeoutCount(records: readonly WorldRecord[], region: RegionId): ShakeoutCount {
  const per = (figure: (labs: LabRecord[]) => number) => medianOf(records.map((r) => figure(inRegion(r, region))));
  return {
    modelMakers: per((labs) => labs.filter((l) => l.modelMaker).length),
    exits: per((labs) => labs.filter((l) => !l.survived).length),
    stopped: per((labs) => labs.filter((l) => l.survived && !l.modelMaker).length),
    exitsOrStopped: per((labs) => labs.filter((l) => !l.survived || !l.modelMaker).length),
  };
}

/** Shares over every lab-game of each strategy (bootstrapped by seed, so a seed's labs are drawn together). */
function strategyOutcomes(records: readonly WorldRecord[], region: RegionId): ShakeoutLesson['byStrategy'] {
  const strategies = [...new Set(records.flatMap((r) => inRegion(r, region).map((l) => l.strategy)))].sort();
  return strategies.map((strategy) => {
    const on = records.map((r) => inRegion(r, region).filter((l) => l.strategy === strategy));
    const share = (figure: (l: LabRecord) => boolean) => pooledRatio(on.map((labs) => labs.filter(figure).length), on.map((labs) => labs.length));
    return { strategy, labs: on.reduce((a, labs) => a + labs.length, 0), survived: share((l) => l.survived), modelMaker: share((l) => l.modelMaker) };
  });
}

export function measureShakeout(worlds: Worlds, scenario: string, region: RegionId): ShakeoutLesson {
  const [fromFile, reshuffled, redrawn] = shakeoutWorlds(scenario, region).map(worlds);
  return {
    region,
    labsAtStart: fromFile![0] ? inRegion(fromFile![0], region).length : 0,
    assigned: shakeoutCount(fromFile!, region),
    shuffled: shakeoutCount(reshuffled!, region),
    drawn: shakeoutCount(redrawn!, region),
    byStrategy: strategyOutcomes(redrawn!, region),
  };
}

// 4. The price of a fixed capability ----------------------------------------------------------------------------

export interface PriceLesson {
  scenario: string;
  /** The capability held fixed: the best model sold by API at the start. */
  fixedCapability: number;
  /** Median over seeds of the cheapest price per million tokens at that capability, quarter by quarter. */
  byQuarter: { quarter: number; medianPrice: number; seedsWithOffer: number }[];
  /** Years between the middles of the first and the last year of the game. */
  yearsApart: number;
  /** How many times cheaper per year, first year against last (median over seeds): every open model hosted, and only the best. */
  yearlyFall: Estimate;
  yearlyFallBestOpenOnly: Estimate;
}

export const priceWorlds = (scenario: string): WorldSpec[] => [assigned(scenario)];

/** Geometric mean of the prices found in quarters [from, to); null when none was found. */
function yearPrice(prices: readonly (number | null)[], from: number, to: number): number | null {
  const found = prices.slice(from, to).filter((p): p is number => p !== null && p > 0);
  if (found.length === 0) return null;
  return pow(found.reduce((a, p) => a * p, 1), 1 / found.length);
}

/** Times cheaper per year from the first four quarters to the last four (null for games too short or without prices). */
export function yearlyFall(prices: readonly (number | null)[]): number | null {
  const years = (prices.length - 4) / 4;
  if (years <= 0) return null;
  const first = yearPrice(prices, 0, 4);
  const last = yearPrice(prices, prices.length - 4, prices.length);
  return first === null || last === null ? null : pow(first / last, 1 / years);
}

export function measurePrices(worlds: Worlds, scenario: string): PriceLesson {
  const records = worlds(assigned(scenario));
  const quarters = records[0]?.quarters.length ?? 0;
  const byQuarter = Array.from({ length: quarters }, (_, q) => {
    const found = records.map((r) => r.quarters[q]?.cheapestApi ?? null).filter((p): p is number => p !== null);
    return { quarter: q + 1, medianPrice: median(found), seedsWithOffer: found.length };
  });
  return {
    scenario,
    fixedCapability: records[0]?.fixedCapability ?? 0,
    byQuarter,
    yearsApart: Math.max(0, (quarters - 4) / 4),
    yearlyFall: medianOf(records.map((r) => yearlyFall(r.quarters.map((q) => q.cheapestApi)))),
    yearlyFallBestOpenOnly: medianOf(records.map((r) => yearlyFall(r.quarters.map((q) => q.cheapestApiBestOpenOnly)))),
  };
}

// 5. Money rotates -------------------------------------------------------------------------------------------------

export interface RotationLesson {
  /** Whose rounds are counted: every lab in the game, or one region's. */
  region: RegionId | 'all';
  /** Share of the money raised that went to application-layer labs, pooled over seeds, in the first and last year. */
  applicationShare: { firstYear: Estimate; lastYear: Estimate; change: Estimate };
  /** Money raised per quarter (mean over seeds) in the first and last year, and last over first. */
  fundingPerQuarter: { firstYear: Estimate; lastYear: Estimate; ratio: Estimate };
  /** Quarter by quarter: mean money raised per game and the application layer's pooled share (NaN when nothing was raised). */
  byQuarter: { quarter: number; funding: number; applicationShare: number }[];
}

export const rotationWorlds = (scenario: string): WorldSpec[] => [assigned(scenario)];

export function measureRotation(worlds: Worlds, scenario: string, region: RegionId | 'all'): RotationLesson {
  const records = worlds(assigned(scenario));
  const quarters = records[0]?.quarters.length ?? 0;
  const raised = (r: WorldRecord, from: number, to: number, applicationsOnly: boolean) => r.quarters.slice(from, to)
    .flatMap((q) => q.rounds)
    .filter((round) => (region === 'all' || round.region === region) && (!applicationsOnly || round.layer === 'applications'))
    .reduce((a, round) => a + round.amount, 0);
  const year = (from: number) => ({ all: records.map((r) => raised(r, from, from + 4, false)), apps: records.map((r) => raised(r, from, from + 4, true)) });
  const first = year(0);
  const last = year(Math.max(0, quarters - 4));
  const share = (y: { all: number[]; apps: number[] }) => (picks: readonly number[]) => {
    const all = picks.reduce((a, i) => a + y.all[i]!, 0);
    return all === 0 ? null : picks.reduce((a, i) => a + y.apps[i]!, 0) / all;
  };
  return {
    region,
    applicationShare: {
      firstYear: pooledRatio(first.apps, first.all),
      lastYear: pooledRatio(last.apps, last.all),
      change: bootstrap(records.length, (picks) => {
        const [a, b] = [share(last)(picks), share(first)(picks)];
        return a === null || b === null ? null : a - b;
      }),
    },
    fundingPerQuarter: {
      firstYear: meanOf(first.all.map((x) => x / 4)),
      lastYear: meanOf(last.all.map((x) => x / 4)),
      ratio: pooledRatio(last.all, first.all),
    },
    byQuarter: Array.from({ length: quarters }, (_, q) => {
      const all = records.map((r) => raised(r, q, q + 1, false));
      const apps = records.map((r) => raised(r, q, q + 1, true));
      const total = all.reduce((a, x) => a + x, 0);
      return { quarter: q + 1, funding: mean(all), applicationShare: total === 0 ? NaN : apps.reduce((a, x) => a + x, 0) / total };
    }),
  };
}
