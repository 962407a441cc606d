// The JSON Schema editors read (scenarios/schema.json), generated from the loader's own zod schema,
// and a partial variant for files that `extends` another and give only what they change.
import { z } from './zod';
import { REMOVE } from './extends';
import { scenarioFileSchema } from './schema';

type Json = Record<string, unknown>;

let shape: Json | undefined;
let full: Json | undefined;

/**
 * The loader's zod schema as JSON Schema, unions of kinds as plain `oneOf`: what the checker's "did you mean" and the
 * guide's field reference walk.
 */
export function shapeJsonSchema(): Json {
  shape ??= {
    ...(z.toJSONSchema(scenarioFileSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' }) as Json),
    title: 'Shakeout scenario',
    description: 'A world for the game Shakeout. See scenarios/README.md.',
  };
  return shape;
}

/**
 * The schema editors read (scenarios/schema.json): the same, with each union of kinds (conditions, effects,
 * objectives) discriminated by its "kind" so an editor offers every kind with its meaning, then that kind's fields.
 */
export function scenarioJsonSchema(): Json {
  full ??= byKind(shapeJsonSchema());
  return full;
}

/**
 * Rewrites every `oneOf` whose options each have a constant "kind" as: "kind" is one of an `enum` (with a description
 * for each, which VS Code and other editors show in completions), and `if` the kind is K `then` option K applies.
 * A `oneOf` leaves editors guessing which option is meant, so they offer only the kinds of options that half fit.
 */
function byKind(schema: Json): Json {
  const defs = (schema['$defs'] ?? {}) as Record<string, Json>;
  const resolve = (node: Json | undefined): Json | undefined => {
    const ref = node?.['$ref'];
    return typeof ref === 'string' && ref.startsWith('#/$defs/') ? resolve(defs[ref.slice(8)]) : node;
  };
  const kindOf = (option: Json) => resolve((resolve(option)?.['properties'] as Json | undefined)?.['kind'] as Json | undefined);
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node as Json)) out[key] = rewrite(value);
    const options = out['oneOf'] as Json[] | undefined;
    const kinds = options?.map((o) => kindOf(o));
    if (!options || !kinds?.every((k) => typeof k?.['const'] === 'string')) return out;
    const { oneOf: _options, ...rest } = out;
    const names = kinds.map((k) => k!['const'] as string);
    const meanings = kinds.map((k, i) => String(k!['description'] ?? resolve(options[i])?.['description'] ?? ''));
    return {
      ...rest,
      type: 'object',
      properties: {
        kind: {
          type: 'string',
          enum: names,
          enumDescriptions: meanings,
          markdownEnumDescriptions: meanings,
          description: `Which kind this is: ${names.join(', ')}. Each kind has its own fields.`,
        },
      },
      required: ['kind'],
      allOf: options.map((option, i) => ({ if: { properties: { kind: { const: names[i] } }, required: ['kind'] }, then: option })),
    };
  };
  return rewrite(schema) as Json;
}

/** The same schema with nothing required and "$remove" allowed on items with an id: for files that extend another. */
export function extendingJsonSchema(): Json {
  const relax = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(relax);
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === 'required') continue;
      // An `if` names the kind its `then` is for: it keeps its "required", or it would hold for an object with no kind.
      out[key] = key === 'if' ? value : relax(value);
    }
    const properties = out['properties'] as Json | undefined;
    if (properties && 'id' in properties) {
      out['properties'] = { ...properties, [REMOVE]: { type: 'boolean', description: 'Remove the item with this id from the scenario being extended.' } };
    }
    return out;
  };
  return { ...(relax(scenarioJsonSchema()) as Json), title: 'Shakeout scenario that extends another' };
}

/** Keys the schema allows for the object at `path` in `root` (used for "did you mean"). */
export function knownKeysAt(root: unknown, path: readonly PropertyKey[]): string[] {
  let node: Json | undefined = shapeJsonSchema();
  let value: unknown = root;
  for (const key of path) {
    node = childSchema(node, value, key);
    if (!node) return [];
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  node = optionFor(node, value);
  return node?.['properties'] ? Object.keys(node['properties'] as Json) : [];
}

/** The schema of `value[key]`, given the schema of `value` (lists, objects, maps keyed by id, and tagged unions). */
export function childSchema(node: Json | undefined, value: unknown, key: PropertyKey): Json | undefined {
  const here = optionFor(node, value);
  if (!here) return undefined;
  if (here['type'] === 'array') return deref(here['items'] as Json | undefined);
  if (here['properties'] && typeof key === 'string') return deref((here['properties'] as Json)[key] as Json | undefined);
  if (here['additionalProperties'] && typeof here['additionalProperties'] === 'object') return deref(here['additionalProperties'] as Json);
  return undefined;
}

/** Whether the schema at this node takes a number with a source note, { "value": n, "source": {...} }. */
export function acceptsSource(node: Json | undefined): boolean {
  const options = (deref(node)?.['anyOf'] ?? deref(node)?.['oneOf']) as Json[] | undefined;
  return options?.some((o) => Boolean((deref(o)?.['properties'] as Json | undefined)?.['source'])) ?? false;
}

/** Follows "$ref": "#/$defs/<name>" (repeated parts of the schema are stored once). */
function deref(node: Json | undefined): Json | undefined {
  const ref = node?.['$ref'];
  const defs = (shapeJsonSchema()['$defs'] ?? {}) as Record<string, Json>;
  return typeof ref === 'string' && ref.startsWith('#/$defs/') ? deref(defs[ref.slice(8)]) : node;
}

/** Among union options, the object option matching the value (by its "kind" when there is one). */
function optionFor(raw: Json | undefined, value: unknown): Json | undefined {
  const node = deref(raw);
  const options = ((node?.['anyOf'] ?? node?.['oneOf']) as Json[] | undefined)?.map((o) => deref(o) ?? o);
  if (!options) return node;
  const objects = options.filter((o) => o['type'] === 'object' || o['properties']);
  const kind = value !== null && typeof value === 'object' ? (value as Json)['kind'] : undefined;
  const kindOf = (o: Json) => deref((o['properties'] as Json | undefined)?.['kind'] as Json | undefined)?.['const'];
  return objects.find((o) => kindOf(o) === kind) ?? objects[0] ?? node;
}
