// The scenarios that ship with the game, loaded through the same checker as any author's file.
import tutorialText from '../../scenarios/tutorial.json?raw';
import { loadScenario, type LoadResult } from './load';

export const DEFAULT_SCENARIO = 'tutorial';

const SHIPPED: Record<string, string> = {
  tutorial: tutorialText,
};

export function shippedScenarioIds(): string[] {
  return Object.keys(SHIPPED);
}

export function loadShippedScenario(id: string): LoadResult | undefined {
  const text = SHIPPED[id];
  return text === undefined ? undefined : loadScenario(text, `scenarios/${id}.json`);
}
