// The language is the reader's, never the world's: the same seed and moves give the same game in English and Chinese.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buyChips, launchProduct, setPrice, setSplit, stateHash } from '../../src/engine';
import { checkResultFile } from '../../src/classroom/result-check';
import { verdictText } from '../../src/classroom/verdict-text';
import { setLanguage, type Language } from '../../src/i18n';
import { loadShippedScenario } from '../../src/scenario/shipped';
import { createAppStore } from '../../src/store/game-store';
import { shippedScenario } from '../helpers';
import { loadLanguage } from '../../src/ui/language';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

// Chinese is fetched on demand in the game; here it is loaded once before the tests switch to it.
beforeAll(() => loadLanguage('zh-CN'));
afterEach(() => setLanguage('en'));

/** china-2025 played through the store as a player would, with the page in `language`: the hash after every quarter and the result file. */
function playIn(language: Language): { hashes: string[]; result: string } {
  setLanguage(language);
  const scenario = shippedScenario('china-2025');
  const store = createAppStore(scenario, 'same-world', 'china-2025');
  store.getState().newGame();
  store.getState().beginPlay();
  const lab = scenario.playerLab;
  const chip = scenario.chips.find((c) => c.id === 'h20')?.id ?? scenario.chips[0]!.id;
  store.getState().dispatch(buyChips(lab, chip, 1500, false));
  store.getState().dispatch(setSplit(lab, { training: 40, inference: 50, research: 10 }));
  store.getState().dispatch(setPrice(lab, 'api', 0.8));
  const hashes: string[] = [];
  while (store.getState().screen !== 'end') {
    if (hashes.length === 2) store.getState().dispatch(launchProduct(lab, 'consumer'));
    store.getState().endQuarter();
    store.getState().closeReport();
    hashes.push(stateHash(store.getState().game!));
  }
  return { hashes, result: store.getState().saveText()! };
}

describe('the engine never sees the language', () => {
  it('gives the same state hash after every quarter, and a result file that verifies the same, in English and in Chinese', () => {
    const english = playIn('en');
    const chinese = playIn('zh-CN');
    expect(english.hashes.length).toBe(12);
    expect(chinese.hashes).toEqual(english.hashes);

    // A teacher reading in either language checks either student's file and reaches the same verdict.
    const verdicts = [english.result, chinese.result].map((text, i) => checkResultFile({ name: `student-${i}.json`, text }, shipped));
    for (const verdict of verdicts) expect(verdict.ok).toBe(true);
    const { file: _a, ...fromEnglish } = verdicts[0]!;
    const { file: _b, ...fromChinese } = verdicts[1]!;
    expect(fromChinese).toEqual(fromEnglish);
    // Only the sentence differs: it is worded in the teacher's language.
    setLanguage('zh-CN');
    expect(verdictText(verdicts[1]!)).toMatch(/^已核验/);
    setLanguage('en');
    expect(verdictText(verdicts[1]!)).toMatch(/^verified/);
  });
});
