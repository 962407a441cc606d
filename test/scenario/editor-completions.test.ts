// What an author's editor offers: VS Code's own JSON language service, reading the shipped schema through a scenario
// file's "$schema", asked for completions where a new effect's, condition's or objective's "kind" is typed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getLanguageService, type CompletionItem } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { conditionKinds, effectKinds, objectiveKinds } from '../../src/scenario/schema';

const service = getLanguageService({
  schemaRequestService: async (uri) => readFileSync(new URL(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relative, base) => new URL(relative, base).href },
});

/** Completions at the cursor, marked by "|" in `text`, for a file at scenarios/<name>. */
async function completionsAt(text: string, name = 'mine.json'): Promise<CompletionItem[]> {
  const offset = text.indexOf('|');
  const uri = pathToFileURL(resolve('scenarios', name)).href;
  const document = TextDocument.create(uri, 'json', 1, text.slice(0, offset) + text.slice(offset + 1));
  const list = await service.doComplete(document, document.positionAt(offset), service.parseJSONDocument(document));
  return list?.items ?? [];
}

/** The tutorial as shipped, with one more event and objective being typed. */
function tutorialWith(event: string, objective: string): string {
  const text = readFileSync('scenarios/tutorial.json', 'utf8');
  const json = JSON.parse(text) as Record<string, unknown>;
  expect(json['$schema']).toBe('./schema.json');
  const withEvent = text.replace(/"events": \[/, `"events": [\n    ${event},`);
  return withEvent.replace(/"objectives": \[/, `"objectives": [\n    ${objective},`);
}

const event = (inside: string) => `{ "id": "typing", "headline": "H", "body": "B", "teachingNote": "T", "target": "labs", ${inside} }`;

function expectEveryKind(items: CompletionItem[], kinds: readonly string[]) {
  const offered = new Map(items.map((item) => [item.label.replace(/"/g, ''), item]));
  expect([...offered.keys()].sort()).toEqual([...kinds].sort());
  for (const kind of kinds) {
    const documentation = offered.get(kind)?.documentation;
    const words = typeof documentation === 'string' ? documentation : documentation?.value ?? '';
    expect(words.length, `${kind} has a description`).toBeGreaterThan(10);
  }
}

describe('completions in VS Code\'s JSON support, from the shipped schema', () => {
  it('offers every effect kind with its meaning at a new effect\'s "kind"', async () => {
    expectEveryKind(await completionsAt(tutorialWith(event('"effects": [{ "kind": "|" }]'), '{ "kind": "survive" }')), effectKinds);
  });

  it('offers every condition kind with its meaning at a new condition\'s "kind"', async () => {
    expectEveryKind(await completionsAt(tutorialWith(event('"conditions": [{ "kind": "|" }]'), '{ "kind": "survive" }')), conditionKinds);
  });

  it('offers every condition kind again inside "any" and "not", and the fields of a tariff', async () => {
    expectEveryKind(await completionsAt(tutorialWith(event('"conditions": [{ "kind": "any", "conditions": [{ "kind": "|" }] }]'), '{ "kind": "survive" }')), conditionKinds);
    expectEveryKind(await completionsAt(tutorialWith(event('"conditions": [{ "kind": "not", "condition": { "kind": "|" } }]'), '{ "kind": "survive" }')), conditionKinds);
    const items = await completionsAt(tutorialWith(event('"effects": [{ "kind": "tariff", | }]'), '{ "kind": "survive" }'));
    expect(items.map((i) => i.label).sort()).toEqual(['madeIn', 'on', 'region', 'share']);
  });

  it('offers every objective kind with its meaning at a new objective\'s "kind"', async () => {
    expectEveryKind(await completionsAt(tutorialWith(event('"effects": []'), '{ "kind": "|" }')), objectiveKinds);
  });

  it('once the kind is chosen, offers that kind\'s own fields', async () => {
    const items = await completionsAt(tutorialWith(event('"effects": [{ "kind": "powerPrice", | }]'), '{ "kind": "survive" }'));
    expect(items.map((i) => i.label).sort()).toEqual(['factor', 'region']);
  });

  it('marks a field the chosen kind does not have, and a kind that does not exist, and nothing in the shipped file', async () => {
    const problemsIn = async (text: string) => {
      const document = TextDocument.create(pathToFileURL(resolve('scenarios', 'mine.json')).href, 'json', 1, text);
      return (await service.doValidation(document, service.parseJSONDocument(document))).map((d) => text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)));
    };
    expect(await problemsIn(readFileSync('scenarios/tutorial.json', 'utf8'))).toEqual([]);
    const typed = tutorialWith(event('"effects": [{ "kind": "powerPrice", "region": "us", "factr": 2 }, { "kind": "powerPrise" }]'), '{ "kind": "survive" }');
    expect(await problemsIn(typed)).toEqual(expect.arrayContaining(['"factr"', '"powerPrise"']));
  });

  it('a new segment\'s "buys" offers buying per token and per seat, each with its meaning, and a bad segment id is marked', async () => {
    const segment = (buys: string, id = 'coding-agents') => `{\n  "$schema": "./schema-extends.json",\n  "extends": "tutorial",\n  "segments": { "${id}": { "name": "Coding agents", "buys": ${buys} } }\n}`;
    const items = await completionsAt(segment('"|"'), 'mine-extends.json');
    expect(items.map((i) => i.label.replace(/"/g, '')).sort()).toEqual(['seats', 'tokens']);
    const document = TextDocument.create(pathToFileURL(resolve('scenarios', 'mine-extends.json')).href, 'json', 1, segment('"tokens"', 'Coding Agents'));
    const marked = (await service.doValidation(document, service.parseJSONDocument(document))).map((d) => document.getText(d.range));
    expect(marked).toContain('"Coding Agents"');
  });

  it('a file that extends another, through schema-extends.json, gets the same kinds', async () => {
    const text = '{\n  "$schema": "./schema-extends.json",\n  "extends": "tutorial",\n  "objectives": [{ "kind": "|" }]\n}';
    expectEveryKind(await completionsAt(text, 'mine-extends.json'), objectiveKinds);
  });
});
