import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGame, endQuarter, stateHash, type GameState } from '../../src/engine';
import { checkResultFile } from '../../src/classroom/result-check';
import { getLanguage, setLanguage } from '../../src/i18n';
import { loadShippedScenario } from '../../src/scenario/shipped';
import { saveText, scenarioHash } from '../../src/store/save-file';
import { figureLabel } from '../../src/ui/figure-label';
import { eventText, regionName, scenarioPremise, scenarioTitle, sourceNoteText } from '../../src/ui/scenario-text';
import { shippedScenarioIds } from '../../src/scenario/shipped';
import { playedSave } from '../classroom/result-files';
import { loadLanguage } from '../../src/ui/language';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

// Chinese is fetched on demand in the game; here it is loaded once before the tests switch to it.
beforeAll(() => loadLanguage('zh-CN'));
afterEach(() => setLanguage('en'));

describe('scenario text in the chosen language', () => {
  it('shows china-2025 in Chinese when the language is zh-CN and in its own words in English', () => {
    const china = shipped('china-2025')!;
    const event = china.events.find((e) => e.id === 'h20-licence')!;
    expect(eventText(china, event).headline).toBe(event.headline);
    setLanguage('zh-CN');
    expect(getLanguage()).toBe('zh-CN');
    expect(scenarioTitle(china)).toBe('DeepSeek 冲击');
    expect(eventText(china, event).headline).toBe('华盛顿对 H20 实行许可证管理');
    expect(regionName(china, 'cn')).toBe('中国');
    const poaching = china.events.find((e) => e.id === 'poaching')!;
    expect(eventText(china, poaching).choice('retain')).toContain('留任奖金');
  });

  it('translates a source note by the key of its figure', () => {
    const loaded = loadShippedScenario('tutorial');
    if (!loaded?.ok) throw new Error('the tutorial does not load');
    const price = loaded.sources.find((s) => s.key === 'chips[h100].price')!;
    setLanguage('zh-CN');
    expect(sourceNoteText(loaded.scenario, price.key!, price.source)).toMatchObject({ organisation: 'techspot.com', note: '市场价 2.5 万至 3 万美元，取中间值。', date: price.source.date });
  });

  it('says where each sourced figure sits in Chinese words, for every figure of every shipped scenario', () => {
    setLanguage('zh-CN');
    for (const id of shippedScenarioIds()) {
      const loaded = loadShippedScenario(id);
      if (!loaded?.ok) throw new Error(`${id} does not load`);
      const price = loaded.sources.find((s) => s.key === 'chips[h100].price');
      if (price) expect(figureLabel(loaded.scenario, price.key, price.path)).toBe('芯片 › 英伟达 H100 › 价格');
      // A field name or an id left as written (researcherCostPerYear, h20) starts with a lower-case letter; names do not.
      const english = loaded.sources.map((s) => figureLabel(loaded.scenario, s.key, s.path)).filter((label) => label.split(' › ').some((word) => /^[a-z][A-Za-z0-9-]*$/.test(word)));
      expect(english, id).toEqual([]);
    }
    setLanguage('en');
    const loaded = loadShippedScenario('tutorial');
    if (!loaded?.ok) throw new Error('the tutorial does not load');
    expect(loaded.sources.map((s) => figureLabel(loaded.scenario, s.key, s.path))).toEqual(loaded.sources.map((s) => s.path));
  });

  it('keeps the words of a file of one\'s own that reuses a shipped id but changes the text', () => {
    const china = shipped('china-2025')!;
    const own = { ...china, premise: 'My own story.', events: china.events.map((e) => (e.id === 'price-war' ? { ...e, body: 'Something else.' } : e)) };
    setLanguage('zh-CN');
    expect(scenarioPremise(own)).toBe('My own story.');
    const war = own.events.find((e) => e.id === 'price-war')!;
    expect(eventText(own, war).body).toBe('Something else.');
    expect(eventText(own, war).headline).not.toBe(war.headline);
  });
});

describe('the language never reaches the world', () => {
  /** Loads the scenario and plays six quarters with every seat on a bot, under a language. */
  const playIn = (language: string): { state: GameState; hash: string; scenarioHash: string } => {
    setLanguage(language);
    const china = shipped('china-2025')!;
    let state = createGame(china, { seed: 'lang-1' });
    for (let q = 0; q < 6; q += 1) state = endQuarter(state);
    return { state, hash: stateHash(state), scenarioHash: scenarioHash(china) };
  };

  it('gives the same state hash for the same seed in English and in Chinese', () => {
    const english = playIn('en');
    const chinese = playIn('zh-CN');
    expect(getLanguage()).toBe('zh-CN');
    expect(chinese.scenarioHash).toBe(english.scenarioHash);
    expect(chinese.hash).toBe(english.hash);
  }, 120_000);

  it('writes the same result file in either language, and each verifies the same in the other', () => {
    const fileIn = (language: string) => {
      setLanguage(language);
      return saveText(playedSave(shipped('china-2025')!, 'lang-2', 3));
    };
    const english = fileIn('en');
    const chinese = fileIn('zh-CN');
    expect(chinese).toBe(english);
    const verdicts = [['en', chinese], ['zh-CN', english]].map(([language, text]) => {
      setLanguage(language!);
      return checkResultFile({ name: 'student.json', text: text! }, shipped);
    });
    expect(verdicts[0]!.ok).toBe(true);
    expect(verdicts[1]).toEqual(verdicts[0]);
  }, 120_000);
});
