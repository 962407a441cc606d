// Canonical serialisation (sorted keys) and a 64-bit FNV-1a-style hash made of two 32-bit lanes.

export function canonicalJson(value: unknown): string {
  // A state repeats a few hundred keys thousands of times: each is quoted once.
  const quoted = new Map<string, string>();
  const write = (item: unknown): string => {
    if (typeof item === 'number') return Number.isFinite(item) ? String(item) : 'null';
    if (item === null || typeof item !== 'object') return JSON.stringify(item) ?? 'null';
    if (Array.isArray(item)) {
      let out = '';
      for (let i = 0; i < item.length; i += 1) out += (i > 0 ? ',' : '') + write(item[i]);
      return `[${out}]`;
    }
    const record = item as Record<string, unknown>;
    let out = '';
    // The default sort compares UTF-16 code units, as compareCodeUnits does, without a call per comparison.
    for (const key of Object.keys(record).sort()) {
      const field = record[key];
      if (field === undefined) continue;
      let name = quoted.get(key);
      if (name === undefined) quoted.set(key, (name = JSON.stringify(key)));
      out += (out === '' ? '' : ',') + name + ':' + write(field);
    }
    return `{${out}}`;
  };
  return write(value);
}

/** Plain code-unit order (never locale order). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hashString(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  return hex32(h1 ^ (h2 >>> 7)) + hex32(h2 ^ (h1 >>> 11));
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** Hash of a whole game state over its canonical serialisation; the scenario counts by its fingerprint (`scenarioHash`). */
export function stateHash(state: { scenario: unknown; scenarioHash: string }): string {
  return hashString(canonicalJson({ ...state, scenario: undefined }));
}
