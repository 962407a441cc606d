// The player-facing text of a scenario file, each string under a key that survives reordering: list items with an
// "id" are named by it (events[h20-ban].headline), others by place (teachingGoals[0]). Translation files use these keys.

export interface TextEntry {
  key: string;
  /** The text as the scenario file writes it. */
  text: string;
}

/** Fields whose string is shown to players, wherever they sit (source notes included). */
const TEXT_FIELDS = new Set(['title', 'premise', 'name', 'headline', 'body', 'teachingNote', 'label']);
const SOURCE_FIELDS = new Set(['organisation', 'note']);
/** Lists whose names are proper names of things outside the game's world (model names): never translated. */
const NAMES_KEPT = new Set(['models', 'effects']);

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasIds = (list: unknown[]): boolean => list.length > 0 && list.every((item) => isRecord(item) && typeof item['id'] === 'string');

/** The key of a list item: its id where every item of the list has one, else its place. */
export function itemKey(list: unknown[], index: number): string {
  return hasIds(list) ? `[${String((list[index] as Record<string, unknown>)['id'])}]` : `[${index}]`;
}

/** Every player-facing string of a raw scenario (as parsed from JSON, before or after `extends` is merged). */
export function textEntries(raw: unknown): TextEntry[] {
  const found: TextEntry[] = [];
  const walk = (node: unknown, key: string, inSource: boolean, keepNames: boolean) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${key}${itemKey(node, i)}`, inSource, keepNames));
      return;
    }
    if (!isRecord(node)) return;
    for (const field of Object.keys(node)) {
      const value = node[field];
      const here = key ? `${key}.${field}` : field;
      if (typeof value === 'string') {
        const shown = inSource ? SOURCE_FIELDS.has(field) : TEXT_FIELDS.has(field) && !(field === 'name' && keepNames);
        if (shown && value.trim() !== '') found.push({ key: here, text: value });
      } else if (field === 'teachingGoals' && Array.isArray(value) && !inSource) {
        value.forEach((goal, i) => { if (typeof goal === 'string') found.push({ key: `${here}[${i}]`, text: goal }); });
      } else {
        walk(value, here, inSource || field === 'source', keepNames || NAMES_KEPT.has(field));
      }
    }
  };
  walk(raw, '', false, false);
  return found;
}

/** The key of the value at an index path such as chips[2].price, for finding a source note's translation. */
export function keyOfPath(raw: unknown, path: string): string {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node: unknown = raw;
  let key = '';
  for (const part of parts) {
    if (/^\d+$/.test(part) && Array.isArray(node)) {
      key += itemKey(node, Number(part));
      node = node[Number(part)];
    } else {
      key = key ? `${key}.${part}` : part;
      node = isRecord(node) ? node[part] : undefined;
    }
  }
  return key;
}
