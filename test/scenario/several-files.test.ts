// A scenario made of several files, in the browser's way (picked together, or fetched beside a link), and the
// checker's messages for the mistakes authors make most.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileLookup, nodeLoadOptions, readScenarioText } from '../../src/cli/scenario-files';
import { fetchedOptions, fetchWithParents, pickedOptions, topFile, type Fetched, type NamedText } from '../../src/scenario/file-set';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';
import { shippedOptions } from '../../src/scenario/shipped';

const folder = 'public/examples/two-files';
const base: NamedText = { name: 'cheap-power.json', text: readFileSync(`${folder}/cheap-power.json`, 'utf8') };
const top: NamedText = { name: 'power-crunch.json', text: readFileSync(`${folder}/power-crunch.json`, 'utf8') };

const messages = (text: string, file = 'my.json') => {
  const result = loadScenario(text, file, shippedOptions);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('a scenario of two files, picked together', () => {
  it('finds the file no other extends and loads it over its sibling and the shipped tutorial', () => {
    for (const order of [[base, top], [top, base]]) {
      const found = topFile(order);
      if (!('top' in found)) throw new Error(`expected one scenario, got ${found.several.join()}`);
      expect(found.top.name).toBe('power-crunch.json');
      const result = loadScenario(found.top.text, found.top.name, pickedOptions(order));
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      expect(result.warnings).toEqual([]);
      expect(result.scenario.id).toBe('power-crunch');
      expect(result.scenario.regions.find((r) => r.id === 'us')?.powerPricePerKwh).toBe(0.04);
      expect(result.scenario.events.at(-1)?.id).toBe('grid-crunch');
      expect(result.scenario.labs.map((l) => l.id)).toEqual(['lantern', 'meridian']);
    }
  });

  it('picked alone, says to pick the sibling too (not "There is no scenario")', () => {
    const result = loadScenario(top.text, top.name, pickedOptions([top]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map(formatProblem)).toEqual([
        'power-crunch.json:4:3: error: "./cheap-power.json" is a file beside this one: pick it together with power-crunch.json (select both in the file picker, or drop both at once).',
      ]);
    }
  });

  it('two unrelated scenarios picked together are named, not guessed between', () => {
    const other: NamedText = { name: 'richer-lantern.json', text: readFileSync('test/fixtures/richer-lantern.json', 'utf8') };
    expect(topFile([top, base, other])).toEqual({ several: ['power-crunch.json', 'richer-lantern.json'] });
  });

  it('checks clean in the command line too, where the sibling is read from beside it', () => {
    const result = loadScenario(top.text, `${folder}/power-crunch.json`, nodeLoadOptions);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(fileLookup('./missing.json', `${folder}/power-crunch.json`)).toEqual({ problem: `"./missing.json" names the file ${folder}/missing.json: There is no such file.` });
  });
});

describe('a scenario of two files, by a same-site link', () => {
  const site = new Map([
    ['https://game.example/examples/two-files/power-crunch.json', top.text],
    ['https://game.example/examples/two-files/cheap-power.json', base.text],
  ]);
  const fetchText = async (url: URL): Promise<Fetched> => (site.has(url.href) ? { ok: true, text: site.get(url.href)! } : { ok: false, notFound: true });

  it('fetches the sibling its relative "extends" names, resolved against the link, and loads', async () => {
    const fetched = await fetchWithParents(new URL('https://game.example/examples/two-files/power-crunch.json'), fetchText);
    if (!('files' in fetched)) throw new Error('expected files');
    expect(fetched.files.map((f) => f.name.split('/').pop())).toEqual(['power-crunch.json', 'cheap-power.json']);
    const result = loadScenario(fetched.files[0]!.text, 'power-crunch.json', fetchedOptions(fetched.files, 'power-crunch.json'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.scenario.id).toBe('power-crunch');
  });

  it('a link to a missing file is "not found", and a missing sibling is reported at its "extends"', async () => {
    expect(await fetchWithParents(new URL('https://game.example/nothing.json'), fetchText)).toEqual({ notFound: 'https://game.example/nothing.json' });
    const alone = new Map([['https://game.example/examples/two-files/power-crunch.json', top.text]]);
    const fetched = await fetchWithParents(new URL('https://game.example/examples/two-files/power-crunch.json'), async (url) => (alone.has(url.href) ? { ok: true, text: alone.get(url.href)! } : { ok: false, notFound: true }));
    if (!('files' in fetched)) throw new Error('expected files');
    const result = loadScenario(fetched.files[0]!.text, 'power-crunch.json', fetchedOptions(fetched.files, 'power-crunch.json'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['power-crunch.json:4:3: error: "./cheap-power.json" was not found at https://game.example/examples/two-files/cheap-power.json.']);
  });
});

describe('the same in the command line and the browser', () => {
  it('a file that starts with a byte-order mark loads (the browser\'s reader drops the mark; the checker does too)', () => {
    const read = readScenarioText('test/fixtures/bom-scenario.json');
    if (!('text' in read)) throw new Error(read.problem);
    expect(read.text.charCodeAt(0)).toBe(0xfeff);
    const result = loadScenario(read.text, 'bom-scenario.json', nodeLoadOptions);
    expect(result.ok ? result.scenario.id : result.problems.map(formatProblem)).toBe('bom-scenario');
  });
});

describe('messages that say what is wrong and where', () => {
  const tutorial = readFileSync('scenarios/tutorial.json', 'utf8');

  it('a comma after the last item, at that comma', () => {
    expect(messages('{\n  "extends": "tutorial",\n  "id": "x",\n}')).toEqual(['my.json:3:12: error: This is not valid JSON: There is a comma after the last item here: JSON allows no comma before "}"; delete it.']);
    expect(messages('{ "extends": "tutorial", "id": "x", "teachingGoals": ["a", "b",] }')).toEqual(['my.json:1:63: error: This is not valid JSON: There is a comma after the last item here: JSON allows no comma before "]"; delete it.']);
  });

  it('a comment, and single quotes', () => {
    expect(messages('{\n  // my world\n  "extends": "tutorial"\n}')).toEqual(['my.json:2:3: error: This is not valid JSON: JSON has no comments: delete this comment (a number\'s "source" has a "note" for explanations).']);
    expect(messages('{\n  "extends": "tutorial", /* note */\n  "id": "x"\n}')[0]).toContain('my.json:2:26: error: This is not valid JSON: JSON has no comments');
    expect(messages("{ 'extends': 'tutorial' }")).toEqual(['my.json:1:3: error: This is not valid JSON: JSON needs double quotes " around text and keys, not single quotes \'.']);
  });

  it('a missing field that takes one of a few words, and a missing "kind"', () => {
    const json = JSON.parse(tutorial) as Record<string, unknown> & { objectives: unknown[] };
    delete json['difficulty'];
    json.objectives = [{ rank: 1 }];
    const problems = messages(JSON.stringify(json, null, 2));
    expect(problems).toContain('my.json:1:1: difficulty error: This is required: "introductory" or "standard" or "hard".');
    expect(problems.find((p) => p.includes('objectives[0]'))).toMatch(/objectives\[0\]\.kind error: This needs a "kind": one of survive, topInRegion, capability, profitableBy, valuation\.$/);
  });

  it('a file that extends another without its own "id"', () => {
    expect(messages('{\n  "extends": "tutorial",\n  "title": "Mine"\n}')).toEqual(['my.json:1:1: error: A file that extends another needs an "id" of its own; without one it would take the id "tutorial" of the scenario it extends.']);
  });

  it('shape and meaning problems together, in one round', () => {
    const text = '{\n  "extends": "tutorial",\n  "id": "x",\n  "quarters": "eight",\n  "labs": [{ "id": "lantern", "region": "uss" }, { "id": "meridian", "cash": -1 }]\n}';
    expect(messages(text)).toEqual([
      'my.json:4:3: quarters error: This should be a number.',
      'my.json:5:70: labs[1].cash error: This must be at least 0.',
    ]);
    const noQuarters = text.replace('  "quarters": "eight",\n', '');
    expect(messages(noQuarters)).toEqual([
      'my.json:4:70: labs[1].cash error: This must be at least 0.',
      'my.json:4:31: labs[0].region error: There is no region "uss". Did you mean "us"?',
    ]);
  });
});
