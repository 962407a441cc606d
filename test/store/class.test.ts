import { describe, expect, it } from 'vitest';
import { encodeClassCode } from '../../src/classroom/class-code';
import { loadShippedScenario } from '../../src/scenario/shipped';
import { createAppStore } from '../../src/store/game-store';
import { memorySaveStorage } from '../../src/store/persistence';
import { loadSave, scenarioHash, type SaveFile } from '../../src/store/save-file';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};
const tutorial = shipped('tutorial')!;
const china = shipped('china-2025')!;

const storeFor = (storage = memorySaveStorage()) => createAppStore(tutorial, 'title-seed', 'tutorial', { shipped, storage, now: () => new Date('2026-12-02T10:00:00Z') });

describe('joining a class in the store', () => {
  it('plays the code\'s scenario, seed and classroom length, and every save of the game is the student\'s hand-in', () => {
    const store = storeFor();
    const code = encodeClassCode({ scenario: { shipped: 'china-2025' }, seed: 907, quarters: 6, autopilot: false });
    expect(store.getState().joinClass(code.toLowerCase(), '  Ada   Lovelace ')).toBeNull();
    const { game, screen, classGame } = store.getState();
    expect(screen).toBe('briefing');
    expect(game).toMatchObject({ seed: '907', quarters: 6, scenario: { id: 'china-2025' } });
    expect(classGame).toEqual({ code, student: 'Ada Lovelace', autopilot: false });
    store.getState().beginPlay();
    while (store.getState().screen !== 'end') {
      store.getState().endQuarter();
      // Each quarter's report opens first (the last one before the debrief); closing it moves on.
      store.getState().closeReport();
    }
    expect(store.getState().game!.quarter).toBe(6);
    expect(store.getState().saveFileName()).toBe(`shakeout-${code.toLowerCase()}-ada-lovelace.json`);
    const save = JSON.parse(store.getState().saveText()!) as SaveFile;
    expect(save).toMatchObject({ handIn: { student: 'Ada Lovelace', classCode: code }, seed: '907', quarters: 6, scenario: { hash: scenarioHash(china) } });
  }, 120_000);

  it('refuses the autopilot in a class whose code forbids it, also after a reload, and allows it where the code does', () => {
    const storage = memorySaveStorage();
    const store = storeFor(storage);
    const strict = encodeClassCode({ scenario: { shipped: 'tutorial' }, seed: 12, quarters: 6, autopilot: false });
    store.getState().joinClass(strict, 'Ada');
    store.getState().beginPlay();
    const handOver = { type: 'setAutopilot', lab: tutorial.playerLab, strategy: 'frontier' } as const;
    expect(store.getState().dispatch(handOver)).toEqual({ reason: 'classForbidsAutopilot', params: { code: strict } });
    expect(store.getState().game!.seats[tutorial.playerLab]).toEqual({ kind: 'human' });
    expect(store.getState().log).toEqual([]);
    // Continued from browser storage, the class still forbids it.
    const later = storeFor(storage);
    expect(later.getState().continueGame(store.getState().slot!)).toBe(true);
    expect(later.getState().dispatch(handOver)).toMatchObject({ reason: 'classForbidsAutopilot' });
    // A class that allows it, and a game outside any class, take it.
    store.getState().joinClass(encodeClassCode({ scenario: { shipped: 'tutorial' }, seed: 12, quarters: 6, autopilot: true }), 'Ada');
    expect(store.getState().dispatch(handOver)).toBeNull();
    store.getState().backToTitle();
    store.getState().newGame();
    expect(store.getState().dispatch(handOver)).toBeNull();
  }, 120_000);

  it('continues a class game from browser storage with its class, length and seed', () => {
    const storage = memorySaveStorage();
    const store = storeFor(storage);
    const code = encodeClassCode({ scenario: { shipped: 'tutorial' }, seed: 31, quarters: 6, autopilot: true });
    store.getState().joinClass(code, 'Grace');
    store.getState().beginPlay();
    store.getState().endQuarter();
    const slot = store.getState().slot!;
    const later = storeFor(storage);
    expect(later.getState().continueGame(slot)).toBe(true);
    expect(later.getState()).toMatchObject({ seed: '31', quartersChoice: 6, classGame: { code, student: 'Grace', autopilot: true }, game: { quarter: 1, quarters: 6 } });
    expect(loadSave(later.getState().saveText()!, shipped)).toMatchObject({ ok: true, save: { handIn: { student: 'Grace', classCode: code } } });
  }, 120_000);

  it('says why it cannot join: a typo, no name, or a custom scenario whose file is not loaded', () => {
    const store = storeFor();
    const code = encodeClassCode({ scenario: { shipped: 'pivot' }, seed: 5, quarters: null, autopilot: true });
    expect(store.getState().joinClass(`${code.slice(0, -1)}${code.endsWith('Z') ? 'Y' : 'Z'}`, 'Ada')).toEqual({ ok: false, problem: 'check' });
    expect(store.getState().joinClass(code, '   ')).toEqual({ problem: 'noName' });
    const custom = encodeClassCode({ scenario: { customHash: scenarioHash(china).slice(0, 9) }, seed: 5, quarters: 8, autopilot: true });
    expect(store.getState().joinClass(custom, 'Ada')).toEqual({ problem: 'needsFile' });
    expect(store.getState().screen).toBe('title');
    // Once the student has loaded the teacher's file (here: the same scenario under a file name), the code matches it.
    store.getState().chooseScenario(china, 'teachers-world.json');
    expect(store.getState().joinClass(custom, 'Ada')).toBeNull();
    expect(store.getState().game).toMatchObject({ seed: '5', quarters: 8 });
    expect(store.getState().gameSource).toBe('teachers-world.json');
  }, 120_000);

  it('a game outside a class is a plain save under its old name, and leaving the class scenario leaves the class', () => {
    const store = storeFor();
    store.getState().joinClass(encodeClassCode({ scenario: { shipped: 'tutorial' }, seed: 5, quarters: 6, autopilot: true }), 'Ada');
    store.getState().backToTitle();
    store.getState().chooseScenario(china, 'china-2025');
    store.getState().chooseQuarters(null);
    store.getState().newGame();
    expect(store.getState().classGame).toBeNull();
    expect(store.getState().saveFileName()).toBe('shakeout-china-2025-q1.json');
    expect(store.getState().saveText()).not.toContain('handIn');
  }, 120_000);
});
