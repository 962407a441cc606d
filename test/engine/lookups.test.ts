import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestModelOf, bestRivalCapability, modelById, replaceModel } from '../../src/engine/lookups';
import type { Model } from '../../src/engine';

const model = (id: string, lab: string, capability: number): Model =>
  ({ id, lab, name: id, totalParams: 1e9, activeParams: 1e9, effectiveCompute: 1, capability, open: false, releasedQuarter: 0 });

/** Array.find's and a scan's answers, which the remembered tables must give. */
const byScan = (models: readonly Model[], lab: string) => {
  let best: Model | undefined;
  for (const m of models) if (m.lab === lab && (!best || m.capability > best.capability)) best = m;
  return best;
};

describe('lookups remembered per list of models', () => {
  it('give what a scan gives (by id, each lab\'s best, the best of its rivals) while models are released and published in place', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), lab: fc.constantFrom('a', 'b', 'c'), capability: fc.constantFrom(-5, 0, 40, 50, 50, 60) }),
      fc.record({ kind: fc.constant('publish' as const), at: fc.nat(30) }),
    );
    fc.assert(fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
      const models: Model[] = [];
      steps.forEach((s, i) => {
        if (s.kind === 'push') models.push(model(`m${i}`, s.lab, s.capability));
        else if (s.at < models.length) replaceModel(models, { ...models[s.at]!, open: true });
        for (const lab of ['a', 'b', 'c']) {
          expect(bestModelOf(models, lab)).toBe(byScan(models, lab));
          expect(bestRivalCapability(models, lab)).toBe(Math.max(0, ...models.filter((m) => m.lab !== lab).map((m) => m.capability)));
        }
        for (const m of models) expect(modelById(models, m.id)).toBe(models.find((n) => n.id === m.id));
      });
    }), { numRuns: 300, seed: 41 });
  });
});
