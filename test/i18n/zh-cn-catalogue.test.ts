import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en';
import { GLOSSARY, TERMS } from '../../src/i18n/glossary';
import { GLOSSARY_ZH_CN } from '../../src/i18n/glossary-zh-cn';
import { zhCN } from '../../src/i18n/zh-cn';
import { PREMIUM_REVENUE_MULTIPLE } from '../../src/engine';

/** The parameter names a template uses, plural choices included: "{count} {count:a|b}" → ["count"]. */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!))].sort();
}

const HAN = /\p{Script=Han}/u;
const KEYS = Object.keys(en) as MessageKey[];
// Entries that are only placeholders, symbols, product names or units read the same in Chinese.
const LANGUAGE_NEUTRAL = KEYS.filter((key) => !/[A-Za-z]{2,}/.test(en[key].replace(/\{[^{}]*\}/g, '')) || ['settings.renderer.webgl', 'report.segment.api'].includes(key));

describe('the Simplified Chinese catalogue', () => {
  it('has an entry for every key of the English catalogue and no key English lacks', () => {
    const missing = KEYS.filter((key) => !(typeof zhCN[key] === 'string' && zhCN[key].trim() !== ''));
    const extra = Object.keys(zhCN).filter((key) => !Object.hasOwn(en, key));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('uses exactly the placeholders the English message uses, so no figure goes missing or shows as {name}', () => {
    const differing = KEYS.filter((key) => placeholders(en[key]).join() !== placeholders(zhCN[key]).join())
      .map((key) => `${key}: en ${placeholders(en[key]).join(',')} / zh ${placeholders(zhCN[key]).join(',')}`);
    expect(differing).toEqual([]);
  });

  it('is written in Chinese wherever the English has words', () => {
    const untranslated = KEYS.filter((key) => !LANGUAGE_NEUTRAL.includes(key) && !HAN.test(zhCN[key].replace(/\{[^{}]*\}/g, '')));
    expect(untranslated).toEqual([]);
  });

  it('writes no English plural choices, which Chinese does not have', () => {
    expect(KEYS.filter((key) => /\{\w+:[^{}]*\|/.test(zhCN[key]))).toEqual([]);
  });

  it('explains every glossary term in Chinese', () => {
    expect(Object.keys(GLOSSARY_ZH_CN).sort()).toEqual(Object.keys(GLOSSARY).sort());
    const untranslated = TERMS.filter((term) => !HAN.test(GLOSSARY_ZH_CN[term][1]) || GLOSSARY_ZH_CN[term][0].trim() === '');
    expect(untranslated).toEqual([]);
  });
});

describe('the glossary entry for investors\' estimate', () => {
  it('names the premium cap the engine applies, in both languages, so the text follows the rule', () => {
    expect(GLOSSARY.estimate[1]).toContain(`never more than ${PREMIUM_REVENUE_MULTIPLE} times the lab's revenue of the past year`);
    expect(GLOSSARY_ZH_CN.estimate[1]).toContain(`过去一年收入的 ${PREMIUM_REVENUE_MULTIPLE} 倍`);
  });
});
