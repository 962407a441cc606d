import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf, canonicalJson, createGame, hashString, type Scenario } from '../../src/engine';
import { checkResultFile, checkResultFiles, implausibleFigure, type ResultVerdict, type VerifiedResult } from '../../src/classroom/result-check';
import { checkHandedIn } from '../../src/classroom/handed-in';
import { verdictText } from '../../src/classroom/verdict-text';
import { setLanguage } from '../../src/i18n';
import { loadLanguage } from '../../src/ui/language';
import { scenarioHash, saveText, type SaveFile } from '../../src/store/save-file';
import { loadShippedScenario } from '../../src/scenario/shipped';
import { forgedFortune, forgedRichChina, forgedRivalMoves, forgedSeats, playedSave, reseal } from './result-files';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};
const china = shipped('china-2025')!;

function verified(verdict: ResultVerdict): VerifiedResult {
  if (!verdict.ok) throw new Error(`${verdict.file}: ${verdict.reason} ${verdict.detail ?? ''}`);
  return verdict;
}

describe('checking a result file', () => {
  it('names an honest shipped game\'s scenario, hash, seed and lab, not as a custom scenario', () => {
    const text = saveText(playedSave(china, 'honest', 3));
    const verdict = verified(checkResultFile({ name: 'ana.json', text }, shipped));
    expect(verdict.scenario).toEqual({ id: 'china-2025', title: china.title, hash: scenarioHash(china), custom: false, posingAsShipped: false });
    expect(verdict).toMatchObject({ seed: 'honest', lab: { id: china.playerLab }, autopilot: [], finished: false, lastPlayed: { year: 2025, quarter: 3 }, labCount: china.labs.length });
    expect(verdict.rank).toBeGreaterThanOrEqual(1);
    const line = verdictText(verdict);
    expect(line).toContain(`verified — ${china.title} (scenario hash ${scenarioHash(china).slice(0, 10)}), seed honest, in progress, last quarter played Q3 2025;`);
    expect(line).toContain(`rank ${verdict.rank} of ${china.labs.length}; never on autopilot.`);
    expect(line).not.toContain('custom');
  }, 60_000);

  it('shows a save carrying a richer scenario under the id china-2025 as a custom scenario, never as the shipped one', () => {
    const honest = verified(checkResultFile({ name: 'honest.json', text: saveText(playedSave(china, 'forged', 3)) }, shipped));
    // The forgery replays cleanly (its checkpoints and checksum are right), so it verifies: as the custom scenario it is.
    const forged = verified(checkResultFile({ name: 'forged.json', text: forgedRichChina(china, 'forged', 3) }, shipped));
    expect(forged.scenario).toMatchObject({ id: 'china-2025', title: china.title, custom: true, posingAsShipped: true });
    expect(forged.scenario.hash).not.toBe(scenarioHash(china));
    expect(forged.score).toBeGreaterThan(honest.score);
    const line = verdictText(forged);
    expect(line).toContain(`verified — custom scenario "${china.title}", not the shipped china-2025 (scenario hash ${forged.scenario.hash.slice(0, 10)})`);
    expect(line).not.toContain(`verified — ${china.title}`);
  }, 60_000);

  it('refuses a save that claims the shipped scenario by id alone but was played on another', () => {
    const text = forgedRichChina(china, 'header-only', 2);
    const save = JSON.parse(text) as SaveFile;
    const { checksum: _checksum, ...body } = save;
    const withoutData = reseal({ ...body, scenario: { id: 'china-2025', source: 'china-2025', hash: save.scenario.hash } });
    expect(checkResultFile({ name: 'claim.json', text: withoutData }, shipped)).toMatchObject({ ok: false, reason: 'scenarioChanged', detail: 'china-2025' });
  }, 60_000);

  it('refuses an embedded scenario the scenario checker refuses, with the checker\'s reason, before playing it', () => {
    const save = playedSave(china, 'malformed', 1);
    const { checksum: _checksum, ...body } = save;
    const named = { ...china, labs: china.labs.map((lab, i) => (i === 0 ? { ...lab, name: { text: 'not a name' } } : lab)) };
    const nowhere = { ...china, labs: china.labs.map((lab, i) => (i === 0 ? { ...lab, region: 'atlantis' } : lab)) };
    for (const data of [named, nowhere, 'a scenario', [1, 2]]) {
      const text = reseal({ ...body, scenario: { id: 'china-2025', source: 'mine.json', hash: hashString(canonicalJson(data)), data: data as Scenario } });
      const verdict = checkResultFile({ name: 'malformed.json', text }, shipped);
      expect(verdict).toMatchObject({ ok: false, reason: 'badScenario' });
      expect(verdictText(verdict)).toMatch(/^not verified — The scenario it carries is not a valid scenario \(.+\)\.$/);
    }
  }, 60_000);

  it('says from which quarter the lab was on autopilot, and until when when it was taken back', () => {
    const start = china.start;
    const handedBack = verified(checkResultFile({ name: 'back.json', text: saveText(playedSave(china, 'pilot', 6, { 2: 'frontier', 4: null })) }, shipped));
    expect(handedBack.autopilot).toEqual([{ strategy: 'frontier', from: calendarOf(start, 2), until: calendarOf(start, 3) }]);
    expect(verdictText(handedBack)).toContain('on autopilot (frontier) Q3 2025–Q4 2025.');

    const stillOn = verified(checkResultFile({ name: 'on.json', text: saveText(playedSave(china, 'pilot', 5, { 1: 'steady', 3: 'frontier' })) }, shipped));
    expect(stillOn.autopilot).toEqual([{ strategy: 'steady', from: calendarOf(start, 1), until: calendarOf(start, 2) }, { strategy: 'frontier', from: calendarOf(start, 3) }]);
    expect(verdictText(stillOn)).toContain('on autopilot (steady) Q2 2025–Q3 2025, on autopilot (frontier) from Q4 2025.');

    const oneQuarter = verified(checkResultFile({ name: 'one.json', text: saveText(playedSave(china, 'pilot', 4, { 1: 'steady', 2: null })) }, shipped));
    expect(verdictText(oneQuarter)).toContain('on autopilot (steady) in Q2 2025.');
  }, 60_000);

  it('reads in Chinese on a Chinese page: the scenario by its translated title, the strategies by their Chinese names', async () => {
    const file = verified(checkResultFile({ name: 'zh.json', text: saveText(playedSave(china, 'pilot', 4, { 1: 'consumer-apps' })) }, shipped));
    await loadLanguage('zh-CN');
    setLanguage('zh-CN');
    try {
      const text = verdictText(file);
      expect(text).toContain('DeepSeek 冲击');
      expect(text).toContain('自动托管（C 端应用）');
      expect(text).not.toMatch(/consumer-apps|The DeepSeek shock/);
    } finally {
      setLanguage('en');
    }
  }, 60_000);

  it('flags files with the same game under different names as copies of each other, and only those', () => {
    const text = saveText(playedSave(china, 'copied', 2));
    const other = saveText(playedSave(china, 'own-work', 2));
    const [first, second, third] = checkResultFiles([{ name: 'bo.json', text }, { name: 'cy.json', text }, { name: 'di.json', text: other }], shipped).map(verified);
    expect(first!.copies).toEqual(['cy.json']);
    expect(second!.copies).toEqual(['bo.json']);
    expect(third!.copies).toEqual([]);
    expect(first!.fingerprint).toBe(second!.fingerprint);
    expect(first!.fingerprint).not.toBe(third!.fingerprint);
    expect(verdictText(first!)).toMatch(/ Same seed, scenario and moves as cy\.json: a copy\.$/);
    expect(verdictText(third!)).not.toContain('copy');
  }, 60_000);

  it('never throws on garbage, and a bad file among good ones leaves their verdicts as they were', () => {
    const good = saveText(playedSave(china, 'among', 1));
    const nested = `{"formatVersion":1,"checksum":"0","deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const garbage = ['', 'null', '42', '"text"', '{"formatVersion":1', '{"formatVersion":1}', '{"formatVersion":"1"}', nested, good.slice(0, good.length / 2), `${good}x`];
    const verdicts = checkResultFiles([...garbage.map((text, i) => ({ name: `bad-${i}.json`, text })), { name: 'good.json', text: good }], shipped);
    expect(verdicts.slice(0, garbage.length).every((v) => !v.ok)).toBe(true);
    expect(verified(verdicts.at(-1)!).seed).toBe('among');
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      const verdict = checkResultFile({ name: 'any.json', text }, shipped);
      return !verdict.ok && verdictText(verdict).startsWith('not verified — ');
    }), { seed: 12, numRuns: 300 });
  }, 60_000);
});

describe('forged results that replay cleanly', () => {
  const rival = china.labs.find((lab) => lab.id !== china.playerLab)!;

  it('refuses rivals left idle, naming the lab, who played it and who the scenario seats there', () => {
    const verdict = checkResultFile({ name: 'idle.json', text: forgedSeats(china, 'idle', 2, { kind: 'bot', strategy: 'idle' }) }, shipped);
    expect(verdict).toMatchObject({ ok: false, reason: 'seats', seat: { lab: rival.id, found: { kind: 'bot', strategy: 'idle' }, expected: { kind: 'bot', strategy: rival.strategy } } });
    expect(verdictText(verdict)).toBe(`not verified — The labs are not seated as the scenario seats them: ${rival.id} is played by the idle strategy, where the scenario has the ${rival.strategy} strategy.`);
  }, 60_000);

  it('refuses rivals played by people who never move', () => {
    const verdict = checkResultFile({ name: 'people.json', text: forgedSeats(china, 'people', 2, { kind: 'human' }) }, shipped);
    expect(verdict).toMatchObject({ ok: false, reason: 'seats', seat: { lab: rival.id, found: { kind: 'human' } } });
    expect(verdictText(verdict)).toContain(`${rival.id} is played by a person, where the scenario has the ${rival.strategy} strategy.`);
  }, 60_000);

  it('refuses a game watched from the start, with the player\'s lab on its strategy', () => {
    const player = china.labs.find((lab) => lab.id === china.playerLab)!;
    const seats = Object.fromEntries(china.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
    const { checksum: _checksum, ...body } = JSON.parse(saveText(playedSave(china, 'watched', 1))) as SaveFile;
    // The seats are part of the checksum and the replay: made again with the game the forger played.
    const watched = createGame(china, { seed: 'watched', seats });
    expect(watched.seats[player.id]).toEqual({ kind: 'bot', strategy: player.strategy });
    const verdict = checkResultFile({ name: 'watched.json', text: reseal({ ...body, seats, actionLog: [], checkpointHashes: [] }) }, shipped);
    expect(verdict).toMatchObject({ ok: false, reason: 'seats', seat: { lab: player.id, found: { kind: 'bot' }, expected: { kind: 'human' } } });
  }, 60_000);

  it('refuses a log that moves a rival\'s lab, at the first such move, with the engine\'s reason', () => {
    const verdict = checkResultFile({ name: 'puppet.json', text: forgedRivalMoves(china, 'puppet', 2) }, shipped);
    expect(verdict).toMatchObject({ ok: false, reason: 'badLog', refused: { reason: 'notAPersonsLab' } });
    expect(verdictText(verdict)).toMatch(/^not verified — Its move \d+ is one the game refuses: [a-z0-9-]+ is played by its strategy from the start; only a person's lab takes orders/);
  }, 60_000);

  it('refuses a fortune of 1e300 dollars carried in the scenario, before playing it', () => {
    const verdict = checkResultFile({ name: 'fortune.json', text: forgedFortune(china, 'fortune') }, shipped);
    expect(verdict).toMatchObject({ ok: false, reason: 'badScenario' });
    expect(verdictText(verdict)).toMatch(/^not verified — The scenario it carries is not a valid scenario \(labs\[\d+\]\.cash: This must be at most 10000000000000\.\)\.$/);
  }, 60_000);

  it('never shows a figure no game reaches: NaN, Infinity or 1e300 dollars are named as what they are', () => {
    const state = createGame(china, { seed: 'figures' });
    expect(implausibleFigure(state)).toBeUndefined();
    const player = state.labs.findIndex((lab) => lab.id === china.playerLab);
    for (const [field, value] of [['cash', 1e300], ['estimate', Infinity], ['valuation', NaN], ['equity', 2]] as const) {
      const labs = state.labs.map((lab, i) => (i === player ? { ...lab, [field]: value } : lab));
      expect(implausibleFigure({ ...state, labs })).toEqual({ lab: china.playerLab, name: field, value });
    }
  });

  it('gives every file of a batch its own line, even beside files that cannot be read or described', () => {
    const honest = saveText(playedSave(china, 'batch', 1));
    const named = { ...china, labs: china.labs.map((lab, i) => (i === 0 ? { ...lab, name: { text: 'an object' } } : lab)) };
    const { checksum: _checksum, ...body } = JSON.parse(honest) as SaveFile;
    const objectName = reseal({ ...body, scenario: { id: 'mine', source: 'mine.json', hash: hashString(canonicalJson(named)), data: named as unknown as Scenario } });
    const lines = checkHandedIn([
      { name: 'unreadable.json', unreadable: 'The file could not be read (EACCES).' },
      { name: 'object-name.json', text: objectName },
      { name: 'idle.json', text: forgedSeats(china, 'batch', 1, { kind: 'bot', strategy: 'idle' }) },
      { name: 'huge.json', text: ' '.repeat(4_000_001) },
      { name: 'ok.json', text: honest },
    ], shipped);
    expect(lines.map((l) => [l.file, l.ok])).toEqual([['unreadable.json', false], ['object-name.json', false], ['idle.json', false], ['huge.json', false], ['ok.json', true]]);
    expect(lines[0]!.verdict).toBe('not verified — The file could not be read (EACCES).');
    expect(lines[1]!.verdict).toMatch(/^not verified — The scenario it carries is not a valid scenario \(labs\[0\]\.name: This should be text in quotes\.\)\.$/);
    expect(lines[3]!.verdict).toBe('not verified — It is too large to be a saved game (the limit is 4,000,000 characters).');
    expect(lines[4]!.verdict).toMatch(/^verified — /);
  }, 60_000);
});
