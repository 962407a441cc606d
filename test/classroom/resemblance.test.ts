import { describe, expect, it } from 'vitest';
import { DESIGN_STRATEGIES, setAutopilot, type Scenario } from '../../src/engine';
import { choiceKind, resemblance } from '../../src/classroom/resemblance';
import type { SaveFile } from '../../src/store/save-file';
import { shippedScenario } from '../helpers';
import { playedAs } from './result-files';

const of = (scenario: Scenario, save: SaveFile) => resemblance(scenario, save.seed, save.seats, save.actionLog, scenario.playerLab);

describe('which strategy a student\'s choices resemble', () => {
  const china = shippedScenario('china-2025');

  it('names the strategy whose moves the student made, for each of the five', () => {
    for (const strategy of DESIGN_STRATEGIES) {
      const found = of(china, playedAs(china, 'look-alike', 6, strategy));
      expect(found.closest, strategy).toBe(strategy);
      expect(found.shares.find((s) => s.strategy === strategy)!.share).toBeGreaterThan(0.5);
      expect(found.personQuarters).toBe(6);
    }
  }, 240_000);

  it('counts quarters on autopilot apart, and judges only the quarters the person decided', () => {
    const save = playedAs(china, 'half-pilot', 6, 'frontier', { 3: 'consumer-apps' });
    const found = of(china, save);
    expect(found).toMatchObject({ personQuarters: 3, autopilotQuarters: 3, closest: 'frontier' });
  }, 120_000);

  it('names no strategy for a student who made no choices', () => {
    const save = playedAs(china, 'idle', 2, 'frontier', { 0: 'frontier' });
    const found = of(china, save);
    expect(found.closest).toBeUndefined();
    expect(found).toMatchObject({ personQuarters: 0, autopilotQuarters: 2, choices: 0 });
  }, 120_000);

  it('treats a hand-over to autopilot as no choice of plan', () => {
    expect(choiceKind(setAutopilot('vermilion', 'frontier'))).toBeNull();
    expect(choiceKind({ type: 'startRun', lab: 'x', name: 'm', totalParams: 600, activeParams: 40, tokens: 1, open: true })).toBe('train-open-moe');
  });
});
