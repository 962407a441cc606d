import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../src/i18n/choose-language';
import { classLink, readUrlOptions, worldSearch } from '../src/url-options';

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

describe('the language in a link', () => {
  it('reads ?lang= as the nearest shipped language, and ignores one the game does not have', () => {
    expect(readUrlOptions('?lang=zh-CN').language).toBe('zh-CN');
    expect(readUrlOptions('?lang=zh').language).toBe('zh-CN');
    expect(readUrlOptions('?lang=en-GB').language).toBe('en');
    expect(readUrlOptions('?lang=fr').language).toBeNull();
    expect(readUrlOptions('?seed=1').language).toBeNull();
  });

  it('is kept when the address bar is rewritten to the world played', () => {
    expect(new URLSearchParams(worldSearch('?lang=zh-CN', { scenario: 'pivot', seed: '7', quarters: null, classCode: null })).get('lang')).toBe('zh-CN');
  });

  it('goes into a class link, so students open the game in the teacher\'s language', () => {
    expect(classLink('https://example.org/game/', 'K7QD-3XMP', 'zh-CN')).toBe('https://example.org/game/?class=K7QD-3XMP&lang=zh-CN');
  });
});

describe('the language a first visit opens in', () => {
  it('follows the link, then the remembered choice, then the browser\'s languages in order, then English', () => {
    expect(chooseLanguage('zh-CN', 'en', ['en-US'])).toBe('zh-CN');
    expect(chooseLanguage(null, 'zh-CN', ['en-US'])).toBe('zh-CN');
    expect(chooseLanguage('xx', 'en', ['zh-CN'])).toBe('en');
    expect(chooseLanguage(null, null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh-CN');
    expect(chooseLanguage(null, null, ['de-DE'])).toBe('en');
  });
});
