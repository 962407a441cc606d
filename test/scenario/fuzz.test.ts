import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { shippedOptions } from '../../src/scenario/shipped';

const tutorial = readFileSync('scenarios/tutorial.json', 'utf8');

/** The loader's contract: it returns a result with problems or a scenario, and never throws. */
function wellBehaved(text: string): boolean {
  const result = loadScenario(text, 'fuzz.json', shippedOptions);
  if (result.ok) return typeof result.scenario === 'object';
  return result.problems.length > 0 && result.problems.every((p) => p.message.length > 0 && (p.severity === 'error' || p.severity === 'warning'));
}

describe('the loader under hostile input', () => {
  it('survives random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => wellBehaved(text)), { seed: 1, numRuns: 300 });
  });

  it('survives random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => wellBehaved(JSON.stringify(value))), { seed: 2, numRuns: 300 });
  });

  it('survives the shipped tutorial cut, spliced and bit-flipped', () => {
    const mutation = fc.oneof(
      fc.integer({ min: 0, max: tutorial.length }).map((at) => tutorial.slice(0, at)),
      fc.tuple(fc.integer({ min: 0, max: tutorial.length }), fc.string({ maxLength: 20 })).map(([at, junk]) => tutorial.slice(0, at) + junk + tutorial.slice(at)),
      fc.tuple(fc.integer({ min: 0, max: tutorial.length - 1 }), fc.integer({ min: 0, max: 15 })).map(([at, bit]) =>
        tutorial.slice(0, at) + String.fromCharCode(tutorial.charCodeAt(at) ^ (1 << bit)) + tutorial.slice(at + 1)),
    );
    fc.assert(fc.property(mutation, (text) => wellBehaved(text)), { seed: 3, numRuns: 300 });
  });

  it('survives structurally mutated scenarios: values swapped for hostile ones anywhere in the tree', () => {
    const hostile = fc.constantFrom<unknown>(null, -1, 0, 1e308, -1e308, '', 'x'.repeat(500), [], {}, true, { __proto__: 1 }, { constructor: { prototype: 1 } }, 1e21, 0.5);
    const base = JSON.parse(tutorial) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
      else if (node && typeof node === 'object') Object.entries(node).forEach(([k, v]) => walk(v, [...path, k]));
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), hostile, (path, value) => {
        const copy = JSON.parse(tutorial) as Record<string | number, unknown>;
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path.at(-1)!] = value;
        return wellBehaved(JSON.stringify(copy));
      }),
      { seed: 4, numRuns: 400 },
    );
  });

  it('never lets a __proto__ key reach a prototype', () => {
    loadScenario('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}', 'p.json', shippedOptions);
    loadScenario('{"extends": "tutorial", "labs": [{"id": "__proto__", "polluted": true}]}', 'p.json', shippedOptions);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects files over the size cap without reading them as JSON', () => {
    const result = loadScenario(`{"a": "${'x'.repeat(1_000_001)}"}`, 'big.json', shippedOptions);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/size limit/);
  });
});
