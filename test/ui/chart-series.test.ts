import { describe, expect, it } from 'vitest';
import { chartScale, defaultShownLabs, PLAYER_SERIES, RIVAL_SERIES, seriesStyles } from '../../src/ui/chart-series';

/** Distance between two 0xRRGGBB colours in RGB space. */
const distance = (a: number, b: number) => Math.hypot(((a >> 16) & 255) - ((b >> 16) & 255), ((a >> 8) & 255) - ((b >> 8) & 255), (a & 255) - (b & 255));

describe('the debrief chart tells twelve labs apart', () => {
  it('gives every lab of twelve its own colour and marker, the player the orange', () => {
    const labs = Array.from({ length: 12 }, (_, i) => ({ id: `lab${i}` }));
    const styles = seriesStyles(labs, 'lab3');
    expect(styles['lab3']).toEqual({ ...PLAYER_SERIES, player: true });
    const pairs = new Set(Object.values(styles).map((s) => `${s.colour}/${s.marker}`));
    expect(pairs.size).toBe(12);
    expect(new Set(Object.values(styles).map((s) => s.colour)).size).toBe(12);
  });

  it('keeps rival colours apart from each other and from the player\'s, or gives near ones different markers', () => {
    const all = [{ ...PLAYER_SERIES }, ...RIVAL_SERIES];
    for (let i = 0; i < all.length; i += 1) {
      for (let j = i + 1; j < all.length; j += 1) {
        const near = distance(all[i]!.colour, all[j]!.colour) < 120;
        if (near) expect(all[i]!.marker, `${all[i]!.colour.toString(16)} and ${all[j]!.colour.toString(16)}`).not.toBe(all[j]!.marker);
        expect(distance(all[i]!.colour, all[j]!.colour)).toBeGreaterThan(60);
      }
    }
  });

  it('shows the top five and the player by default', () => {
    const table = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((lab) => ({ lab }));
    expect(defaultShownLabs(table, 'g')).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
    expect(defaultShownLabs(table, 'b')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('the debrief chart\'s scale', () => {
  it('turns logarithmic when values span orders of magnitude, with a gridline at each power of ten', () => {
    const scale = chartScale([2e24, 5e25, 3e27, 0], true);
    expect(scale.log).toBe(true);
    expect(scale.ticks).toEqual([1e24, 1e25, 1e26, 1e27, 1e28]);
    expect(scale.position(1e24)).toBe(0);
    expect(scale.position(1e28)).toBe(1);
    expect(scale.position(1e26)).toBeCloseTo(0.5, 12);
    // Zero has no place on a log scale: its point is left out rather than drawn at a made-up height.
    expect(scale.position(0)).toBeNaN();
  });

  it('stays linear, from zero, for values within a tenfold or a figure on a fixed scale', () => {
    const close = chartScale([40, 55, 72], true);
    expect(close.log).toBe(false);
    expect(close.bottom).toBe(0);
    expect(close.ticks[0]).toBe(0);
    expect(close.top).toBeGreaterThanOrEqual(72);
    expect(chartScale([1e6, 1e10], false).log).toBe(false);
    const negative = chartScale([-3e6, 2e6, 5e8], true);
    expect(negative.log).toBe(true);
    expect(negative.position(-3e6)).toBeNaN();
  });
});
