import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';
import { REFERENCE_END, withReference } from '../../src/scenario/reference';
import { shippedOptions } from '../../src/scenario/shipped';

const guide = readFileSync('scenarios/README.md', 'utf8');
const example = readFileSync('public/examples/china-2025-stricter.json', 'utf8');

describe('the authoring guide', () => {
  it('has the current field reference (run `npm run scenario -- schema`)', () => {
    expect(withReference(guide)).toBe(guide);
  });

  it('names every kind in its tables of conditions, effects and objectives', () => {
    const kindRows = guide.slice(guide.indexOf('**Kinds for'), guide.indexOf(REFERENCE_END)).split('\n').filter((line) => line.startsWith('| `'));
    expect(kindRows.length).toBeGreaterThanOrEqual(31);
    expect(kindRows.filter((line) => line.startsWith('| `?`'))).toEqual([]);
    for (const kind of ['quarterAtLeast', 'labCashBelow', 'chipSales', 'openModelRelease', 'survive', 'topInRegion']) expect(guide).toContain(`| \`${kind}\` |`);
  });

  it('shows the worked example exactly as the file that ships in public/examples', () => {
    expect(guide).toContain(example.trim());
  });

  it('its worked example extends china-2025, changes the export rules, adds an event, and loads cleanly', () => {
    const result = loadScenario(example, 'china-2025-stricter.json', shippedOptions);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.warnings.map(formatProblem)).toEqual([]);
    const h20 = result.scenario.chips.find((c) => c.id === 'h20')!;
    expect(h20.sales).toEqual([{ region: 'cn', from: 0, until: 1 }]);
    expect(result.scenario.events.some((e) => e.id === 'h20-resumes')).toBe(false);
    expect(result.scenario.events.at(-1)?.id).toBe('switch-bonus');
    expect(result.scenario.labs.length).toBeGreaterThanOrEqual(9);
  });
});
