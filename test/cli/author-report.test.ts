// The simulator's author report: events fired and when, choices the bots took, what labs bought, rented and trained.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { botSeats, playToEnd, type Scenario } from '../../src/engine';
import { authorReport, gameFacts } from '../../src/cli/author-report';
import { loadScenario } from '../../src/scenario/load';
import { shippedOptions } from '../../src/scenario/shipped';

function example(): Scenario {
  const result = loadScenario(readFileSync('public/examples/guide/earlier-choice.json', 'utf8'), 'earlier-choice.json', shippedOptions);
  if (!result.ok) throw new Error('the example does not load');
  return result.scenario;
}

describe('the author report over several games', () => {
  const scenario = example();
  const states = ['a-1', 'a-2', 'a-3'].map((seed) => playToEnd(scenario, seed, botSeats(scenario)));
  const facts = states.map(gameFacts);
  const text = authorReport(scenario, facts);

  it('counts each game\'s fired events, chips delivered, rent and models from the game itself', () => {
    const state = states[0]!;
    expect(facts[0]!.fired).toEqual(state.firedEvents);
    const arrived = state.reports.flatMap((r) => r.labs.filter((l) => l.lab === 'meridian').flatMap((l) => l.notes))
      .filter((n) => n.code === 'chipsArrived' && n.params['chip'] === 'h100').reduce((a, n) => a + Number(n.params['units']), 0);
    expect(facts[0]!.chipsBought['meridian']?.['h100'] ?? 0).toBe(arrived);
    expect(facts[0]!.models.map((m) => m.lab).sort()).toEqual(state.models.filter((m) => m.releasedQuarter >= 0 && m.lab !== 'outside').map((m) => m.lab).sort());
  });

  it('says in how many games each event fired and when, whom it hit, and which choices were taken', () => {
    const firedIn = facts.filter((f) => f.fired.some((e) => e.event === 'cloud-partner')).length;
    expect(text).toContain(`  cloud-partner: ${Math.round((firedIn / 3) * 100)}% of games, quarter 2 (2..2); hit lantern`);
    const declined = facts.flatMap((f) => f.fired).filter((f) => f.event === 'cloud-partner' && f.choice === 'decline').length;
    const acceptedCount = facts.flatMap((f) => f.fired).filter((f) => f.event === 'cloud-partner' && f.choice === 'accept').length;
    expect(text).toContain(`    choices taken: decline ${declined}, accept ${acceptedCount}`);
  });

  it('names an event that never fired, so the author can see its conditions never held', () => {
    // The bots always decline the stake, so its sequel never comes.
    expect(facts.flatMap((f) => f.fired).some((f) => f.event === 'cloud-partner' && f.choice === 'accept')).toBe(false);
    expect(text).toContain('  partner-exclusive: never fired: its conditions never all held, or its chance never came up');
  });

  it('gives a line per lab with its strategy, chips, rent and models', () => {
    for (const lab of scenario.labs) expect(text).toMatch(new RegExp(`\\n  ${lab.id} \\(${lab.strategy}\\): .*; rent \\$\\d+(\\.\\d)?[MB]; `));
    expect(text).toMatch(/meridian \(frontier\): h100 \d+;/);
  });
});
