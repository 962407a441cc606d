import { describe, expect, it } from 'vitest';
import { nextModelName } from '../../src/ui/model-name';
import { shippedScenario } from '../helpers';

describe('the name suggested for the next model', () => {
  it('follows the lab series from its first model', () => {
    expect(nextModelName('Lantern Labs', 1, ['Lantern 1', 'Meridian 3'])).toBe('Lantern 2');
    expect(nextModelName('Lantern Labs', 0, [])).toBe('Lantern 1');
  });

  it('never repeats the name of the model the lab already serves, when a scenario starts its series above 1', () => {
    expect(nextModelName('Vermilion AI', 1, ['Vermilion 2', 'Mariana V3'])).toBe('Vermilion 3');
  });

  it('skips a name another lab has taken', () => {
    expect(nextModelName('Pulse Labs', 1, ['Pulse Pro', 'Pulse 2'])).toBe('Pulse 3');
  });

  it.each(['tutorial', 'china-2025', 'china-2025-open', 'us-2025', 'pivot'])('in %s, is no model name the game starts with', (id) => {
    const scenario = shippedScenario(id);
    const names = scenario.labs.flatMap((lab) => lab.models.map((m) => m.name));
    for (const lab of scenario.labs) {
      expect(names).not.toContain(nextModelName(lab.name, lab.models.length, names));
    }
  });
});
