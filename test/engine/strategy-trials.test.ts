import { describe, expect, it } from 'vitest';
import { DESIGN_STRATEGIES, simulateSeed, tryEachStrategy } from '../../src/engine';
import { shippedScenario } from '../helpers';

const pivot = shippedScenario('pivot');

describe('the debrief plays the same world with the player\'s lab on each strategy', () => {
  const trials = tryEachStrategy(pivot, 'trials-seed', pivot.playerLab);

  it('gives one whole game per design strategy, each ranked among every lab', () => {
    expect(trials.map((trial) => trial.strategy)).toEqual([...DESIGN_STRATEGIES]);
    for (const trial of trials) {
      expect(trial.labs).toBe(pivot.labs.length);
      expect(trial.rank).toBeGreaterThanOrEqual(1);
      expect(trial.rank).toBeLessThanOrEqual(pivot.labs.length);
      expect(trial.objectives).toBe(pivot.objectives.length);
      if (!trial.survived) expect(trial.score).toBe(0);
    }
    // The strategies lead to different ends, or the comparison would teach nothing.
    expect(new Set(trials.map((trial) => Math.round(trial.score))).size).toBeGreaterThan(1);
  });

  it('matches what the simulator reports for the same seed and seat, so a teacher can check it with npm run sim', () => {
    for (const trial of trials) {
      const run = simulateSeed(pivot, 'trials-seed', { [pivot.playerLab]: trial.strategy });
      const lab = run.labs.find((l) => l.id === pivot.playerLab)!;
      expect(trial.score).toBe(lab.score);
      expect(trial.survived).toBe(lab.survived);
    }
  });

  it('is the same every time it is asked', () => {
    expect(tryEachStrategy(pivot, 'trials-seed', pivot.playerLab)).toEqual(trials);
  });
});
