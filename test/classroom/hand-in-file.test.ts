import { describe, expect, it } from 'vitest';
import { createGame, stateHash } from '../../src/engine';
import { checkResultFile, type VerifiedResult } from '../../src/classroom/result-check';
import { createHandInFile, handInFileName } from '../../src/classroom/hand-in-file';
import { verdictText } from '../../src/classroom/verdict-text';
import { saveText, type SaveFile } from '../../src/store/save-file';
import { loadShippedScenario } from '../../src/scenario/shipped';
import { playedCutSave, playedSave, reseal } from './result-files';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};
const china = shipped('china-2025')!;
const pivot = shipped('pivot')!;

/** A played save handed in as `student` to `classCode`. */
function handIn(save: SaveFile, student: string, classCode: string) {
  const scenario = shipped(save.scenario.id)!;
  const game = createGame(scenario, { seed: save.seed, quarters: save.quarters });
  return createHandInFile({ scenario, source: save.scenario.source, shipped: true, game, seatsAtStart: save.seats, log: save.actionLog, checkpoints: save.checkpointHashes, savedAt: save.savedAt }, { student, classCode });
}

describe('a classroom cut', () => {
  it('ends the game after the cut\'s quarters, and a cut as long as the scenario is no cut at all (same hash as before)', () => {
    const cut = playedCutSave(pivot, 'cut', 6);
    expect(cut.quarters).toBe(6);
    expect(cut.checkpointHashes).toHaveLength(6);
    expect(stateHash(createGame(pivot, { seed: 's', quarters: pivot.quarters }))).toBe(stateHash(createGame(pivot, { seed: 's' })));
    expect(stateHash(createGame(pivot, { seed: 's', quarters: 99 }))).toBe(stateHash(createGame(pivot, { seed: 's' })));
    expect(stateHash(createGame(pivot, { seed: 's', quarters: 6 }))).not.toBe(stateHash(createGame(pivot, { seed: 's' })));
    expect(saveText(playedSave(pivot, 'whole', 1))).not.toContain('"quarters"');
  }, 120_000);

  it('verifies as a finished game of its length; a file whose length was edited (and resealed) is refused', () => {
    const cut = playedCutSave(pivot, 'cut-verify', 7);
    const verdict = checkResultFile({ name: 'cut.json', text: saveText(cut) }, shipped) as VerifiedResult;
    expect(verdict).toMatchObject({ ok: true, finished: true, quarters: 7, cut: true, scenario: { id: 'pivot', custom: false } });
    const { checksum: _checksum, ...body } = cut;
    expect(checkResultFile({ name: 'longer.json', text: reseal({ ...body, quarters: 8 }) }, shipped)).toMatchObject({ ok: false, reason: 'hashMismatch' });
    expect(checkResultFile({ name: 'whole.json', text: reseal({ ...body, quarters: pivot.quarters }) }, shipped)).toMatchObject({ ok: false, reason: 'notASave' });
    const whole = checkResultFile({ name: 'whole.json', text: saveText(playedSave(china, 'whole', 1)) }, shipped) as VerifiedResult;
    expect(whole).toMatchObject({ ok: true, quarters: china.quarters, cut: false });
    expect(whole.handIn).toBeUndefined();
  }, 180_000);
});

describe('a hand-in file', () => {
  it('is named after the class and the student in safe characters', () => {
    expect(handInFileName({ student: 'Ada Lovelace', classCode: 'K7QD-3XMP' })).toBe('shakeout-k7qd-3xmp-ada-lovelace.json');
    expect(handInFileName({ student: 'Zoë  O\'Brien-Núñez', classCode: 'K7QD-3XMP' })).toBe('shakeout-k7qd-3xmp-zoe-o-brien-nunez.json');
    expect(handInFileName({ student: '../../etc/passwd', classCode: 'K7QD-3XMP' })).toBe('shakeout-k7qd-3xmp-etc-passwd.json');
    // A Chinese class's files keep their names, so thirty hand-ins are not thirty copies of student.json.
    expect(handInFileName({ student: '李雷', classCode: 'K7QD-3XMP' })).toBe('shakeout-k7qd-3xmp-李雷.json');
    expect(handInFileName({ student: '韩 梅梅/../', classCode: 'K7QD-3XMP' })).toBe('shakeout-k7qd-3xmp-韩-梅梅.json');
    expect(handInFileName({ student: '𠀋'.repeat(50), classCode: 'K7QD-3XMP' })).toBe(`shakeout-k7qd-3xmp-${'𠀋'.repeat(40)}.json`);
    expect(handInFileName({ student: '?*/.', classCode: 'K7QD-3XMP' })).toBe('shakeout-k7qd-3xmp-student.json');
    expect(handInFileName({ student: 'x'.repeat(80), classCode: 'K7QD-3XMP' })).toMatch(/^shakeout-k7qd-3xmp-x{40}\.json$/);
  });

  it('holds the student, the class code, the seed, the scenario hash, the length and the log, and verifies with them', () => {
    const cut = playedCutSave(pivot, 'hand-in', 6, { 2: 'vertical-apps' });
    const { name, text, file } = handIn(cut, '  Ada Lovelace ', 'K7QD-3XMP');
    expect(name).toBe('shakeout-k7qd-3xmp-ada-lovelace.json');
    expect(file).toMatchObject({ handIn: { student: 'Ada Lovelace', classCode: 'K7QD-3XMP' }, seed: 'hand-in', quarters: 6, scenario: { id: 'pivot', hash: cut.scenario.hash } });
    expect(file.actionLog).toEqual(cut.actionLog);
    const verdict = checkResultFile({ name, text }, shipped) as VerifiedResult;
    expect(verdict).toMatchObject({ ok: true, finished: true, quarters: 6, cut: true, handIn: { student: 'Ada Lovelace', classCode: 'K7QD-3XMP' } });
    expect(verdict.autopilot).toEqual([expect.objectContaining({ strategy: 'vertical-apps', from: { year: 2025, quarter: 3 } })]);
    expect(verdictText(verdict)).toMatch(/ A classroom cut of 6 quarters\. Handed in by Ada Lovelace for class K7QD-3XMP\.$/);
  }, 120_000);

  it('is refused when its hand-in is not a short name and code', () => {
    const { file } = handIn(playedSave(pivot, 'bad-hand-in', 1), 'Ada', 'K7QD-3XMP');
    const { checksum: _checksum, ...body } = file;
    for (const bad of [{ student: '', classCode: 'K7QD-3XMP' }, { student: 'Ada', classCode: 'K'.repeat(81) }, { student: 'Ada', classCode: 'K7QD-3XMP', extra: 1 }, 'Ada']) {
      expect(checkResultFile({ name: 'bad.json', text: reseal({ ...body, handIn: bad as never }) }, shipped)).toMatchObject({ ok: false, reason: 'notASave' });
    }
  }, 60_000);
});
