// Reading scenario files in Node: `extends` names a shipped scenario or a file beside the one that names it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Scenario } from '../engine';
import { loadScenario, type ScenarioLookup } from '../scenario/load';
import { formatProblem } from '../scenario/problems';
import { shippedLookup, shippedScenarioIds } from '../scenario/shipped';

export const fileLookup: ScenarioLookup = (ref, from) => {
  if (ref.endsWith('.json')) {
    const file = join(dirname(from), ref);
    return existsSync(file) ? { text: readFileSync(file, 'utf8'), file } : undefined;
  }
  return shippedLookup(ref, from);
};

export const nodeLoadOptions = { lookup: fileLookup, knownScenarios: shippedScenarioIds() };

/** A scenario by file path or shipped id; prints its problems and exits when it does not load. */
export function scenarioOrExit(ref: string): { scenario: Scenario; text: string } {
  const file = existsSync(ref) ? ref : fileLookup(ref, '')?.file;
  const text = file && existsSync(file) ? readFileSync(file, 'utf8') : fileLookup(ref, '')?.text;
  if (!text) {
    console.error(`${ref}: error: There is no such file or shipped scenario.`);
    process.exit(1);
  }
  const result = loadScenario(text, file ?? ref, nodeLoadOptions);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    process.exit(1);
  }
  return { scenario: result.scenario, text };
}
