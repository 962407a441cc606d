// Shared test helpers: the shipped scenarios, loaded exactly as the game loads them.
import type { Scenario } from '../src/engine';
import { loadShippedScenario } from '../src/scenario/shipped';

export function shippedScenario(id: string): Scenario {
  const result = loadShippedScenario(id);
  if (!result?.ok) throw new Error(`scenarios/${id}.json does not load: ${JSON.stringify(result)}`);
  return result.scenario;
}
