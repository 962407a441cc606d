import { describe, expect, it } from 'vitest';
import { unitPrice } from '../../src/i18n';

describe('unit prices', () => {
  it('keep two significant figures, so a few cents a million tokens does not read as $0', () => {
    expect(unitPrice(0.0421)).toBe('$0.042');
    expect(unitPrice(0.35)).toBe('$0.35');
    expect(unitPrice(0.3)).toBe('$0.3');
    expect(unitPrice(2.24)).toBe('$2.2');
    expect(unitPrice(15.3)).toBe('$15');
    expect(unitPrice(150)).toBe('$150');
    expect(unitPrice(0)).toBe('$0');
  });
});
