// Checks of meaning an author relies on: effects the engine would apply many times over, and objectives no one can meet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { shippedOptions, shippedScenarioIds } from '../../src/scenario/shipped';

const base = () => JSON.parse(readFileSync('scenarios/us-2025.json', 'utf8')) as Record<string, unknown> & { events: unknown[]; objectives: unknown[]; labs: { id: string; region: string }[]; playerLab: string };

function errorsOf(json: unknown) {
  const result = loadScenario(JSON.stringify(json, null, 2), 'my.json', shippedOptions);
  return result.ok ? [] : result.problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);
}

const labsEvent = (effects: unknown[], choices: unknown[] = []) => ({
  id: 'power-shock', headline: 'Power shock', body: 'Power costs soar.', teachingNote: 'Energy matters.',
  quarter: 1, target: 'labs', conditions: [{ kind: 'labRegion', region: 'us' }], effects, choices,
});

describe('a world-wide effect inside an event aimed at labs', () => {
  it('is refused, because it would be applied once for every lab the event fits', () => {
    const json = base();
    json.events.push(labsEvent([{ kind: 'powerPrice', region: 'us', factor: 30 }]));
    const at = json.events.length - 1;
    expect(errorsOf(json)).toEqual([
      `events[${at}].effects[0].kind: "powerPrice" changes the whole world, but this event is aimed at labs and would apply it once for every lab it fits: move it to a separate event with "target": "world".`,
    ]);
  });

  it('is refused in a choice too, while lab effects there stay fine', () => {
    const json = base();
    json.events.push(labsEvent([{ kind: 'grant', amount: 1e6 }], [
      { id: 'cut', label: 'Cut prices', effects: [{ kind: 'priceWar', region: 'us', factor: 0.5 }] },
      { id: 'hold', label: 'Hold', effects: [{ kind: 'reputation', delta: 1 }] },
    ]));
    const errors = errorsOf(json);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/choices\[0\]\.effects\[0\]\.kind: "priceWar" changes the whole world/);
  });
});

describe('objectives no one can meet', () => {
  it('top of a region the player\'s lab is not based in', () => {
    const json = base();
    const player = json.labs.find((l) => l.id === json.playerLab)!;
    const elsewhere = player.region === 'cn' ? 'us' : 'cn';
    json.objectives = [{ kind: 'topInRegion', region: elsewhere, rank: 1 }];
    expect(errorsOf(json)).toEqual([expect.stringMatching(new RegExp(`^objectives\\[0\\]\\.region: The player's lab, .*, is based in "${player.region}", so it is never ranked among the labs of "${elsewhere}"`))]);
  });

  it('a valuation beyond what any lab could be worth, while every shipped objective stays reachable', () => {
    const json = base();
    json.objectives = [{ kind: 'valuation', amount: 1e13 }];
    expect(errorsOf(json)).toEqual([expect.stringMatching(/^objectives\[0\]\.amount: A valuation of \$10T is out of reach: .* less than \$[\d.]+[TB] by the end\.$/)]);
    for (const id of shippedScenarioIds()) {
      const shipped = JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as unknown;
      expect(errorsOf(shipped), id).toEqual([]);
    }
  });
});

describe('contract revenue per engineer by the buyers\' region', () => {
  it('names only regions the scenario has, with a did-you-mean', () => {
    const json = base() as ReturnType<typeof base> & { enterprise: Record<string, unknown> };
    const rate = { value: 80000, source: { organisation: 'Game design', date: '2026-12', note: 'A test.' } };
    json.enterprise.revenuePerEngineerByRegion = { cn: rate, rwo: rate };
    expect(errorsOf(json)).toEqual(['enterprise.revenuePerEngineerByRegion.rwo: There is no region "rwo". Did you mean "row"?']);
  });
});
