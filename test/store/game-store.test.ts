import { describe, expect, it } from 'vitest';
import { DESIGN_STRATEGIES, setAutopilot, simulateSeed, stateHash, summarise } from '../../src/engine';
import { loadSave } from '../../src/store/save-file';
import { createAppStore } from '../../src/store/game-store';
import { memorySaveStorage } from '../../src/store/persistence';
import { tutorial } from '../engine/fixtures';

describe('the store\'s debrief comparison', () => {
  it('plays the finished world once per strategy, one game a call, and forgets it with the game', () => {
    const store = createAppStore(tutorial, 'store-trials');
    const finish = () => {
      store.getState().newGame();
      store.getState().beginPlay();
      while (store.getState().screen !== 'end') {
        store.getState().endQuarter();
        store.getState().closeReport();
      }
    };
    finish();
    expect(store.getState().strategyTrials).toBeNull();

    const calls: boolean[] = [];
    for (let i = 0; i < DESIGN_STRATEGIES.length; i += 1) calls.push(store.getState().tryNextStrategy());
    // True while strategies remain, false on the last; a further call plays nothing.
    expect(calls).toEqual([true, true, true, true, false]);
    expect(store.getState().tryNextStrategy()).toBe(false);
    const trials = store.getState().strategyTrials!;
    expect(trials.map((trial) => trial.strategy)).toEqual([...DESIGN_STRATEGIES]);
    // Each row is the game the simulator plays for that seed and seat.
    const frontier = simulateSeed(tutorial, 'store-trials', { [tutorial.playerLab]: 'frontier' }).labs.find((l) => l.id === tutorial.playerLab)!;
    expect(trials[0]!.score).toBe(frontier.score);

    finish();
    expect(store.getState().strategyTrials).toBeNull();
    store.getState().tryNextStrategy();
    store.getState().backToTitle();
    expect(store.getState().strategyTrials).toBeNull();
  });
});

describe('autopilot in the store', () => {
  it('a game handed to a strategy midway saves and loads, plays out one quarter a call, and replays as it was played', () => {
    const store = createAppStore(tutorial, 'store-autopilot');
    store.getState().newGame();
    store.getState().beginPlay();
    store.getState().endQuarter();
    expect(store.getState().dispatch(setAutopilot(tutorial.playerLab, 'efficient-open'))).toBeNull();
    store.getState().endQuarter();
    // The save starts from the seats the game began with; the hand-over is in its log.
    const loaded = loadSave(store.getState().saveText()!, () => undefined);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.save.seats[tutorial.playerLab]).toEqual({ kind: 'human' });
    let quarters = 0;
    while (store.getState().autopilotQuarter()) quarters += 1;
    // Quarters 3 to 7 go on; the eighth ends the game.
    expect(quarters).toBe(tutorial.quarters - 3);
    expect(store.getState().game!.over).toBe(true);
    expect(store.getState().screen).toBe('end');
    expect(store.getState().reportOpen).toBe(false);
    expect(loadSave(store.getState().saveText()!, () => undefined).ok).toBe(true);
    // The debrief's replay rebuilds the same world: its last quarter is the game's final state.
    const played = stateHash(store.getState().game!);
    expect(store.getState().openReplay()).toBe(true);
    expect(stateHash(store.getState().replay!.steps.at(-1)!.state)).toBe(played);
  });
});

describe('many worlds in the store', () => {
  it('plays seeds 1..N of the chosen scenario (one game a task without workers) and sums them up as the simulator does', async () => {
    const store = createAppStore(tutorial, 'any');
    store.getState().playWorlds(12);
    expect(store.getState().worlds).toMatchObject({ scenario: tutorial.id, total: 12, summary: null });
    await new Promise<void>((resolve) => {
      const stop = store.subscribe((s) => s.worlds?.summary, (summary) => {
        if (summary) {
          stop();
          resolve();
        }
      });
    });
    const expected = summarise(Array.from({ length: 12 }, (_, i) => simulateSeed(tutorial, String(i + 1))));
    expect(store.getState().worlds!.summary).toEqual(expected);
    // Choosing another scenario forgets the worlds of the last one.
    store.getState().chooseScenario(tutorial, 'tutorial');
    expect(store.getState().worlds).toBeNull();
  });
});

describe('the end of a game in the store', () => {
  it('shows the last quarter\'s report first, opens the debrief when it closes, and marks the save finished', () => {
    const storage = memorySaveStorage();
    const store = createAppStore(tutorial, 'store-last-report', 'tutorial', { storage });
    store.getState().newGame();
    store.getState().beginPlay();
    for (let quarter = 1; quarter < tutorial.quarters; quarter += 1) {
      store.getState().endQuarter();
      store.getState().closeReport();
    }
    expect(storage.list()[0]?.finished).toBe(false);
    store.getState().endQuarter();
    expect(store.getState().game!.over).toBe(true);
    expect(store.getState().reportOpen).toBe(true);
    expect(store.getState().screen).toBe('hq');
    // The title offers a finished game's debrief, not Continue.
    expect(storage.list()[0]?.finished).toBe(true);
    store.getState().closeReport();
    expect(store.getState().screen).toBe('end');
    expect(store.getState().reportOpen).toBe(false);
  });
});

describe('many worlds for a class', () => {
  it('plays the class\'s scenario, not the chosen one, and keeps how the player\'s lab ended in each world', async () => {
    const store = createAppStore(tutorial, 'any');
    const other = { ...tutorial, id: 'class-copy' };
    store.getState().playWorlds(6, { scenario: other, source: 'class-copy' });
    await new Promise<void>((resolve) => {
      const stop = store.subscribe((s) => s.worlds?.summary, (summary) => {
        if (summary) {
          stop();
          resolve();
        }
      });
    });
    const labs = Array.from({ length: 6 }, (_, i) => simulateSeed(other, String(i + 1)).labs.find((l) => l.id === other.playerLab)!);
    expect(store.getState().worlds).toMatchObject({
      scenario: 'class-copy',
      source: 'class-copy',
      player: { lab: other.playerLab, scores: labs.map((l) => l.score).sort((a, b) => a - b), survived: labs.filter((l) => l.survived).length },
    });
  });
});
