// Turns the text of a scenario file into engine data, or into every problem found. Never throws, never evaluates.
import { ZodArray, ZodDefault, type z } from 'zod';
import type { Scenario } from '../engine';
import { mergeOver } from './extends';
import { parseJson, type Position, type PositionMap } from './json-parse';
import { knownKeysAt } from './json-schema';
import { checkMeaning } from './meaning';
import { formatPath, type Problem } from './problems';
import { scenarioFileSchema } from './schema';
import { collectSources, describePath, type SourcedFigure } from './sources';
import { didYouMean } from './suggest';
import { checkerText } from './checker-text';
import { count, getLanguage, list, t, type MessageKey } from '../i18n';
import { quotedList } from './meaning';
import { keyOfPath } from './text-keys';

/** Largest scenario file accepted, in characters. */
export const MAX_SCENARIO_CHARS = 1_000_000;
/** Longest chain of `extends`. */
export const MAX_EXTENDS = 4;

export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: Problem[]; sources: SourcedFigure[] }
  | { ok: false; problems: Problem[] };

/**
 * Finds the text of a scenario named by `extends` (a shipped id, or a file beside the one that names it), or says why
 * it cannot (`problem`, a sentence), or gives undefined when it knows no such name.
 */
export type ScenarioLookup = (ref: string, from: string) => { text: string; file: string } | { problem: string } | undefined;

export interface LoadOptions {
  lookup?: ScenarioLookup;
  /** Names offered in "did you mean" when `extends` names nothing known. */
  knownScenarios?: readonly string[];
}

/** A file read and merged over what it extends, with problems found on the way that do not stop the other checks. */
type Raw = { ok: true; value: unknown; problems: Problem[] } | { ok: false; problems: Problem[] };

export function loadScenario(text: string, file: string, options: LoadOptions = {}): LoadResult {
  const positions: PositionMap = new WeakMap();
  const raw = readWithParents(text, file, options, positions, [file]);
  if (!raw.ok) return { ok: false, problems: raw.problems };

  const shape = scenarioFileSchema.safeParse(raw.value);
  const shapeProblems = shape.success ? [] : shape.error.issues.map((issue) => shapeProblem(issue, raw.value, positions, file));
  // Meaning is checked on what is well shaped, so one round shows every problem the file has.
  const checked = shape.success ? shape.data : wellShapedParts(raw.value);
  const meaning = checked ? meaningOf(checked, file, raw.value, shape.success) : [];
  const cleaned = meaning.map(({ pathKeys, ...p }) => ({ ...locate(raw.value, pathKeys ?? [], positions), ...p }));
  const problems = [...raw.problems, ...shapeProblems, ...cleaned];
  if (!shape.success || problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const sources = collectSources(raw.value).map((s) => ({ ...s, key: keyOfPath(raw.value, s.path), path: describePath(raw.value, s.path) }));
  return { ok: true, scenario: shape.data, warnings: cleaned, sources };
}

function meaningOf(scenario: Scenario, file: string, raw: unknown, whole: boolean): Problem[] {
  if (whole) return checkMeaning(scenario, file, raw);
  // A check that trips over a hole would only hide the shape problems already found: they come first.
  try {
    return checkMeaning(scenario, file, raw);
  } catch {
    return [];
  }
}

/**
 * The scenario with every list item that is not well shaped left as a hole (so the others keep their places), when
 * everything outside those lists is well shaped; otherwise undefined. Holes are skipped by the meaning checks.
 */
function wellShapedParts(value: unknown): Scenario | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const fields = scenarioFileSchema.in.shape;
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const whole = schema.safeParse(record[key]);
    if (whole.success) {
      out[key] = whole.data;
      continue;
    }
    const list = record[key];
    const items = schema instanceof ZodDefault ? schema.def.innerType : schema;
    if (!Array.isArray(list) || !(items instanceof ZodArray)) return undefined;
    const kept: unknown[] = new Array(list.length);
    list.forEach((item, i) => {
      const one = items.element.safeParse(item);
      if (one.success) kept[i] = one.data;
    });
    out[key] = kept;
  }
  return out as unknown as Scenario;
}

function readWithParents(text: string, file: string, options: LoadOptions, positions: PositionMap, chain: string[]): Raw {
  const fail = (message: string, at?: Position): Raw => ({
    ok: false,
    problems: [{ file: at?.file ?? file, line: at?.line, column: at?.column, path: '', severity: 'error', message }],
  });
  if (typeof text !== 'string' || text.trim() === '') return fail(t('check.empty'));
  // A byte-order mark, which some editors put first, is no part of the JSON: the browser's reader drops it too.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_SCENARIO_CHARS) return fail(t('check.tooLarge', { count: count(MAX_SCENARIO_CHARS) }));
  const parsed = parseJson(text, file, positions);
  if (!parsed.ok) return fail(t('check.notJson', { reason: parsed.message }), parsed.position);
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail(t('check.notObject'));
  const ref = (value as Record<string, unknown>)['extends'];
  if (ref === undefined) return { ok: true, value, problems: [] };
  const at = positions.get(value)?.children['extends'];
  if (typeof ref !== 'string') return fail(t('check.extendsNotText'), at);
  if (chain.length > MAX_EXTENDS) return fail(t('check.extendsDeep', { count: MAX_EXTENDS }), at);
  const parent = options.lookup?.(ref, file);
  if (parent && 'problem' in parent) return fail(parent.problem, at);
  if (!parent) return fail(t('check.noParent', { ref, hint: didYouMean(ref, options.knownScenarios ?? []) }), at);
  if (chain.includes(parent.file)) return fail(t('check.extendsCircle', { ref }), at);
  const base = readWithParents(parent.text, parent.file, options, positions, [...chain, parent.file]);
  if (!base.ok) return base;
  const problems = [...base.problems];
  if (!Object.hasOwn(value, 'id')) {
    const parentId = (base.value as Record<string, unknown>)['id'];
    const self = positions.get(value)?.self;
    problems.push({ file, line: self?.line, column: self?.column, path: '', severity: 'error',
      message: t('check.needsId', { id: JSON.stringify(parentId) }) });
  }
  return { ok: true, value: mergeOver(base.value, value, positions), problems };
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
    const moved = key && Object.hasOwn(MOVED_KEYS, key) ? MOVED_KEYS[key] : undefined;
    const hint = moved ? t('check.movedKey', { key: JSON.stringify(key), now: moved }) : key ? didYouMean(key, known) : '';
    return { ...base, ...where, message: t('check.unknownKey', { keys: quotedList(issue.keys), hint }) };
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

/** Keys of an earlier format, and where their values live now (a file written before segments were data). */
const MOVED_KEYS: Readonly<Record<string, string>> = { apiPrice: '"prices": { "api": … }', consumerPrice: '"prices": { "consumer": … }' };

const TYPE_NAMES = ['number', 'string', 'boolean', 'object', 'array'];
/** A zod type in words; a record (an object keyed by ids) reads as an object. */
const typeName = (type: string) => {
  const plain = type === 'record' ? 'object' : type;
  return TYPE_NAMES.includes(plain) ? t(`check.type.${plain}` as MessageKey) : type;
};
/** JSON values side by side, as "or" joins them in the language: "a" or "b"; "a"或"b". */
const either = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(getLanguage() === 'zh-CN' ? '或' : ' or ');

function plainMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return t(input === undefined ? 'check.required' : 'check.shouldBe', { what: typeName(issue.expected) });
    case 'too_small':
      return issue.origin === 'array' ? t('check.listMin', { count: Number(issue.minimum) }) : issue.origin === 'string' ? t('check.textShort') : t('check.atLeast', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'array' ? t('check.listMax', { count: Number(issue.maximum) }) : issue.origin === 'string' ? t('check.textLong', { count: Number(issue.maximum) }) : t('check.atMost', { max: Number(issue.maximum) });
    case 'invalid_value':
      if (input === undefined) return t('check.required', { what: either(issue.values) });
      return t('check.mustBe', { values: either(issue.values), hint: typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : '' });
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options && input === undefined) return t('check.needsKind', { kinds: list(options.map(String)) });
      if (options) {
        return t('check.unknownKind', { kind: JSON.stringify(input), kinds: list(options.map(String)), hint: typeof input === 'string' ? didYouMean(input, options.map(String)) : '' });
      }
      const first = issue.errors[0]?.[0];
      return first ? t('check.orSourced', { message: plainMessage(first, input) }) : t('check.doesNotFit');
    }
    case 'invalid_key': {
      // A record keyed by ids (segments, a lab's chips or prices...) with a key that is not an id.
      const key = JSON.stringify(String(issue.path.at(-1)));
      const why = issue.issues[0]?.message;
      return why ? t('check.notAnIdBecause', { key, why: checkerText(why) }) : t('check.notAnId', { key });
    }
    case 'invalid_format':
      return checkerText(issue.message);
    default:
      return checkerText(issue.message);
  }
}
