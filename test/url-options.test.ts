import { describe, expect, it } from 'vitest';
import { readUrlOptions, worldSearch } from '../src/url-options';

describe('the address bar', () => {
  it('reads a class code and a classroom length from a link', () => {
    expect(readUrlOptions('?class=K7QD-3XMP&length=6&seed=42')).toMatchObject({ classCode: 'K7QD-3XMP', quarters: 6, seed: '42' });
    for (const length of ['0', '41', 'six', '6.5', '-3']) expect(readUrlOptions(`?length=${length}`).quarters).toBeNull();
  });

  it('is rewritten to the world played, keeping the other settings, so a reload plays it again', () => {
    const search = worldSearch('?renderer=canvas&seed=old&scenario=tutorial', { scenario: 'china-2025', seed: '907', quarters: 6, classCode: 'K7QD-3XMP' });
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({ renderer: 'canvas', seed: '907', scenario: 'china-2025', class: 'K7QD-3XMP', length: '6' });
    expect(readUrlOptions(search)).toMatchObject({ scenario: 'china-2025', seed: '907', quarters: 6, classCode: 'K7QD-3XMP', renderer: 'canvas' });
    // Leaving the class and the cut takes them out of the link.
    expect(worldSearch(search, { scenario: 'pivot', seed: 'abc', quarters: null, classCode: null })).toBe('?renderer=canvas&seed=abc&scenario=pivot');
    expect(worldSearch('', { scenario: null, seed: 'x', quarters: null, classCode: null })).toBe('?seed=x');
  });
});
