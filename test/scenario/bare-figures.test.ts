import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bareFigures } from '../../src/scenario/bare-figures';
import { shippedScenarioIds } from '../../src/scenario/shipped';

describe('numbers written without a source note', () => {
  it('finds a bare figure where a note may go, with where it is written, and passes over noted figures and the calendar', () => {
    const text = [
      '{',
      '  "start": { "year": 2025, "quarter": 1 },',
      '  "quarters": 12,',
      '  "labs": [{ "id": "lantern", "researchers": 40, "engineers": { "value": 12, "source": { "organisation": "Game design", "date": "2026-12" } },',
      '    "chips": { "h100": 500 } }],',
      '  "chips": [{ "id": "h100", "sales": [{ "region": "us", "from": 0, "until": 4 }] }],',
      '  "events": [{ "id": "probe", "quarter": 3, "chancePercent": 35, "effects": [{ "kind": "priceWar", "region": "cn", "factor": 0.6 }] }]',
      '}',
    ].join('\n');
    const found = bareFigures(text, 'mine.json');
    expect(found.map((f) => [f.path, f.value, f.at?.line])).toEqual([
      ['labs[0].researchers', 40, 4],
      ['labs[0].chips.h100', 500, 5],
      ['events[0].chancePercent', 35, 7],
      ['events[0].effects[0].factor', 0.6, 7],
    ]);
  });

  it.each(shippedScenarioIds())('%s gives a source note for every figure that can carry one', (id) => {
    const bare = bareFigures(readFileSync(`scenarios/${id}.json`, 'utf8'), `${id}.json`);
    expect(bare.map((f) => `${f.path} = ${f.value}`)).toEqual([]);
  });
});
