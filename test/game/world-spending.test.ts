import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGame, endQuarter } from '../../src/engine';
import { spendingLine } from '../../src/game/world-spending';
import { setLanguage } from '../../src/i18n';
import { loadScenario } from '../../src/scenario/load';
import { shippedOptions } from '../../src/scenario/shipped';
import { loadLanguage } from '../../src/ui/language';
import { segmentName } from '../../src/ui/scenario-text';
import { shippedScenario } from '../helpers';

beforeAll(() => loadLanguage('zh-CN'));
afterEach(() => setLanguage('en'));

function codingAgents() {
  const result = loadScenario(readFileSync('public/examples/guide/coding-agents.json', 'utf8'), 'coding-agents.json', shippedOptions);
  if (!result.ok) throw new Error('the guide example does not load');
  return result.scenario;
}

describe('the world view\'s spending by segment', () => {
  it('names every segment a region\'s buyers spent in last quarter, a scenario\'s own among them, in the scenario\'s order', () => {
    const state = endQuarter(createGame(codingAgents(), { seed: 'world-spending' }));
    const markets = (region: string) => state.reports[0]!.markets.filter((m) => m.region === region);
    const us = spendingLine(state, markets('us'));
    expect(us).toMatch(/^\$[\d.]+B spent here last quarter: API \$[\d.]+[MB], Coding agents \$[\d.]+[MB], Consumer app \$[\d.]+[MB]/);
    // A panel too narrow for the list shows the total alone.
    expect(spendingLine(state, markets('us'), true)).toMatch(/^\$[\d.]+B spent here last quarter$/);
    // China's buyers have no coding-agents market in this scenario, so it is not named there.
    expect(spendingLine(state, markets('cn'))).not.toContain('Coding agents');
  });

  it('shows a shipped segment\'s name in the scenario\'s translation, and a scenario\'s own name where it has none', () => {
    const us = shippedScenario('us-2025');
    expect(segmentName(us, 'consumer')).toBe('Consumer app');
    setLanguage('zh-CN');
    expect(segmentName(us, 'consumer')).toBe('C 端应用');
    expect(segmentName(codingAgents(), 'coding-agents')).toBe('Coding agents');
  });
});
