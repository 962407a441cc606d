// Research: techniques as multipliers on training and serving, learned with researchers and experiment compute.
import type { Technique, TechniqueEffects, WorldRules } from './scenario-types';
import type { GameState, Lab } from './state-types';

export interface CombinedEffects {
  trainingEfficiency: number;
  trainingUtilisation: number;
  inferenceEfficiency: number;
  domesticUtilisation: number;
  capabilityBonus: number;
  mixtureOfExperts: boolean;
  distillation: boolean;
  /** Share of an interconnect penalty recovered (0..1); several combine as 1 - product of (1 - each). */
  communicationRecovery: number;
  /** Bytes per weight in memory: 2 (BF16) unless a technique stores fewer. */
  weightBytes: number;
}

const NONE: CombinedEffects = {
  trainingEfficiency: 1,
  trainingUtilisation: 0,
  inferenceEfficiency: 1,
  domesticUtilisation: 0,
  capabilityBonus: 0,
  mixtureOfExperts: false,
  distillation: false,
  communicationRecovery: 0,
  weightBytes: 2,
};

export function combine(effects: readonly TechniqueEffects[]): CombinedEffects {
  const total = { ...NONE };
  for (const e of effects) {
    total.trainingEfficiency *= e.trainingEfficiency ?? 1;
    total.trainingUtilisation += e.trainingUtilisation ?? 0;
    total.inferenceEfficiency *= e.inferenceEfficiency ?? 1;
    total.domesticUtilisation += e.domesticUtilisation ?? 0;
    total.capabilityBonus += e.capabilityBonus ?? 0;
    total.mixtureOfExperts ||= e.mixtureOfExperts === true;
    total.distillation ||= e.distillation === true;
    total.communicationRecovery = 1 - (1 - total.communicationRecovery) * (1 - (e.communicationRecovery ?? 0));
    total.weightBytes = Math.min(total.weightBytes, e.weightBytes ?? 2);
  }
  return total;
}

/** The combined effect of every technique a lab knows, in catalogue order. */
export function labEffects(state: GameState, lab: Lab): Readonly<CombinedEffects> {
  // Asked many times a quarter (every price a bot weighs): remembered per list of techniques (a pure cache; a list
  // only ever grows, and a new game or scenario makes new lists).
  const known = EFFECTS.get(lab.techniques);
  const catalogue = state.scenario.techniques;
  if (known && known.count === lab.techniques.length && known.catalogue === catalogue) return known.effects;
  // Each quarter's working copy gives every lab a new list: the same techniques combine to the same effects.
  let byList = BY_LIST.get(catalogue);
  if (!byList || byList.size >= MAX_LISTS) {
    byList = new Map();
    BY_LIST.set(catalogue, byList);
  }
  const key = lab.techniques.join('\u0000');
  let effects = byList.get(key);
  if (!effects) {
    effects = combine(catalogue.filter((t) => lab.techniques.includes(t.id)).map((t) => t.effects));
    byList.set(key, effects);
  }
  EFFECTS.set(lab.techniques, { count: lab.techniques.length, catalogue, effects });
  return effects;
}

const EFFECTS = new WeakMap<readonly string[], { count: number; catalogue: readonly Technique[]; effects: CombinedEffects }>();
const BY_LIST = new WeakMap<readonly Technique[], Map<string, CombinedEffects>>();
const MAX_LISTS = 4096;

export function findTechnique(state: GameState, id: string): Technique | undefined {
  return state.scenario.techniques.find((t) => t.id === id);
}

/** Points a lab must put into a technique: less once someone has published it. */
export function techniqueCost(state: GameState, technique: Technique): number {
  const published = state.published.includes(technique.id);
  return published ? technique.cost * state.scenario.world.publishedCostShare : technique.cost;
}

/** Research points a quarter: people and experiment compute are both needed (square root of their product). */
export function researchPoints(world: WorldRules, researchers: number, researchFlop: number): number {
  return Math.sqrt((researchers * researchFlop) / world.researchFlopUnit);
}

/** Reputation a lab gains when it publishes a technique. */
export const PUBLISH_REPUTATION = 5;
