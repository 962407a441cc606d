// Reading scenario files in Node: `extends` names a shipped scenario or a file beside the one that names it.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Scenario } from '../engine';
import { loadScenario, MAX_SCENARIO_CHARS, type ScenarioLookup } from '../scenario/load';
import { formatProblem } from '../scenario/problems';
import { shippedLookup, shippedScenarioIds } from '../scenario/shipped';

/** A file's text, or why it cannot be read as a sentence (missing, a folder, too large, not readable). Never throws. */
export function readScenarioText(path: string): { text: string } | { problem: string } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { problem: 'It is a folder, not a file.' };
    // Read no further than the checker would: a larger file is refused by size, unread.
    if (stat.size > MAX_SCENARIO_CHARS * 4) return { problem: `The file is over the size limit of ${MAX_SCENARIO_CHARS.toLocaleString('en-US')} characters.` };
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { problem: code === 'ENOENT' ? 'There is no such file.' : `The file could not be read (${code ?? String(error)}).` };
  }
}

export const fileLookup: ScenarioLookup = (ref, from) => {
  if (ref.endsWith('.json')) {
    const file = join(dirname(from), ref);
    const read = readScenarioText(file);
    return 'text' in read ? { text: read.text, file } : { problem: `"${ref}" names the file ${file}: ${read.problem}` };
  }
  return shippedLookup(ref, from);
};

export const nodeLoadOptions = { lookup: fileLookup, knownScenarios: shippedScenarioIds() };

/** A scenario by file path or shipped id; prints its problems and exits when it does not load. */
export function scenarioOrExit(ref: string): { scenario: Scenario; text: string } {
  const read = readScenarioText(ref);
  const looked = 'text' in read ? { text: read.text, file: ref } : fileLookup(ref, '');
  const found = looked && 'text' in looked ? looked : undefined;
  if (!found) {
    console.error(`${ref}: error: ${'problem' in read && !read.problem.startsWith('There is no such file') ? read.problem : 'There is no such file or shipped scenario.'}`);
    process.exit(1);
  }
  const result = loadScenario(found.text, found.file, nodeLoadOptions);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    process.exit(1);
  }
  return { scenario: result.scenario, text: found.text };
}
