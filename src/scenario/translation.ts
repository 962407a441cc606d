// Translation files: a scenario's player-facing text in another language, kept beside the scenario
// (china-2025.zh-CN.json beside china-2025.json). The engine and the scenario's hash never see them.
import { z } from './zod';
import { DIRECTION_CONTROLS } from '../engine';
import { parseJson, type Position, type PositionMap } from './json-parse';
import type { ScenarioLookup } from './load';
import type { Problem } from './problems';
import { didYouMean } from './suggest';
import { checkerText } from './checker-text';
import { t } from '../i18n';
import { textEntries } from './text-keys';

/** Languages a translation file may be written in (BCP 47 tags the game knows). */
export const TRANSLATION_LANGUAGES = ['zh-CN'] as const;
/** A translation file's name: the scenario's file name with the language before .json. */
export const TRANSLATION_FILE = /^(.+)\.(zh-CN)\.json$/;

export const translationFileSchema = z.strictObject({
  $schema: z.string().max(300).optional().describe('Where editors find this schema: "./schema-translation.json" beside the shipped scenarios.'),
  scenario: z.string().max(40).describe('Id of the scenario this file translates.'),
  language: z.enum(TRANSLATION_LANGUAGES).describe('The language of the text, as a BCP 47 tag.'),
  text: z.record(z.string().max(200), z.string().min(1).max(2000)
    .refine((value) => !DIRECTION_CONTROLS.test(value), { message: 'check.directionControl' })
    .describe('The text in this language.'))
    .describe('The translated text by key: a JSON path into the scenario where list items with an "id" are named by it, e.g. "events[deepseek-r1].headline", "teachingGoals[0]", "regions[us].researcherCostPerYear.source.note".'),
}).describe('A scenario\'s player-facing text in another language.');

export type TranslationFile = z.output<typeof translationFileSchema>;

export type ParsedTranslation = { ok: true; translation: TranslationFile; positions: PositionMap; root: object } | { ok: false; problems: Problem[] };

export function parseTranslation(text: string, file: string): ParsedTranslation {
  const fail = (message: string, at?: Position, path = ''): ParsedTranslation =>
    ({ ok: false, problems: [{ file, line: at?.line, column: at?.column, path, severity: 'error', message }] });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = parseJson(text, file);
  if (!parsed.ok) return fail(t('check.notJson', { reason: parsed.message }), parsed.position);
  const shape = translationFileSchema.safeParse(parsed.value);
  if (!shape.success) {
    const problems: Problem[] = shape.error.issues.map((issue) => {
      const at = positionAt(parsed.value, issue.path.map(String), parsed.positions);
      return { file, ...at, path: issue.path.map(String).join('.'), severity: 'error', message: checkerText(issue.message) };
    });
    return { ok: false, problems };
  }
  return { ok: true, translation: shape.data, positions: parsed.positions, root: parsed.value as object };
}

/**
 * What is wrong with a translation of a scenario, as warnings: text of the scenario file with no entry (missing), and
 * entries whose key names no text of the scenario (stale: the text was removed or its id renamed). `own` is the
 * scenario file as written; `chain` is it and every file it extends (a key may name inherited text).
 */
export function checkTranslation(parsed: Extract<ParsedTranslation, { ok: true }>, own: unknown, chain: readonly unknown[], scenarioId: string, file: string): Problem[] {
  const { translation, positions, root } = parsed;
  const problems: Problem[] = [];
  const textAt = positions.get(root)?.children['text'];
  const entries = (translation.text as Record<string, string>);
  if (translation.scenario !== scenarioId) {
    problems.push({ file, ...positionAt(root, ['scenario'], positions), path: 'scenario', severity: 'warning', message: t('check.translation.otherScenario', { named: translation.scenario, actual: scenarioId }) });
  }
  const knownKeys = new Set(chain.flatMap((raw) => textEntries(raw).map((e) => e.key)));
  for (const { key } of textEntries(own)) {
    if (!Object.hasOwn(entries, key)) {
      problems.push({ file, line: textAt?.line, column: textAt?.column, path: key, severity: 'warning', message: t('check.translation.missing', { language: translation.language, key }) });
    }
  }
  const textNode = (root as Record<string, unknown>)['text'];
  for (const key of Object.keys(entries)) {
    if (knownKeys.has(key)) continue;
    const at = textNode && typeof textNode === 'object' ? positions.get(textNode)?.children[key] : undefined;
    problems.push({ file, line: at?.line, column: at?.column, path: key, severity: 'warning',
      message: t('check.translation.stale', { key, hint: didYouMean(key, [...knownKeys]) }) });
  }
  return problems;
}

function positionAt(root: unknown, path: readonly string[], positions: PositionMap): { line?: number; column?: number } {
  let node = root;
  let found = root && typeof root === 'object' ? positions.get(root)?.self : undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    const here = positions.get(node)?.children[key];
    if (!here) break;
    found = here;
    node = (node as Record<string, unknown>)[key];
  }
  return found ? { line: found.line, column: found.column } : {};
}

/** The JSON Schema for translation files, for editors (scenarios/schema-translation.json). */
export function translationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(translationFileSchema, { io: 'input' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://shakeout.game/scenarios/schema-translation.json', title: 'Shakeout scenario translation' };
}

/** Reads a scenario's text as plain JSON, following `extends` through `lookup`: the file as written, and merged keys. */
function scenarioRaws(text: string, file: string, lookup: ScenarioLookup | undefined): { own: unknown; merged: unknown[] } | undefined {
  const read = (source: string): unknown => {
    const parsed = parseJson(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, file);
    return parsed.ok ? parsed.value : undefined;
  };
  const own = read(text);
  if (own === undefined) return undefined;
  const merged: unknown[] = [own];
  let node: unknown = own;
  let from = file;
  for (let depth = 0; depth < 4; depth += 1) {
    const ref = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)['extends'] : undefined;
    const parent = typeof ref === 'string' ? lookup?.(ref, from) : undefined;
    if (!parent || !('text' in parent)) break;
    node = read(parent.text);
    from = parent.file;
    merged.push(node);
  }
  return { own, merged };
}

/**
 * Every problem of a translation file checked against the scenario it translates: its own shape (errors), then missing
 * and stale text (warnings).
 */
export function translationProblems(translationText: string, translationFile: string, scenarioSource: string, scenarioFile: string, lookup?: ScenarioLookup): Problem[] {
  const parsed = parseTranslation(translationText, translationFile);
  if (!parsed.ok) return parsed.problems;
  const raws = scenarioRaws(scenarioSource, scenarioFile, lookup);
  if (!raws) return [{ file: translationFile, path: '', severity: 'error', message: t('check.translation.parentNotJson', { file: scenarioFile }) }];
  const own = raws.own as Record<string, unknown>;
  const id = typeof own['id'] === 'string' ? own['id'] : '';
  // Keys of every file in the chain count as known: a translation may name inherited text.
  return checkTranslation(parsed, own, raws.merged, id, translationFile);
}
