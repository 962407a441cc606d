import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';
import { shippedOptions } from '../../src/scenario/shipped';

const tutorialText = readFileSync('scenarios/tutorial.json', 'utf8');
const tutorialJson = () => JSON.parse(tutorialText) as Record<string, unknown> & { labs: Record<string, unknown>[] };

function problemsOf(text: string) {
  const result = loadScenario(text, 'my.json', shippedOptions);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('loading a scenario file', () => {
  it('turns sourced numbers into plain numbers for the engine and drops the editor fields', () => {
    const result = loadScenario(tutorialText, 'tutorial.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.scenario.chips[0]?.price).toBe(27_500);
    expect(result.scenario).not.toHaveProperty('$schema');
    expect(result.scenario).not.toHaveProperty('formatVersion');
  });

  it('lists every shape problem at once, each at its line and column', () => {
    const json = tutorialJson();
    json['quarters'] = 0;
    json['colour'] = 'blue';
    json.labs[1]!['cash'] = -5;
    const text = JSON.stringify(json, null, 2);
    const problems = problemsOf(text).map(formatProblem);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(problems).toEqual(expect.arrayContaining([
      `my.json:${lineOf('"quarters": 0')}:3: quarters error: This must be at least 1.`,
      `my.json:${lineOf('"colour"')}:3: error: Unknown key "colour".`,
      `my.json:${lineOf('"cash": -5')}:7: labs[1].cash error: This must be at least 0.`,
    ]));
  });

  it('checks references after shape, with the position of the bad reference and a guess', () => {
    const json = tutorialJson();
    json.labs[0]!['region'] = 'rwo';
    const text = JSON.stringify(json, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"rwo"')) + 1;
    expect(problemsOf(text).map(formatProblem)).toEqual([`my.json:${line}:7: labs[0].region error: There is no region "rwo". Did you mean "row"?`]);
  });
});

describe('extends', () => {
  it('overrides only what the file gives: objects merge, lists with ids merge by id', () => {
    const text = JSON.stringify({
      extends: 'tutorial',
      id: 'richer-start',
      title: 'Richer start',
      labs: [{ id: 'lantern', cash: 200e6 }],
      world: { frontierGainPerQuarter: 2 },
    });
    const result = loadScenario(text, 'mine.json', shippedOptions);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { scenario } = result;
    expect(scenario.title).toBe('Richer start');
    expect(scenario.labs.find((l) => l.id === 'lantern')?.cash).toBe(200e6);
    expect(scenario.labs.find((l) => l.id === 'lantern')?.researchers).toBe(30);
    expect(scenario.labs.map((l) => l.id)).toEqual(['lantern', 'meridian']);
    expect(scenario.world.frontierGainPerQuarter).toBe(2);
    expect(scenario.world.pointsPerDecade).toBe(15);
  });

  it('adds new items, removes items marked "$remove", and replaces lists without ids', () => {
    const text = JSON.stringify({
      extends: 'tutorial',
      id: 'alone',
      labs: [{ id: 'meridian', $remove: true }],
      events: [{ id: 'poaching', $remove: true }],
      objectives: [{ kind: 'survive' }],
      techniques: [{ id: 'new-trick', name: 'New trick', cost: 10, effects: { trainingEfficiency: 1.1 } }],
    });
    const result = loadScenario(text, 'mine.json', shippedOptions);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.scenario.labs.map((l) => l.id)).toEqual(['lantern']);
    expect(result.scenario.events.map((e) => e.id)).toEqual(['open-shock', 'cloud-partner']);
    expect(result.scenario.objectives).toEqual([{ kind: 'survive' }]);
    expect(result.scenario.techniques.at(-1)?.id).toBe('new-trick');
  });

  it('reports a problem in an overriding file at its own line', () => {
    const text = '{ "id": "mine",\n  "extends": "tutorial",\n  "labs": [{ "id": "lantern", "researchers": -3 }]\n}';
    expect(problemsOf(text).map(formatProblem)).toEqual(['my.json:3:31: labs[0].researchers error: This must be at least 0.']);
  });

  it('refuses circles and chains that are too long', () => {
    const lookup = (ref: string) => ({ text: JSON.stringify({ extends: ref }), file: `${ref}.json` });
    const result = loadScenario(JSON.stringify({ extends: 'a' }), 'a.json', { lookup });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/circle/);
    let n = 0;
    const endless = () => ({ text: JSON.stringify({ extends: 'next' }), file: `f${(n += 1)}.json` });
    const deep = loadScenario(JSON.stringify({ extends: 'next' }), 'start.json', { lookup: endless });
    if (!deep.ok) expect(deep.problems[0]?.message).toMatch(/at most 4 levels/);
    expect(deep.ok).toBe(false);
  });
});
