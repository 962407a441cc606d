import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/scenario/problems';
import { shippedLookup, shippedScenarioIds } from '../../src/scenario/shipped';
import { textEntries } from '../../src/scenario/text-keys';
import { parseTranslation, translationProblems } from '../../src/scenario/translation';

const read = (file: string) => readFileSync(file, 'utf8');
const CJK = /[\u4e00-\u9fff]/;
/** Keys whose text is prose a Chinese reader must get in Chinese (names and publishers may stay as they are). */
const PROSE = /(^title|^premise|^teachingGoals\[\d+\]|\.headline|\.body|\.teachingNote|\.label|\.source\.note)$/;

describe('shipped scenario translations', () => {
  it.each(shippedScenarioIds())('%s has a zh-CN entry for every text it shows, and none for text it lacks', (id) => {
    const file = `scenarios/${id}.zh-CN.json`;
    const problems = translationProblems(read(file), file, read(`scenarios/${id}.json`), `scenarios/${id}.json`, shippedLookup);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(shippedScenarioIds())('%s is in Chinese wherever it says something in sentences', (id) => {
    const parsed = parseTranslation(read(`scenarios/${id}.zh-CN.json`), 'zh');
    if (!parsed.ok) throw new Error('the translation does not parse');
    expect(parsed.translation).toMatchObject({ scenario: id, language: 'zh-CN' });
    const english = Object.entries(parsed.translation.text).filter(([key, text]) => PROSE.test(key) && /[a-z]{3,} [a-z]{2,}/.test(text) && !CJK.test(text));
    expect(english).toEqual([]);
  });
});

describe('checking a translation file', () => {
  const scenario = read('scenarios/tutorial.json');
  const good = JSON.parse(read('scenarios/tutorial.zh-CN.json')) as { text: Record<string, string> };

  it('warns of text that has no translation and of a translation whose text the scenario no longer has, with the key and line', () => {
    const { 'events[poaching].headline': _dropped, ...rest } = good.text;
    const text = JSON.stringify({ ...good, text: { ...rest, 'events[poaching].headlne': '对手在挖人' } }, null, 2);
    const problems = translationProblems(text, 'tutorial.zh-CN.json', scenario, 'scenarios/tutorial.json', shippedLookup);
    expect(problems.map((p) => [p.severity, p.path])).toEqual([['warning', 'events[poaching].headline'], ['warning', 'events[poaching].headlne']]);
    expect(problems[1]!.message).toContain('Did you mean "events[poaching].headline"?');
    expect(problems[1]!.line).toBe(text.split('\n').findIndex((l) => l.includes('headlne')) + 1);
  });

  it('refuses a file that is not a translation, as errors', () => {
    const problems = translationProblems('{ "scenario": "tutorial", "language": "fr", "text": { "title": "" } }', 't.json', scenario, 'scenarios/tutorial.json');
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(problems.map((p) => p.path).sort()).toEqual(['language', 'text.title']);
  });

  it('lets a scenario that extends another translate only what it writes, and name inherited text', () => {
    const own = read('scenarios/china-2025-open.json');
    const text = JSON.stringify({ scenario: 'china-2025-open', language: 'zh-CN', text: { ...JSON.parse(read('scenarios/china-2025-open.zh-CN.json')).text, 'events[price-war].headline': '价格战' } });
    expect(translationProblems(text, 'o.zh-CN.json', own, 'scenarios/china-2025-open.json', shippedLookup)).toEqual([]);
  });

  it('names list items by id, so reordering events keeps every translation', () => {
    const raw = JSON.parse(scenario) as { events: unknown[] };
    const keys = (value: unknown) => textEntries(value).map((e) => e.key).sort();
    expect(keys({ ...raw, events: [...raw.events].reverse() })).toEqual(keys(raw));
    expect(keys(raw)).toContain('events[cloud-partner].choices[accept].label');
    expect(keys(raw)).toContain('chips[h100].price.source.note');
  });
});
