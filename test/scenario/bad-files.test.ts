import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';
import { shippedOptions } from '../../src/scenario/shipped';

const folder = 'test/fixtures/bad-scenarios';
const expected = JSON.parse(readFileSync(`${folder}/expected.json`, 'utf8')) as Record<string, string[]>;
const files = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();

describe('the corpus of bad scenario files', () => {
  it('has an expected problem list for every file, and a file for every list', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s reports exactly its problems, with file, line, column and path', (name) => {
    const file = `${folder}/${name}`;
    const result = loadScenario(readFileSync(file, 'utf8'), file, shippedOptions);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(formatProblem)).toEqual(expected[name]);
  });
});
