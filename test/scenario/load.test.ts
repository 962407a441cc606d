import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, MAX_SCENARIO_CHARS } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';

const tutorialText = readFileSync('scenarios/tutorial.json', 'utf8');
const tutorialJson = () => JSON.parse(tutorialText) as Record<string, unknown> & { labs: Record<string, unknown>[] };

function problemsOf(text: string) {
  const result = loadScenario(text, 'my.json');
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('loading a scenario file', () => {
  it('turns sourced numbers into plain numbers for the engine', () => {
    const result = loadScenario(tutorialText, 'tutorial.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.scenario.chips[0]?.price).toBe(27_500);
    expect(result.scenario).not.toHaveProperty('$schema');
  });

  it('says where invalid JSON breaks, by line and column', () => {
    const [problem] = problemsOf('{\n  "id": "x",\n  oops\n}');
    expect(problem).toMatchObject({ file: 'my.json', line: 3, column: 3, severity: 'error' });
    expect(problem?.message).toMatch(/not valid JSON/);
  });

  it('rejects an empty file and a file over the size cap', () => {
    expect(problemsOf('   ')[0]?.message).toBe('The file is empty.');
    expect(problemsOf(' '.repeat(MAX_SCENARIO_CHARS + 1) + '{}')[0]?.message).toMatch(/size limit/);
  });

  it('lists every shape problem at once, with its JSON path', () => {
    const json = tutorialJson();
    json['quarters'] = 0;
    json['colour'] = 'blue';
    json.labs[1]!['cash'] = -5;
    const problems = problemsOf(JSON.stringify(json));
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['quarters', 'labs[1].cash']));
    expect(problems.some((p) => p.message.includes('colour'))).toBe(true);
  });

  it('checks references after shape: a lab in a region that does not exist', () => {
    const json = tutorialJson();
    json.labs[0]!['region'] = 'mars';
    const problems = problemsOf(JSON.stringify(json));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'labs[0].region', message: 'There is no region "mars".' }));
    expect(formatProblem(problems[0]!)).toBe('my.json: labs[0].region error: There is no region "mars".');
  });

  it('never lets a __proto__ key reach a prototype', () => {
    const text = tutorialText.replace('"formatVersion": 1,', '"formatVersion": 1, "__proto__": { "polluted": true },');
    const problems = problemsOf(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
