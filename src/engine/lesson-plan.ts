// Which worlds `npm run lessons` plays and what it measures in them: the story points of GAME_DESIGN.md section 1
// in the shipped scenarios (ECONOMY.md, "The lessons"). Pure: the CLI plays the worlds on worker processes.
import type { WorldSpec } from './lesson-worlds';
import {
  controlsWorlds, measureControls, measurePrices, measureRotation, measureSanctions, measureShakeout, playWorlds, priceWorlds, rotationWorlds,
  sanctionsWorlds, shakeoutWorlds, type ControlsLesson, type PriceLesson, type RotationLesson, type SanctionsLesson, type ShakeoutLesson, type Worlds,
} from './lessons';
import type { LabId, RegionId, Scenario } from './scenario-types';

export interface LessonPlan {
  /** The scenario with export controls, and the same world without them. */
  controls: string;
  open: string;
  /** The player's lab of the controls scenario, and its region (the one the controls aim at). */
  lab: LabId;
  region: RegionId;
  /** Every scenario whose price of a fixed capability is followed. */
  priceScenarios: string[];
}

export function lessonPlan(scenarios: Record<string, Scenario>, controls = 'china-2025', open = 'china-2025-open'): LessonPlan {
  const scenario = scenarios[controls];
  if (!scenario || !scenarios[open]) throw new Error(`The lessons need the scenarios ${controls} and ${open}.`);
  const lab = scenario.labs.find((l) => l.id === scenario.playerLab) ?? scenario.labs[0]!;
  return { controls, open, lab: lab.id, region: lab.region, priceScenarios: Object.keys(scenarios).sort() };
}

export function lessonWorlds(plan: LessonPlan): WorldSpec[] {
  return [
    ...sanctionsWorlds(plan.controls, plan.open, plan.lab),
    ...controlsWorlds(plan.controls, plan.open),
    ...shakeoutWorlds(plan.controls, plan.region),
    ...plan.priceScenarios.flatMap(priceWorlds),
    ...rotationWorlds(plan.controls),
  ];
}

export interface Lessons {
  seeds: number;
  plan: LessonPlan;
  sanctions: SanctionsLesson;
  controls: ControlsLesson;
  shakeout: ShakeoutLesson;
  prices: PriceLesson[];
  /** Every lab's rounds, then the controlled region's alone. */
  rotation: RotationLesson[];
}

export function measureLessons(worlds: Worlds, plan: LessonPlan, seeds: number): Lessons {
  return {
    seeds,
    plan,
    sanctions: measureSanctions(worlds, plan.controls, plan.open, plan.lab),
    controls: measureControls(worlds, plan.controls, plan.open, plan.region),
    shakeout: measureShakeout(worlds, plan.controls, plan.region),
    prices: plan.priceScenarios.map((id) => measurePrices(worlds, id)),
    rotation: [measureRotation(worlds, plan.controls, 'all'), measureRotation(worlds, plan.controls, plan.region)],
  };
}

/** Every lesson over `seeds`, played in this thread: what the CLI's workers produce, on a smaller sample. */
export function learnLessons(scenarios: Record<string, Scenario>, seeds: readonly string[], plan = lessonPlan(scenarios)): Lessons {
  return measureLessons(playWorlds(lessonWorlds(plan), scenarios, seeds), plan, seeds.length);
}

// Each lesson alone over `seeds`, played in this thread.
type Scenarios = Record<string, Scenario>;
export const sanctionsFavourEfficiency = (scenarios: Scenarios, seeds: readonly string[], plan = lessonPlan(scenarios)) =>
  measureSanctions(playWorlds(sanctionsWorlds(plan.controls, plan.open, plan.lab), scenarios, seeds), plan.controls, plan.open, plan.lab);
export const controlsBindAndLeak = (scenarios: Scenarios, seeds: readonly string[], plan = lessonPlan(scenarios)) =>
  measureControls(playWorlds(controlsWorlds(plan.controls, plan.open), scenarios, seeds), plan.controls, plan.open, plan.region);
export const shakeoutEmerges = (scenarios: Scenarios, seeds: readonly string[], plan = lessonPlan(scenarios)) =>
  measureShakeout(playWorlds(shakeoutWorlds(plan.controls, plan.region), scenarios, seeds), plan.controls, plan.region);
export const priceOfFixedCapability = (scenarios: Scenarios, scenario: string, seeds: readonly string[]) =>
  measurePrices(playWorlds(priceWorlds(scenario), scenarios, seeds), scenario);
export const moneyRotates = (scenarios: Scenarios, seeds: readonly string[], region: RegionId | 'all', plan = lessonPlan(scenarios)) =>
  measureRotation(playWorlds(rotationWorlds(plan.controls), scenarios, seeds), plan.controls, region);
