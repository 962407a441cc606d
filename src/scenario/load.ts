// Turns the text of a scenario file into engine data, or into every problem found. Never throws, never evaluates.
import type { Scenario } from '../engine';
import { checkMeaning } from './meaning';
import { formatPath, positionOf, type Problem } from './problems';
import { scenarioFileSchema } from './schema';

/** Largest scenario file accepted, in characters. */
export const MAX_SCENARIO_CHARS = 1_000_000;

export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export function loadScenario(text: string, file: string): LoadResult {
  const fail = (message: string, at?: { line: number; column: number }): LoadResult => ({
    ok: false,
    problems: [{ file, path: '', severity: 'error', message, ...at }],
  });
  if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
  if (text.length > MAX_SCENARIO_CHARS) return fail(`The file is over the size limit of ${MAX_SCENARIO_CHARS} characters.`);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(message)?.[1];
    return fail(`This is not valid JSON: ${message}`, offset === undefined ? undefined : positionOf(text, Number(offset)));
  }

  const shape = scenarioFileSchema.safeParse(raw);
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.map((issue) => ({
        file,
        path: formatPath(issue.path),
        severity: 'error' as const,
        message: issue.message,
      })),
    };
  }
  const problems = checkMeaning(shape.data, file);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, scenario: shape.data, warnings: problems };
}
