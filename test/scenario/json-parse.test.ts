import { describe, expect, it } from 'vitest';
import { parseJson, type PositionMap } from '../../src/scenario/json-parse';

describe('the scenario JSON reader', () => {
  it('reads plain and escaped strings as JSON.parse does, and places each key by line and column', () => {
    const text = '{\n  "plain": "GPT-4o costs ~$4.40 (3:1 blend)",\n  "escaped": "a \\"quote\\", a \\\\ and \\u00e9",\n  "after": 1\n}';
    const positions: PositionMap = new WeakMap();
    const parsed = parseJson(text, 'f.json', positions);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value).toEqual(JSON.parse(text));
    const keys = positions.get(parsed.value as object)!.children;
    expect([keys['plain'], keys['escaped'], keys['after']].map((p) => [p!.line, p!.column])).toEqual([[2, 3], [3, 3], [4, 3]]);
  });

  it('refuses a raw line break inside a string, at the line it is on', () => {
    const parsed = parseJson('{\n  "note": "two\nlines"\n}', 'f.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect([parsed.message, parsed.position.line]).toEqual(['A string may not contain a line break or control character; use \\n.', 2]);
  });

  it('keeps "__proto__" and "constructor" as the object\'s own data, never its prototype', () => {
    const parsed = parseJson('{ "__proto__": { "polluted": true }, "constructor": 3 }', 'f.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(value['constructor']).toBe(3);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
