// Source notes: every { "value": n, "source": {...} } in a scenario, by JSON path, so the game can show
// where a number came from. The engine gets plain numbers; the notes stay here.

export interface SourceNote {
  organisation: string;
  date: string;
  link?: string;
  note?: string;
}

export interface SourcedFigure {
  /** JSON path in the scenario, e.g. chips[0].price */
  path: string;
  /** The same path with list items named by id (chips[h100].price): where translations of its note are kept. */
  key?: string;
  value: number;
  source: SourceNote;
}

export function collectSources(raw: unknown): SourcedFigure[] {
  const found: SourcedFigure[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record['value'] === 'number' && record['source'] && typeof record['source'] === 'object') {
      found.push({ path, value: record['value'], source: record['source'] as SourceNote });
      return;
    }
    for (const key of Object.keys(record)) walk(record[key], path ? `${path}.${key}` : key);
  };
  walk(raw, '');
  return found;
}

/** A path as a reader would say it, using the names in the scenario: "Nvidia H100 › price". */
export function describePath(raw: unknown, path: string): string {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  const words: string[] = [];
  let node: unknown = raw;
  for (const part of parts) {
    const index = /^\d+$/.test(part) ? Number(part) : undefined;
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[index ?? part] : undefined;
    if (index !== undefined) {
      const named = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)['name'] ?? (node as Record<string, unknown>)['headline'] ?? (node as Record<string, unknown>)['id'] : undefined;
      words.push(typeof named === 'string' ? named : `#${index + 1}`);
    } else {
      words.push(part.replace(/([A-Z])/g, ' $1').toLowerCase());
    }
  }
  return words.join(' › ');
}
