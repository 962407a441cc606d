// The checker's sentences in Simplified Chinese: an author loading a broken file in the Chinese game reads every problem
// in Chinese, at the same place and with the same severity as in English; ids, keys and JSON stay as written.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n';
import { loadScenario } from '../../src/scenario/load';
import { shippedOptions } from '../../src/scenario/shipped';
import { translationProblems } from '../../src/scenario/translation';
import { loadLanguage } from '../../src/ui/language';

const folder = 'test/fixtures/bad-scenarios';
const files = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();
const HAN = /\p{Script=Han}/u;
// Latin letters left once ids, keys, quoted values, kind names (any, all, not…) and JSON snippets are taken out: none should be English words.
const english = (message: string) => message.replace(/"[^"]*"|“[^”]*”|\{[^}]*\}|\[[^\]]*\]|\b[a-zA-Z_$][\w.$]*[A-Z_$.\d][\w.$]*\b|\b(JSON|JavaScript|Unicode|U\+202E|NaN|Infinity|id|kind|true|false|any|all|not|H\d+)\b/g, '')
  .match(/\b[a-z]{3,}\b/gi) ?? [];

function problemsIn(language: 'en' | 'zh-CN', name: string) {
  setLanguage(language);
  const file = `${folder}/${name}`;
  const result = loadScenario(readFileSync(file, 'utf8'), file, shippedOptions);
  return result.ok ? result.warnings : result.problems;
}

beforeAll(() => loadLanguage('zh-CN'));
afterEach(() => setLanguage('en'));

describe('the scenario checker in Chinese', () => {
  it.each(files)('%s: every problem is a Chinese sentence at the same place as the English one', (name) => {
    const inEnglish = problemsIn('en', name);
    const inChinese = problemsIn('zh-CN', name);
    expect(inChinese.map(({ message: _, ...where }) => where)).toEqual(inEnglish.map(({ message: _, ...where }) => where));
    for (const problem of inChinese) {
      expect(problem.message, problem.message).toMatch(HAN);
      expect(english(problem.message), problem.message).toEqual([]);
    }
  });

  it('words a translation file\'s missing and stale text in Chinese', () => {
    setLanguage('zh-CN');
    const scenario = readFileSync('scenarios/tutorial.json', 'utf8');
    const translation = JSON.stringify({ scenario: 'tutorial', language: 'zh-CN', text: { title: '初试身手', 'events[nowhere].headline': '无' } });
    const problems = translationProblems(translation, 'tutorial.zh-CN.json', scenario, 'scenarios/tutorial.json', shippedOptions.lookup);
    expect(problems.some((p) => p.severity === 'warning' && p.message.startsWith('过时的译文'))).toBe(true);
    expect(problems.some((p) => p.severity === 'warning' && /没有 zh-CN 译文/.test(p.message))).toBe(true);
  });
});
