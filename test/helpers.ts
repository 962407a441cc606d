// Shared test helpers: the shipped scenarios, loaded exactly as the game loads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../src/engine';
import { loadScenario } from '../src/scenario/load';

export function shippedScenario(id: string): Scenario {
  const file = join('scenarios', `${id}.json`);
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not load: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}
