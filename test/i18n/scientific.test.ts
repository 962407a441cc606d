import { describe, expect, it } from 'vitest';
import { scientific } from '../../src/i18n';

describe('large quantities in scientific form', () => {
  it('shows one decimal of a mantissa between 1 and 10', () => {
    expect(scientific(4.8e24)).toBe('4.8 × 10²⁴');
    expect(scientific(3.25e21)).toBe('3.3 × 10²¹');
    expect(scientific(1e6)).toBe('1.0 × 10⁶');
  });

  it('moves to the next power of ten when rounding reaches 10, never printing 10.0 × 10²⁷', () => {
    expect(scientific(9.96e27)).toBe('1.0 × 10²⁸');
    expect(scientific(9.999e24)).toBe('1.0 × 10²⁵');
    expect(scientific(1e28)).toBe('1.0 × 10²⁸');
    expect(scientific(1000)).toBe('1.0 × 10³');
  });

  it('keeps every power of ten from 10⁰ to 10³⁰ in range', () => {
    for (let power = 0; power <= 30; power += 1) {
      for (const mantissa of [1, 2.5, 9.94, 9.95, 9.99]) {
        const [shown] = scientific(mantissa * 10 ** power).split(' ');
        expect(Number(shown)).toBeGreaterThanOrEqual(1);
        expect(Number(shown)).toBeLessThan(10);
      }
    }
  });

  it('leaves zero, negatives and non-finite values as they are', () => {
    expect(scientific(0)).toBe('0');
    expect(scientific(-5)).toBe('-5');
    expect(scientific(Infinity)).toBe('Infinity');
  });
});
