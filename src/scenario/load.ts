// Turns the text of a scenario file into engine data, or into every problem found. Never throws, never evaluates.
import type { z } from 'zod';
import type { Scenario } from '../engine';
import { mergeOver } from './extends';
import { parseJson, type Position, type PositionMap } from './json-parse';
import { knownKeysAt } from './json-schema';
import { checkMeaning } from './meaning';
import { formatPath, type Problem } from './problems';
import { scenarioFileSchema } from './schema';
import { collectSources, describePath, type SourcedFigure } from './sources';
import { didYouMean } from './suggest';

/** Largest scenario file accepted, in characters. */
export const MAX_SCENARIO_CHARS = 1_000_000;
/** Longest chain of `extends`. */
export const MAX_EXTENDS = 4;

export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: Problem[]; sources: SourcedFigure[] }
  | { ok: false; problems: Problem[] };

/** Finds the text of a scenario named by `extends` (a shipped id, or a file beside the one that names it). */
export type ScenarioLookup = (ref: string, from: string) => { text: string; file: string } | undefined;

export interface LoadOptions {
  lookup?: ScenarioLookup;
  /** Names offered in "did you mean" when `extends` names nothing known. */
  knownScenarios?: readonly string[];
}

type Raw = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

export function loadScenario(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const positions: PositionMap = new WeakMap();
  const raw = readWithParents(text, file, options, positions, [file]);
  if (!raw.ok) return { ok: false, problems: raw.problems };

  const shape = scenarioFileSchema.safeParse(raw.value);
  if (!shape.success) {
    return { ok: false, problems: shape.error.issues.map((issue) => shapeProblem(issue, raw.value, positions, file)) };
  }
  const problems = checkMeaning(shape.data, file).map((p) => ({ ...locate(raw.value, p.pathKeys ?? [], positions), ...p, pathKeys: undefined }));
  const cleaned = problems.map(({ pathKeys: _keys, ...p }) => p);
  const errors = cleaned.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: cleaned };
  const sources = collectSources(raw.value).map((s) => ({ ...s, path: describePath(raw.value, s.path) }));
  return { ok: true, scenario: shape.data, warnings: cleaned, sources };
}

function readWithParents(text: string, file: string, options: LoadOptions, positions: PositionMap, chain: string[]): Raw {
  const fail = (message: string, at?: Position): Raw => ({
    ok: false,
    problems: [{ file: at?.file ?? file, line: at?.line, column: at?.column, path: '', severity: 'error', message }],
  });
  if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
  if (text.length > MAX_SCENARIO_CHARS) return fail(`The file is over the size limit of ${MAX_SCENARIO_CHARS.toLocaleString('en-US')} characters.`);
  const parsed = parseJson(text, file, positions);
  if (!parsed.ok) return fail(`This is not valid JSON: ${parsed.message}`, parsed.position);
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('A scenario file must be one JSON object { … }.');
  const ref = (value as Record<string, unknown>)['extends'];
  if (ref === undefined) return { ok: true, value };
  const at = positions.get(value)?.children['extends'];
  if (typeof ref !== 'string') return fail('"extends" must name a scenario, such as "china-2025".', at);
  if (chain.length > MAX_EXTENDS) return fail(`Scenarios may extend at most ${MAX_EXTENDS} levels deep.`, at);
  const parent = options.lookup?.(ref, file);
  if (!parent) return fail(`There is no scenario "${ref}" to extend.${didYouMean(ref, options.knownScenarios ?? [])}`, at);
  if (chain.includes(parent.file)) return fail(`"${ref}" extends this file again: scenarios cannot extend in a circle.`, at);
  const base = readWithParents(parent.text, parent.file, options, positions, [...chain, parent.file]);
  if (!base.ok) return base;
  return { ok: true, value: mergeOver(base.value, value, positions) };
}

/** The file position of the value at `path`, or of the nearest enclosing value that has one. */
function locate(root: unknown, path: readonly PropertyKey[], positions: PositionMap): Partial<Position> {
  let node: unknown = root;
  let found: Position | undefined = positions.get(root as object)?.self;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    const here = positions.get(node)?.children[String(key)];
    if (!here) break;
    found = here;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return found ? { file: found.file, line: found.line, column: found.column } : {};
}

function shapeProblem(issue: z.core.$ZodIssue, root: unknown, positions: PositionMap, file: string): Problem {
  const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  const base = { file, path: formatPath(path), severity: 'error' as const };
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    const known = knownKeysAt(root, path);
    const where = locate(root, [...path, key ?? ''], positions);
    const list = issue.keys.map((k) => `"${k}"`).join(', ');
    return { ...base, ...where, message: `Unknown key ${list}.${key ? didYouMean(key, known) : ''}` };
  }
  return { ...base, ...locate(root, path, positions), message: plainMessage(issue, valueAt(root, path)) };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TYPE_NAMES: Record<string, string> = { number: 'a number', string: 'text in quotes', boolean: 'true or false', object: 'an object { … }', array: 'a list [ … ]' };

function plainMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `This is required: ${TYPE_NAMES[issue.expected] ?? issue.expected}.` : `This should be ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      return issue.origin === 'array' ? `This list needs at least ${issue.minimum} item(s).` : issue.origin === 'string' ? 'This text is too short.' : `This must be at least ${issue.minimum}.`;
    case 'too_big':
      return issue.origin === 'array' ? `This list may have at most ${issue.maximum} items.` : issue.origin === 'string' ? `This text may be at most ${issue.maximum} characters.` : `This must be at most ${issue.maximum}.`;
    case 'invalid_value':
      return `This must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}.${typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : ''}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) {
        return `Unknown kind ${JSON.stringify(input)}; the kinds here are ${options.map(String).join(', ')}.${typeof input === 'string' ? didYouMean(input, options.map(String)) : ''}`;
      }
      const first = issue.errors[0]?.[0];
      return first ? `${plainMessage(first, input)} It may also be { "value": …, "source": { … } }.` : 'This value does not fit here.';
    }
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}
