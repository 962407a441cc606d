// Talent: salaries by region and role, a market for researchers that bids pay up, hiring capped by reputation and size.
import type { Role } from './actions';
import { turnMemo } from './bot-pass';
import { pow } from './math';
import type { Region, RegionId, Scenario } from './scenario-types';
import type { GameState, Lab } from './state-types';
import { scheduledCost } from './world-rules';

/**
 * Share of its team a lab can add in a quarter on top of what its name attracts. Game design: OpenAI grew from about
 * 770 staff (late 2023) to over 3,000 (2025), about a fifth more people a quarter, as the fastest-growing lab of the
 * time with the strongest name; a tenth is taken for a lab in general (the name's part comes on top). Tried at a fifth
 * and a quarter (balance-tried.md, 0.16.0): it moves close races between strategies and fixes none.
 */
export const TEAM_GROWTH_PER_QUARTER = 0.1;

/** People a lab may hire in one quarter, across both roles: five, one per four points of reputation, and a tenth of its team. */
export function hiringCap(lab: Lab): number {
  return 5 + Math.floor(lab.reputation / 4) + Math.floor(TEAM_GROWTH_PER_QUARTER * (lab.researchers + lab.engineers));
}

/** Researchers the scenario's labs of each region employ at the start: the pool the regions' salaries were set for. */
function startingResearchers(scenario: Scenario, region: RegionId): number {
  let known = STARTING_POOL.get(scenario);
  if (!known) {
    known = new Map();
    for (const lab of scenario.labs) known.set(lab.region, (known.get(lab.region) ?? 0) + lab.researchers);
    STARTING_POOL.set(scenario, known);
  }
  return known.get(region) ?? 0;
}

const STARTING_POOL = new WeakMap<Scenario, Map<RegionId, number>>();

/**
 * The research talent market: when a region's labs together employ more researchers than they did at the start,
 * they bid for the same people and pay rises, (researchers now / at the start) ^ world.talentElasticity; it never
 * falls below the scenario's salary. Engineers come from a far larger pool and are paid the same throughout.
 */
export function talentFactor(state: Pick<GameState, 'scenario' | 'labs'>, region: RegionId): number {
  const elasticity = state.scenario.world.talentElasticity ?? 0;
  const start = startingResearchers(state.scenario, region);
  if (elasticity <= 0 || start <= 0) return 1;
  const now = researchersIn(state, region);
  if (now <= start) return 1;
  // Asked for every lab's payroll and every bot's runway: the power is worked out again only when the count moved (a pure cache).
  const known = BID_UP.get(state.scenario)?.get(region);
  if (known?.now === now) return known.factor;
  const factor = pow(now / start, elasticity);
  let byRegion = BID_UP.get(state.scenario);
  if (!byRegion) BID_UP.set(state.scenario, (byRegion = new Map()));
  byRegion.set(region, { now, factor });
  return factor;
}

const BID_UP = new WeakMap<Scenario, Map<RegionId, { now: number; factor: number }>>();

/**
 * The researchers the living labs of a region employ. Asked for every lab's payroll and every bot's runway, so read
 * once per turn of the bots' pass (bot-pass.ts) and once per region while headcountsFixed runs.
 */
function researchersIn(state: Pick<GameState, 'labs'>, region: RegionId): number {
  const count = () => {
    let researchers = 0;
    for (const lab of state.labs) if (lab.alive && lab.region === region) researchers += lab.researchers;
    return researchers;
  };
  if (fixed?.labs !== state.labs) return turnMemo(state, `researchers\u0000${region}`, count);
  let known = fixed.byRegion.get(region);
  if (known === undefined) {
    known = count();
    fixed.byRegion.set(region, known);
  }
  return known;
}

let fixed: { labs: readonly Lab[]; byRegion: Map<RegionId, number> } | undefined;

/** Runs `work`, which changes no lab's researchers, region or survival (the payroll), counting each region's researchers once. */
export function headcountsFixed<T>(state: Pick<GameState, 'labs'>, work: () => T): T {
  const outer = fixed;
  fixed = { labs: state.labs, byRegion: new Map() };
  try {
    return work();
  } finally {
    fixed = outer;
  }
}

/** Pay for one person of a role for a quarter in the lab's region, at this quarter's talent market. */
export function salaryPerQuarter(state: Pick<GameState, 'scenario' | 'labs' | 'quarter'>, region: Region, role: Role): number {
  return role === 'researchers'
    ? (scheduledCost(state.scenario, region.id, state.quarter, 'researcherCostPerYear') / 4) * talentFactor(state, region.id)
    : scheduledCost(state.scenario, region.id, state.quarter, 'engineerCostPerYear') / 4;
}

/** Pay for the whole team for one quarter. */
export function payroll(state: Pick<GameState, 'scenario' | 'labs' | 'quarter'>, lab: Lab): number {
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  if (!region) return 0;
  return lab.researchers * salaryPerQuarter(state, region, 'researchers') + lab.engineers * salaryPerQuarter(state, region, 'engineers');
}
