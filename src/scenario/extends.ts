// `extends`: a scenario names another and overrides only what it changes.
// Merge rules: objects merge key by key; lists whose items all have an "id" merge by id
// (an item with "$remove": true removes that id); any other value replaces the parent's.
import type { NodePositions, Position, PositionMap } from './json-parse';

export const REMOVE = '$remove';

type Plain = Record<string, unknown>;
const isObject = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown): v is Plain[] => Array.isArray(v) && v.every((item) => isObject(item) && typeof item['id'] === 'string');

/** Merges `child` over `parent`, recording where each merged key came from in `positions`. */
export function mergeOver(parent: unknown, child: unknown, positions: PositionMap): unknown {
  if (isObject(parent) && isObject(child)) return mergeObjects(parent, child, positions);
  if (hasIds(parent) && hasIds(child)) return mergeById(parent, child, positions);
  return child;
}

function define(target: Plain, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mergeObjects(parent: Plain, child: Plain, positions: PositionMap): Plain {
  const out: Plain = {};
  const from = { parent: positions.get(parent), child: positions.get(child) };
  const children: Record<string, Position> = {};
  for (const key of Object.keys(parent)) {
    if (key === 'extends') continue;
    define(out, key, Object.hasOwn(child, key) ? mergeOver(parent[key], child[key], positions) : parent[key]);
    const where = Object.hasOwn(child, key) ? from.child?.children[key] : from.parent?.children[key];
    if (where) children[key] = where;
  }
  for (const key of Object.keys(child)) {
    if (key === 'extends' || Object.hasOwn(parent, key)) continue;
    define(out, key, child[key]);
    const where = from.child?.children[key];
    if (where) children[key] = where;
  }
  const self = from.child?.self ?? from.parent?.self;
  if (self) positions.set(out, { self, children });
  return out;
}

function mergeById(parent: Plain[], child: Plain[], positions: PositionMap): Plain[] {
  const out: Plain[] = [];
  const where: Position[] = [];
  const parentAt = positions.get(parent);
  const childAt = positions.get(child);
  const childById = new Map(child.map((item, index) => [item['id'] as string, { item, index }]));
  parent.forEach((item, index) => {
    const override = childById.get(item['id'] as string);
    if (override?.item[REMOVE] === true) return;
    if (override) {
      const { [REMOVE]: _ignored, ...rest } = override.item;
      positions.set(rest, positions.get(override.item) as NodePositions);
      out.push(mergeObjects(item, rest, positions));
      const at = childAt?.children[String(override.index)];
      if (at) where.push(at);
    } else {
      out.push(item);
      const at = parentAt?.children[String(index)];
      if (at) where.push(at);
    }
  });
  const parentIds = new Set(parent.map((item) => item['id']));
  child.forEach((item, index) => {
    if (parentIds.has(item['id']) || item[REMOVE] === true) return;
    out.push(item);
    const at = childAt?.children[String(index)];
    if (at) where.push(at);
  });
  const self = childAt?.self ?? parentAt?.self;
  if (self) positions.set(out, { self, children: Object.fromEntries(where.map((p, i) => [String(i), p])) });
  return out;
}
