import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extendingJsonSchema, scenarioJsonSchema } from '../../src/scenario/json-schema';

type Json = Record<string, unknown>;

describe('the JSON Schema editors read', () => {
  it('scenarios/schema.json and schema-extends.json are up to date (run `npm run scenario -- schema`)', () => {
    expect(JSON.parse(readFileSync('scenarios/schema.json', 'utf8'))).toEqual(scenarioJsonSchema());
    expect(JSON.parse(readFileSync('scenarios/schema-extends.json', 'utf8'))).toEqual(extendingJsonSchema());
  });

  it('describes every field, so the editor can explain it', () => {
    const schema = scenarioJsonSchema();
    const defs = (schema['$defs'] ?? {}) as Record<string, Json>;
    const missing: string[] = [];
    const visit = (node: Json, path: string) => {
      const properties = node['properties'] as Record<string, Json> | undefined;
      for (const [key, child] of Object.entries(properties ?? {})) {
        const described = typeof child['description'] === 'string'
          || (typeof child['$ref'] === 'string' && typeof defs[(child['$ref'] as string).slice(8)]?.['description'] === 'string');
        if (!described) missing.push(`${path}.${key}`);
      }
      for (const [key, child] of Object.entries(properties ?? {})) visit(child, `${path}.${key}`);
      for (const option of (node['anyOf'] ?? node['oneOf'] ?? []) as Json[]) visit(option, `${path}[kind]`);
      for (const branch of (node['allOf'] ?? []) as Json[]) if (branch['then']) visit(branch['then'] as Json, `${path}[kind]`);
      if (node['items']) visit(node['items'] as Json, `${path}[]`);
    };
    visit(schema, '');
    for (const [name, def] of Object.entries(defs)) visit(def, `$defs.${name}`);
    expect(missing).toEqual([]);
  });

  it('lets a file that extends another leave everything out and mark items for removal', () => {
    // Only the `if` that picks a kind's fields by its "kind" still requires a key.
    const partial = JSON.stringify(extendingJsonSchema(), (key, value: unknown) => (key === 'if' ? undefined : value));
    expect(partial).not.toContain('"required"');
    expect(partial).toContain('"$remove"');
  });
});
