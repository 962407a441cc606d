import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, endQuarter, hashString, canonicalJson, stateHash, type GameState, type LogEntry } from '../../src/engine';
import { STRATEGIES } from '../../src/engine/bots/strategies';
import { loadShippedScenario } from '../../src/scenario/shipped';
import { createSave, loadSave, saveText, type SaveFile } from '../../src/store/save-file';
import { tutorial } from '../engine/fixtures';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

/** A whole tutorial game where the player's actions come from the efficient-open strategy, as a log. */
function playedGame(seed: string): { log: LogEntry[]; checkpoints: string[]; states: GameState[] } {
  let state = createGame(tutorial, { seed });
  const log: LogEntry[] = [];
  const checkpoints: string[] = [];
  const states = [state];
  while (!state.over) {
    const lab = state.labs.find((l) => l.id === 'lantern')!;
    for (const action of STRATEGIES['efficient-open'](state, lab)) {
      const result = applyAction(state, action);
      if (result.ok) {
        state = result.state;
        log.push({ kind: 'action', action });
      }
    }
    state = endQuarter(state);
    log.push({ kind: 'endQuarter' });
    checkpoints.push(stateHash(state));
    states.push(state);
  }
  return { log, checkpoints, states };
}

function saveAfter(seed: string, log: LogEntry[], checkpoints: string[], quarters: number): SaveFile {
  let ends = 0;
  const cut = log.findIndex((e) => e.kind === 'endQuarter' && ++ends === quarters) + 1;
  const prefix = quarters === 0 ? [] : log.slice(0, cut);
  let state = createGame(tutorial, { seed });
  for (const entry of prefix) state = entry.kind === 'endQuarter' ? endQuarter(state) : (applyAction(state, entry.action) as { state: GameState }).state;
  return createSave({ scenario: tutorial, source: 'tutorial', shipped: true, game: state, seatsAtStart: state.seats, log: prefix, checkpoints: checkpoints.slice(0, quarters), savedAt: '2026-12-01T00:00:00Z' });
}

describe('saves', () => {
  it('saved at every quarter of 200 seeds, loaded and continued, every game reaches the uninterrupted final hash', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const { log, checkpoints } = playedGame(`save-${seed}`);
      const final = checkpoints.at(-1);
      for (let q = 0; q <= checkpoints.length; q += 1) {
        const save = saveAfter(`save-${seed}`, log, checkpoints, q);
        const loaded = loadSave(saveText(save), shipped);
        if (!loaded.ok) throw new Error(`seed ${seed} quarter ${q}: ${loaded.reason}`);
        let state = loaded.state;
        for (const entry of log.slice(save.actionLog.length)) state = entry.kind === 'endQuarter' ? endQuarter(state) : (applyAction(state, entry.action) as { state: GameState }).state;
        expect(stateHash(state)).toBe(final);
      }
    }
  }, 600_000);

  it('save -> load -> save gives the same bytes', () => {
    const { log, checkpoints } = playedGame('bytes');
    const text = saveText(saveAfter('bytes', log, checkpoints, 5));
    const loaded = loadSave(text, shipped);
    if (!loaded.ok) throw new Error(loaded.reason);
    const again = createSave({ scenario: loaded.scenario, source: loaded.save.scenario.source, shipped: true, game: loaded.state, seatsAtStart: loaded.save.seats, log: loaded.save.actionLog, checkpoints: loaded.save.checkpointHashes, savedAt: loaded.save.savedAt });
    expect(saveText(again)).toBe(text);
  });

  it('catches every truncation and every flipped bit', () => {
    const { log, checkpoints } = playedGame('flips');
    const text = saveText(saveAfter('flips', log, checkpoints, 4));
    for (let cut = 0; cut < text.length; cut += 7) expect(loadSave(text.slice(0, cut), shipped).ok).toBe(false);
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 0, max: 6 }), (at, bit) => {
      const flipped = text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << bit)) + text.slice(at + 1);
      return loadSave(flipped, shipped).ok === false;
    }), { seed: 11, numRuns: 500 });
  });

  it('names the problem: newer format, edited log, wrong scenario', () => {
    const { log, checkpoints } = playedGame('problems');
    const save = saveAfter('problems', log, checkpoints, 3);
    const reseal = (body: Omit<SaveFile, 'checksum'>) => saveText({ ...body, checksum: hashString(canonicalJson(body)) } as SaveFile);
    const { checksum: _c, ...body } = save;
    expect(loadSave(reseal({ ...body, formatVersion: 99 }), shipped)).toMatchObject({ ok: false, reason: 'newerFormat', detail: 99 });
    expect(loadSave(reseal({ ...body, checkpointHashes: ['0000000000000000', ...body.checkpointHashes.slice(1)] }), shipped)).toMatchObject({ ok: false, reason: 'hashMismatch', detail: 1 });
    expect(loadSave(reseal({ ...body, scenario: { ...body.scenario, id: 'atlantis' } }), shipped)).toMatchObject({ ok: false, reason: 'unknownScenario' });
    expect(loadSave(reseal({ ...body, scenario: { ...body.scenario, hash: 'ffffffffffffffff' } }), shipped)).toMatchObject({ ok: false, reason: 'scenarioChanged' });
    expect(loadSave('{"formatVersion": 1', shipped)).toMatchObject({ ok: false, reason: 'notJson' });
    expect(loadSave('[1,2,3]', shipped)).toMatchObject({ ok: false, reason: 'notASave' });
  });

  it('loads the committed fixture save of format 1 written by engine 0.4.0 (older saves keep loading, marked as such)', () => {
    const loaded = loadSave(readFileSync('test/fixtures/saves/format-1.json', 'utf8'), shipped);
    if (!loaded.ok) throw new Error(`fixture: ${loaded.reason} ${loaded.detail ?? ''}`);
    expect(loaded.olderEngine).toBe('0.4.0');
    expect(loaded.state.quarter).toBe(loaded.save.checkpointHashes.length);
    // This engine's own fingerprints replace the old ones, so the next save of the game verifies.
    expect(loaded.checkpoints).toHaveLength(loaded.save.checkpointHashes.length);
    expect(loaded.checkpoints).not.toEqual(loaded.save.checkpointHashes);
  });
});
