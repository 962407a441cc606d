import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, lastShares, ln, log10, pow, softmaxWithOutside } from '../../src/engine/math';

const close = (actual: number, expected: number, tolerance = 1e-14) =>
  Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));

describe('deterministic math', () => {
  it('ln agrees with Math.log to 1e-14 relative over the double range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => close(ln(x), Math.log(x))),
      { seed: 20250101, numRuns: 5000 },
    );
  });

  it('exp agrees with Math.exp to 1e-14 relative for game-sized inputs', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => close(exp(x), Math.exp(x), 1e-13)),
      { seed: 20250102, numRuns: 5000 },
    );
  });

  it('log10 of exact powers of ten is as close as one rounding step', () => {
    expect(log10(1e25)).toBeCloseTo(25, 12);
    expect(log10(1000)).toBeCloseTo(3, 14);
  });

  it('pow matches the quarterly algorithmic gain of 2x per 8 months', () => {
    expect(pow(2, 3 / 8)).toBeCloseTo(1.2968395546510096, 13);
  });

  it('handles the edges without throwing', () => {
    expect(ln(0)).toBeNaN();
    expect(ln(-1)).toBeNaN();
    expect(ln(Infinity)).toBe(Infinity);
    expect(exp(1000)).toBe(Infinity);
    expect(exp(-1000)).toBe(0);
    expect(exp(0)).toBe(1);
  });

  it('gives the same bits every time (golden values)', () => {
    expect(ln(7.5)).toBe(2.0149030205422647);
    expect(exp(1)).toBe(2.7182818284590455);
    expect(log10(2)).toBe(0.30102999566398114);
  });

  it('logit shares with an outside option sum to one and favour higher utility', () => {
    const shares = softmaxWithOutside([2, 1], 0);
    const total = shares.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(1);
    expect(shares[0]).toBeGreaterThan(shares[1] ?? 1);
    // Hand computation: e^2 / (1 + e + e^2) = 0.665240955774822.
    expect(shares[0]).toBeCloseTo(0.665240955774822, 12);
  });

  it('the share of one more option, weighed at several utilities, has the bits of the whole logit each time', () => {
    const utility = fc.double({ min: -60, max: 60, noNaN: true });
    fc.assert(
      fc.property(fc.array(utility, { maxLength: 12 }), fc.array(utility, { minLength: 1, maxLength: 4 }), utility, (rivals, candidates, outside) => {
        const shares = lastShares(rivals, candidates, outside);
        candidates.forEach((candidate, i) => expect(shares[i]).toBe(softmaxWithOutside([...rivals, candidate], outside).at(-1)));
      }),
      { seed: 20250103, numRuns: 2000 },
    );
  });
});
