import { describe, expect, it } from 'vitest';
import { createGame, endQuarter } from '../../src/engine';
import { valuationLines } from '../../src/ui/valuation-table';
import { shippedScenario } from '../helpers';

describe('the report\'s account of a valuation', () => {
  // Every lab of two all-bot games, every quarter, read as if it were the player's.
  const seen: string[] = [];
  let checked = 0;
  for (const id of ['china-2025', 'pivot']) {
    let state = createGame(shippedScenario(id), { seed: 'valuation-lines' });
    while (!state.over) {
      state = endQuarter(state);
      for (const lab of state.labs) {
        const lines = valuationLines(state, lab);
        if (!lab.alive) {
          expect(lines).toBeNull();
          continue;
        }
        const rows = lines!.rows;
        const total = rows.find((row) => row.total)!;
        expect(total.amount).toBe(lab.estimate);
        // The last round stands beside the estimate, outside its sum.
        const parts = rows.filter((row) => !row.total).slice(0, -1).reduce((sum, row) => sum + row.amount, 0);
        expect(rows.at(-1)!.amount).toBe(lab.valuation);
        expect(Math.abs(parts - total.amount)).toBeLessThanOrEqual(1e-9 * total.amount);
        seen.push(...rows.map((row) => row.label), lines!.note);
        checked += 1;
      }
    }
  }

  it('adds up to the estimate the top bar shows, for every lab still in the game', () => {
    expect(checked).toBeGreaterThan(100);
  });

  it('says in words where the lab ranks among model makers, and what margin and growth do to its revenue', () => {
    const any = (pattern: RegExp) => seen.some((text) => pattern.test(text));
    expect(any(/^Capability rank: your best model \(\d+\.\d\) ranks \d+ among the world's model makers; the frontier premium \(\$[\d.]+[MBT]\) halves for each of the \d+ ahead$/)).toBe(true);
    expect(any(/\(\d+ of those ahead are outside the game\)/)).toBe(true);
    // A rank with little revenue behind it: the premium it would earn, and the cap at 17× the past year's revenue.
    expect(any(/^Premium held back: investors pay a premium of at most 17× your revenue of the past year \(\$[\d.]+[KMB]?\), so \$[\d.]+[KMB]?;/)).toBe(true);
    expect(any(/× its \d+(\.\d)?% gross margin/)).toBe(true);
    expect(any(/because revenue grew$/)).toBe(true);
    expect(any(/because revenue fell$/)).toBe(true);
    expect(any(/^Your lab serves another lab's model, so investors value it as an application company/)).toBe(true);
    expect(any(/^Revenue: last quarter's \$[\d.]+[MBK] × 4 = \$[\d.]+[MBK] a year, × its [\d.]+% gross margin, at \d+×/)).toBe(true);
  });
});
