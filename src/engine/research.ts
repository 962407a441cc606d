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
  // Asked many times a quarter (every price a bot weighs): remembered per catalogue and lab, with the list it was worked
  // out from (a pure cache). Each quarter's working copy gives every lab a new list with the same techniques, and
  // comparing them is cheaper than keying a table by every new list; a list only ever grows, by push.
  const catalogue = state.scenario.techniques;
  let byLab = EFFECTS.get(catalogue);
  if (!byLab) {
    byLab = new Map();
    EFFECTS.set(catalogue, byLab);
  }
  const known = byLab.get(lab.id);
  if (known?.list === lab.techniques && known.ids.length === lab.techniques.length) return known.effects;
  if (known && sameIds(known.ids, lab.techniques)) {
    known.list = lab.techniques;
    return known.effects;
  }
  const effects = combine(catalogue.filter((t) => lab.techniques.includes(t.id)).map((t) => t.effects));
  byLab.set(lab.id, { list: lab.techniques, ids: lab.techniques.slice(), effects });
  return effects;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

const EFFECTS = new WeakMap<readonly Technique[], Map<string, { list: readonly string[]; ids: string[]; effects: CombinedEffects }>>();

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
