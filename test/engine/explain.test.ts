import { describe, expect, it } from 'vitest';
import { endQuarter, openWeights, setSplit } from '../../src/engine';
import { accepted, newGame, tutorial } from './fixtures';

/** The tutorial without word of mouth, so only what the labs do moves revenue. */
const calm = { ...tutorial, world: { ...tutorial.world, buzz: 0 } };

const notes = (state: ReturnType<typeof newGame>, lab = 'lantern') =>
  state.reports.at(-1)!.labs.find((r) => r.lab === lab)!.notes.map((n) => n.code);

describe('why revenue moved', () => {
  it('blames an open model served at cost within a few points of yours', () => {
    // Meridian publishes a model far better than Lantern's: Lantern's API buyers move to hosts serving it at cost.
    let state = endQuarter(newGame('why', calm));
    state = endQuarter(accepted(state, openWeights('meridian', 'meridian-1')));
    expect(notes(state)).toContain('revenueFellOpenFloor');
  });

  it('blames inference capacity when the lab starves its servers', () => {
    let state = endQuarter(newGame('why-cap'));
    state = endQuarter(accepted(state, setSplit('lantern', { training: 99, inference: 1, research: 0 })));
    expect(notes(state)).toContain('revenueFellCapacity');
  });

  it('says revenue rose when a lab frees compute for its customers', () => {
    let state = endQuarter(accepted(newGame('why-up'), setSplit('lantern', { training: 90, inference: 5, research: 5 })));
    state = endQuarter(accepted(state, setSplit('lantern', { training: 10, inference: 85, research: 5 })));
    expect(notes(state)).toContain('revenueRose');
  });
});
