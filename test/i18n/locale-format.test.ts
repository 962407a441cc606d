import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { count, getLanguage, money, percent, price, quarters, setLanguage, shortCount, supportedLanguage, t, unitPrice } from '../../src/i18n';
import { loadLanguage } from '../../src/ui/language';

// Chinese is fetched on demand in the game; here it is loaded once before the tests switch to it.
beforeAll(() => loadLanguage('zh-CN'));
afterEach(() => setLanguage('en'));

describe('choosing a language', () => {
  it('maps browser language tags to the languages the game ships', () => {
    expect(supportedLanguage('zh')).toBe('zh-CN');
    expect(supportedLanguage('zh-Hans-CN')).toBe('zh-CN');
    expect(supportedLanguage('zh-SG')).toBe('zh-CN');
    expect(supportedLanguage('en-GB')).toBe('en');
    expect(supportedLanguage('fr-FR')).toBeNull();
    expect(supportedLanguage('')).toBeNull();
  });

  it('ignores a language the game does not ship and keeps the one it had', () => {
    setLanguage('zh-CN');
    expect(setLanguage('de')).toBe(false);
    expect(getLanguage()).toBe('zh-CN');
  });
});

describe('money, counts and dates in English', () => {
  it('writes dollars in short form with the sign before the dollar', () => {
    expect(money(80e6)).toBe('$80M');
    expect(money(1.2e9)).toBe('$1.2B');
    expect(money(-3.4e6)).toBe('−$3.4M');
    expect(price(2.35)).toBe('$2.35');
    expect(count(4000)).toBe('4,000');
    expect(percent(0.125)).toBe('12.5%');
  });

  it('chooses singular or plural by the count', () => {
    expect(quarters(1)).toBe('1 quarter');
    expect(quarters(3)).toBe('3 quarters');
    expect(quarters('1.0')).toBe('1.0 quarters');
    expect(t('hq.runwayQuarters', { count: '1.0' })).toBe('1.0 quarters');
    expect(t('title.quarters', { count: 1 })).toBe('1 quarter');
    expect(t('title.scenarioWarnings', { file: 'a.json', count: 1 })).toContain('1 warning to look at');
    expect(t('title.scenarioWarnings', { file: 'a.json', count: 2 })).toContain('2 warnings to look at');
    expect(t('hq.date', { quarter: 1, year: 2025 })).toBe('Q1 2025');
  });
});

describe('money, counts and dates in Chinese', () => {
  it('writes US dollars as the mainland financial press does, in 万 and 亿 followed by 美元', () => {
    setLanguage('zh-CN');
    expect(money(1.2e9)).toBe('12亿美元');
    expect(money(80e6)).toBe('8000万美元');
    expect(money(-3.4e6)).toBe('−340万美元');
    expect(money(500)).toBe('500美元');
    expect(unitPrice(0.0421)).toBe('0.042美元');
    expect(price(2.35)).toBe('2.35美元');
    expect(shortCount(1_250_000)).toBe('125万');
    expect(money(25_732_000)).toBe('2570万美元');
    expect(money(605_300_000)).toBe('6.1亿美元');
  });

  it('writes quarters the Chinese way and needs no plural', () => {
    setLanguage('zh-CN');
    expect(t('hq.date', { quarter: 1, year: 2025 })).toBe('2025年第1季度');
    expect(quarters(1)).toBe('1个季度');
    expect(quarters(3)).toBe('3个季度');
    expect(t('title.scenarioWarnings', { file: 'a.json', count: 2 })).toBe('剧本“a.json”已载入，有2条警告需要查看：');
  });
});
