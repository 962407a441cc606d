// The checker's sentences for the policy expressions: joined conditions, a named lab, earlier choices, tariffs,
// cost timelines and licensed models — each mistake an author could make, said plainly where it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { shippedOptions } from '../../src/scenario/shipped';

type Scenario = Record<string, unknown> & { events: Record<string, unknown>[]; regions: Record<string, unknown>[]; labs: Record<string, unknown>[] };
const base = () => JSON.parse(readFileSync('scenarios/tutorial.json', 'utf8')) as Scenario;

function problemsOf(json: unknown, severity: 'error' | 'warning') {
  const result = loadScenario(JSON.stringify(json, null, 2), 'my.json', shippedOptions);
  const all = result.ok ? result.warnings : result.problems;
  return all.filter((p) => p.severity === severity).map((p) => `${p.path}: ${p.message}`);
}

const event = (fields: Record<string, unknown>) => ({ id: 'new-event', headline: 'H', body: 'B', teachingNote: 'T', quarter: 1, target: 'labs', ...fields });

describe('the checker on the policy expressions', () => {
  it('finds a lab condition however deep it sits in a world event\'s any/all/not', () => {
    const json = base();
    json.events.push(event({ target: 'world', conditions: [{ kind: 'any', conditions: [{ kind: 'quarterAtLeast', quarter: 1 }, { kind: 'not', condition: { kind: 'labCashBelow', amount: 5 } }] }] }));
    const at = json.events.length - 1;
    expect(problemsOf(json, 'error')).toEqual([
      `events[${at}].conditions[0].conditions[1].condition.kind: "labCashBelow" is about a lab, but this event is aimed at the world: set "target": "labs".`,
    ]);
  });

  it('says "any" of a single condition is that condition', () => {
    const json = base();
    json.events.push(event({ conditions: [{ kind: 'any', conditions: [{ kind: 'labIs', lab: 'lantern' }] }] }));
    expect(problemsOf(json, 'warning')).toEqual([`events[${json.events.length - 1}].conditions[0].conditions: "any" of a single condition is that condition: write it on its own.`]);
  });

  it('names a lab that does not exist in labIs, with a suggestion', () => {
    const json = base();
    json.events.push(event({ conditions: [{ kind: 'labIs', lab: 'meridan' }] }));
    expect(problemsOf(json, 'error')).toEqual([`events[${json.events.length - 1}].conditions[0].lab: There is no lab "meridan". Did you mean "meridian"?`]);
  });

  it('checks that an earlier choice exists: the event, that it asks a question, and the choice', () => {
    const json = base();
    json.events.push(event({ conditions: [{ kind: 'choseEarlier', event: 'cloud-partnr', choice: 'accept' }] }));
    json.events.push({ ...event({ conditions: [{ kind: 'choseEarlier', event: 'cloud-partner', choice: 'acept' }] }), id: 'second' });
    json.events.push({ ...event({ conditions: [{ kind: 'choseEarlier', event: 'second', choice: 'yes' }] }), id: 'third' });
    const at = json.events.length - 3;
    expect(problemsOf(json, 'error')).toEqual([
      `events[${at}].conditions[0].event: There is no event "cloud-partnr". Did you mean "cloud-partner"?`,
      `events[${at + 1}].conditions[0].choice: The event "cloud-partner" has no choice "acept"; its choices are "decline", "accept". Did you mean "accept"?`,
      `events[${at + 2}].conditions[0].event: The event "second" asks no question (it has no choices), so no one can have chosen anything in it.`,
    ]);
  });

  it('refuses a tariff effect in an event aimed at labs, and a tariff on chips from a region that does not exist', () => {
    const json = base();
    json.events.push(event({ effects: [{ kind: 'tariff', region: 'us', madeIn: 'mars', share: 0.2 }] }));
    const at = json.events.length - 1;
    expect(problemsOf(json, 'error')).toEqual([
      `events[${at}].effects[0].kind: "tariff" changes the whole world, but this event is aimed at labs and would apply it once for every lab it fits: move it to a separate event with "target": "world".`,
      `events[${at}].effects[0].madeIn: There is no region "mars".`,
    ]);
  });

  it('warns of a duty on home-made chips, which is never charged, and refuses one lifted before it starts', () => {
    const json = base();
    json.regions[0]!['tariffs'] = [{ madeIn: 'us', share: 0.1 }, { madeIn: 'row', share: 0.1, from: 3, until: 2 }];
    expect(problemsOf(json, 'warning')).toEqual(['regions[0].tariffs[0].madeIn: Chips made in "us" are never taxed for labs based there, so this duty is never charged.']);
    expect(problemsOf(json, 'error')).toEqual(['regions[0].tariffs[1].until: The duty is lifted before it starts.']);
  });

  it('warns of a cost-timeline entry that changes nothing, and refuses one after the game', () => {
    const json = base();
    json.regions[0]!['costTimeline'] = [{ from: 2 }, { from: 40, powerPricePerKwh: 0.2 }];
    expect(problemsOf(json, 'warning')).toEqual(['regions[0].costTimeline[0]: This entry changes nothing: give researcherCostPerYear, engineerCostPerYear or powerPricePerKwh.']);
    expect(problemsOf(json, 'error')).toEqual(['regions[0].costTimeline[1].from: Quarter 40 is after the last quarter of the game (7), so this never happens.']);
  });

  it('refuses a licensed model from the lab itself, from a lab that does not exist, or with more active than total parameters', () => {
    const json = base();
    const model = { name: 'Lent', totalParams: 1e10, activeParams: 2e10, effectiveCompute: 1e24, royalty: 0.1 };
    json.labs[0]!['licensedModel'] = { ...model, licensor: 'lantern' };
    json.labs[1]!['licensedModel'] = { ...model, activeParams: 1e10, licensor: 'nobody' };
    expect(problemsOf(json, 'error')).toEqual([
      'labs[0].licensedModel.activeParams: Active parameters cannot exceed total parameters.',
      'labs[0].licensedModel.licensor: Lantern Labs cannot license a model from itself: leave "licensor" out for a company outside the game, or name another lab.',
      'labs[1].licensedModel.licensor: There is no lab "nobody".',
    ]);
  });
});
