import { describe, expect, it } from 'vitest';
import { applyAction, endQuarter, publish, research, researchPoints, setSplit, startRun, techniqueCost, findTechnique } from '../../src/engine';
import { combine } from '../../src/engine/research';
import { accepted, labOf, newGame, tutorial } from './fixtures';

const moeRun = { name: 'Sparse', totalParams: 400e9, activeParams: 40e9, tokens: 10e12, open: false };

function learn(state: ReturnType<typeof newGame>, technique: string, lab = 'lantern') {
  let current = accepted(state, research(lab, technique));
  for (let q = 0; q < 12 && !labOf(current, lab).techniques.includes(technique); q += 1) current = endQuarter(current);
  return current;
}

describe('research', () => {
  it('makes points from researchers and experiment compute together (square root of their product)', () => {
    expect(researchPoints(tutorial.world, 30, 1.56e22)).toBeCloseTo(Math.sqrt(30 * 1.56e22 / 1e20), 9);
    expect(researchPoints(tutorial.world, 30, 0)).toBe(0);
  });

  it('a mixture-of-experts run needs the technique first', () => {
    expect(applyAction(newGame(), startRun('lantern', moeRun))).toMatchObject({ ok: false, reason: 'needsMixtureOfExperts' });
    const state = learn(accepted(newGame(), setSplit('lantern', { training: 40, inference: 35, research: 25 })), 'moe');
    expect(labOf(state).techniques).toContain('moe');
    expect(applyAction(state, startRun('lantern', moeRun)).ok).toBe(true);
    const notes = state.reports.flatMap((r) => r.labs.find((l) => l.lab === 'lantern')!.notes).map((n) => n.code);
    expect(notes).toContain('techniqueLearned');
  });

  it('combines effects: multipliers multiply, additions add', () => {
    const effects = combine(tutorial.techniques.filter((t) => ['mla', 'inference-opt', 'overlap', 'reasoning'].includes(t.id)).map((t) => t.effects));
    expect(effects.inferenceEfficiency).toBe(3);
    expect(effects.trainingUtilisation).toBeCloseTo(0.06, 12);
    expect(effects.capabilityBonus).toBe(5);
    expect(effects.mixtureOfExperts).toBe(false);
  });

  it('inference optimisation lets the same fleet serve more: fewer sales lost for capacity', () => {
    const starved = { training: 90, inference: 5, research: 5 };
    const plain = endQuarter(accepted(newGame('inf'), setSplit('lantern', starved)));
    const base = newGame('inf');
    const optimised = endQuarter(accepted({ ...base, labs: base.labs.map((l) => (l.id === 'lantern' ? { ...l, techniques: ['mla'] } : l)) }, setSplit('lantern', starved)));
    const lost = (s: typeof plain) => s.reports[0]!.labs.find((r) => r.lab === 'lantern')!.lostToCapacity;
    expect(lost(optimised)).toBeLessThan(lost(plain));
  });

  it('publishing a technique earns reputation and makes it cheaper for every rival (followers gain most)', () => {
    const state = learn(accepted(newGame(), setSplit('lantern', { training: 40, inference: 35, research: 25 })), 'moe');
    const moe = findTechnique(state, 'moe')!;
    expect(techniqueCost(state, moe)).toBe(150);
    const published = accepted(state, publish('lantern', 'moe'));
    expect(techniqueCost(published, moe)).toBe(150 * 0.3);
    expect(labOf(published).reputation).toBe(labOf(state).reputation + 5);
    expect(applyAction(published, publish('lantern', 'moe'))).toMatchObject({ ok: false, reason: 'alreadyPublished' });
    expect(applyAction(newGame(), publish('lantern', 'moe'))).toMatchObject({ ok: false, reason: 'techniqueUnknownToLab' });
  });
});
