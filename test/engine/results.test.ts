import { describe, expect, it } from 'vitest';
import { endQuarter, standings } from '../../src/engine';
import { labOf, newGame, playToEnd, tutorial } from './fixtures';

describe('the end of the game', () => {
  it('ends after the scenario length and ranks the labs by equity x investors\' estimate', () => {
    const end = playToEnd(newGame());
    expect(end.quarter).toBe(tutorial.quarters);
    expect(end.over).toBe(true);
    expect(endQuarter(end)).toBe(end);
    const table = standings(end);
    expect(table.map((row) => row.rank)).toEqual([1, 2]);
    expect(table[0]!.score).toBeGreaterThanOrEqual(table[1]!.score);
    expect(table.find((row) => row.lab === 'lantern')!.score).toBe(labOf(end).equity * labOf(end).estimate);
  });
});
