import { describe, expect, it } from 'vitest';
import { launchProduct, objectiveResults, setSplit, startRun } from '../../src/engine';
import { en } from '../../src/i18n/en';
import { createAppStore, type AppStore } from '../../src/store/game-store';
import { guideView } from '../../src/store/guide-slice';
import { TUTORIAL_GUIDE } from '../../src/store/guide-steps';
import { memorySaveStorage } from '../../src/store/persistence';
import { shippedScenario } from '../helpers';

const tutorial = shippedScenario('tutorial');
const lab = tutorial.playerLab;

const stepId = (store: AppStore) => guideView(store.getState())?.step.id;
const open = (store: AppStore) => [...(guideView(store.getState())?.open ?? [])].sort();

function begin(store: AppStore) {
  store.getState().newGame();
  store.getState().beginPlay();
}

/** Does what the current step asks, as the guide's words say it. */
function follow(store: AppStore) {
  const { dispatch, game } = store.getState();
  switch (stepId(store)) {
    case 'compute': return dispatch(setSplit(lab, { training: 70, inference: 25, research: 5 }));
    case 'model': return dispatch(startRun(lab, { name: 'Lantern 2', totalParams: 250e9, activeParams: 250e9, tokens: 5e12, open: false }));
    case 'customers': return dispatch(launchProduct(lab, 'consumer'));
    case 'report': store.getState().closeReport(); return null;
    case 'investors': {
      // The first answer offered, as the browser test's first-time player picks.
      const event = game!.labs.find((l) => l.id === lab)!.pendingChoices[0]!;
      const choice = game!.scenario.events.find((e) => e.id === event)!.choices[0]!.id;
      return dispatch({ type: 'answerEvent', lab, event, choice });
    }
    case 'serve': return dispatch(setSplit(lab, { training: 0, inference: 95, research: 5 }));
    default: {
      if (store.getState().reportOpen) store.getState().closeReport();
      else store.getState().endQuarter();
      return null;
    }
  }
}

describe('the guided tutorial', () => {
  it('every step has its words in the catalogue', () => {
    for (const step of TUTORIAL_GUIDE) for (const key of [step.title, step.todo, step.why]) expect(Object.hasOwn(en, key)).toBe(true);
  });

  it('opens controls step by step, moves on only when the game shows the step done, and ends with the objectives met', () => {
    const store = createAppStore(tutorial, 'tutorial-guide');
    begin(store);
    expect(stepId(store)).toBe('compute');
    expect(open(store)).toEqual(['news', 'split']);
    // Something else the step did not ask for leaves it where it is.
    expect(store.getState().dispatch(launchProduct(lab, 'consumer'))).toBeNull();
    expect(stepId(store)).toBe('compute');
    // A refused move is not a done step.
    expect(store.getState().dispatch(setSplit(lab, { training: 90, inference: 90, research: 5 }))).not.toBeNull();
    expect(stepId(store)).toBe('compute');

    const seen: string[] = [];
    while (store.getState().screen !== 'end') {
      const id = stepId(store)!;
      if (seen.at(-1) !== id) seen.push(id);
      expect(follow(store)).toBeNull();
    }
    // The launch made before its step counted when that step came.
    expect(seen).toEqual(['compute', 'model', 'cash', 'report', 'wait', 'investors', 'training', 'serve', 'loop']);
    expect(objectiveResults(store.getState().game!, lab).map((r) => r.met)).toEqual([true, true, true]);
  });

  it('the report step waits for the report to close, and the End quarter button opens only at its step', () => {
    const store = createAppStore(tutorial, 'report-step');
    begin(store);
    expect(guideView(store.getState())?.open.has('endQuarter')).toBe(false);
    for (let i = 0; i < 3; i += 1) follow(store);
    expect(stepId(store)).toBe('cash');
    expect(guideView(store.getState())?.open.has('endQuarter')).toBe(true);
    store.getState().endQuarter();
    expect(store.getState().reportOpen).toBe(true);
    expect(stepId(store)).toBe('report');
    store.getState().closeReport();
    expect(stepId(store)).toBe('wait');
  });

  it('Show everything opens every control for the rest of the game, and Continue remembers it', () => {
    const storage = memorySaveStorage();
    const store = createAppStore(tutorial, 'skip', tutorial.id, { storage, shipped: (id) => (id === 'tutorial' ? tutorial : undefined) });
    begin(store);
    follow(store);
    expect(stepId(store)).toBe('model');
    store.getState().showEverything();
    expect(guideView(store.getState())).toBeNull();
    store.getState().endQuarter();
    expect(guideView(store.getState())).toBeNull();

    const slot = store.getState().slot!;
    const again = createAppStore(tutorial, 'other', tutorial.id, { storage, shipped: (id) => (id === 'tutorial' ? tutorial : undefined) });
    expect(again.getState().continueGame(slot)).toBe(true);
    expect(again.getState().guide?.skipped).toBe(true);
    expect(guideView(again.getState())).toBeNull();
  });

  it('Continue keeps the step reached, and a game without a remembered place catches up with its log', () => {
    const storage = memorySaveStorage();
    const shipped = (id: string) => (id === 'tutorial' ? tutorial : undefined);
    const store = createAppStore(tutorial, 'resume', tutorial.id, { storage, shipped });
    begin(store);
    follow(store);
    follow(store);
    expect(stepId(store)).toBe('customers');
    const again = createAppStore(tutorial, 'x', tutorial.id, { storage, shipped });
    again.getState().continueGame(store.getState().slot!);
    expect(stepId(again)).toBe('customers');
    // A save opened from a file has no remembered place: the steps its moves already did are passed.
    const imported = createAppStore(tutorial, 'y', tutorial.id, { shipped });
    expect(imported.getState().importSave(store.getState().saveText()!, 'game.json')).toBe(true);
    expect(stepId(imported)).toBe('customers');
  });

  it('other scenarios, and a watched game, have no guide', () => {
    const china = createAppStore(shippedScenario('china-2025'), 'no-guide');
    begin(china);
    expect(china.getState().guide).toBeNull();
    expect(guideView(china.getState())).toBeNull();
    const watched = createAppStore(tutorial, 'watch', tutorial.id, { watch: true });
    begin(watched);
    expect(guideView(watched.getState())).toBeNull();
  });
});
