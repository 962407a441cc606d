// The JSON Schema editors read (scenarios/schema.json), generated from the loader's own zod schema,
// and a partial variant for files that `extends` another and give only what they change.
import { z } from 'zod';
import { REMOVE } from './extends';
import { scenarioFileSchema } from './schema';

type Json = Record<string, unknown>;

let full: Json | undefined;

export function scenarioJsonSchema(): Json {
  full ??= {
    ...(z.toJSONSchema(scenarioFileSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' }) as Json),
    title: 'Shakeout scenario',
    description: 'A world for the game Shakeout. See scenarios/README.md.',
  };
  return full;
}

/** The same schema with nothing required and "$remove" allowed on items with an id: for files that extend another. */
export function extendingJsonSchema(): Json {
  const relax = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(relax);
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === 'required') continue;
      out[key] = relax(value);
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
  const schema = scenarioJsonSchema();
  const defs = (schema['$defs'] ?? {}) as Record<string, Json>;
  // Follows "$ref": "#/$defs/<name>" (repeated parts of the schema are stored once).
  const deref = (node: Json | undefined): Json | undefined => {
    const ref = node?.['$ref'];
    return typeof ref === 'string' && ref.startsWith('#/$defs/') ? deref(defs[ref.slice(8)]) : node;
  };
  const pick = (node: Json | undefined, value: unknown) => deref(pickOption(deref(node), value, deref));
  let node: Json | undefined = schema;
  let value: unknown = root;
  for (const key of path) {
    node = pick(node, value);
    if (!node) return [];
    if (node['type'] === 'array') node = deref(node['items'] as Json | undefined);
    else if (node['properties'] && typeof key === 'string') node = deref((node['properties'] as Json)[key] as Json | undefined);
    else if (node['additionalProperties'] && typeof node['additionalProperties'] === 'object') node = deref(node['additionalProperties'] as Json);
    else return [];
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  node = pick(node, value);
  return node?.['properties'] ? Object.keys(node['properties'] as Json) : [];
}

/** Among union options, the object option matching the value (by its "kind" when there is one). */
function pickOption(node: Json | undefined, value: unknown, deref: (n: Json | undefined) => Json | undefined): Json | undefined {
  const options = ((node?.['anyOf'] ?? node?.['oneOf']) as Json[] | undefined)?.map((o) => deref(o) ?? o);
  if (!options) return node;
  const objects = options.filter((o) => o['type'] === 'object' || o['properties']);
  const kind = value !== null && typeof value === 'object' ? (value as Json)['kind'] : undefined;
  return objects.find((o) => ((o['properties'] as Json | undefined)?.['kind'] as Json | undefined)?.['const'] === kind) ?? objects[0] ?? node;
}
