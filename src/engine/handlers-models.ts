// Actions on models and know-how: training runs, open weights, building on open models, research, publishing.
import { isAmount, type Handlers } from './handler';
import { reject } from './reasons';
import { replaceModel } from './lookups';
import { DIRECTION_CONTROLS } from './text-rules';
import { findTechnique, labEffects, PUBLISH_REPUTATION } from './research';
import { fitsToServe, labMemory, trainingMemoryNeed } from './phase-training';
import { OPEN_RELEASE_REPUTATION, requiredFlop } from './training';

export const modelHandlers: Handlers<'startRun' | 'cancelRun' | 'openWeights' | 'useModel' | 'research' | 'publish'> = {
  startRun: {
    validate(state, lab, action) {
      if (lab.run) return reject('runInProgress', { run: lab.run.name });
      if (typeof action.name !== 'string' || action.name.trim() === '' || action.name.length > 40 || DIRECTION_CONTROLS.test(action.name)) return reject('badName');
      if (!isAmount(action.totalParams, 1e8, 1e14)) return reject('badNumber', { field: 'totalParams' });
      if (!isAmount(action.activeParams, 1e8, 1e14)) return reject('badNumber', { field: 'activeParams' });
      if (!isAmount(action.tokens, 1e9, 1e15)) return reject('badNumber', { field: 'tokens' });
      if (action.activeParams > action.totalParams) return reject('activeAboveTotal');
      if (action.activeParams < action.totalParams && !labEffects(state, lab).mixtureOfExperts) return reject('needsMixtureOfExperts');
      // Refused rather than slowed: the player sees at once that the model is too big for the fleet, and why.
      const need = trainingMemoryNeed(state, lab, action);
      const have = labMemory(state, lab);
      if (need > have) return reject('runDoesNotFit', { needGb: need / 1e9, haveGb: have / 1e9 });
      return undefined;
    },
    apply(state, lab, action) {
      lab.run = {
        name: action.name.trim(),
        totalParams: action.totalParams,
        activeParams: action.activeParams,
        tokens: action.tokens,
        open: action.open === true,
        requiredFlop: requiredFlop(action.activeParams, action.tokens),
        doneFlop: 0,
        startedQuarter: state.quarter,
      };
    },
  },
  cancelRun: {
    validate: (_state, lab) => (lab.run ? undefined : reject('noRun')),
    apply(_state, lab) {
      lab.run = null;
    },
  },
  openWeights: {
    validate(state, lab, action) {
      const model = state.models.find((m) => m.id === action.model);
      if (!model) return reject('unknownModel', { model: String(action.model) });
      if (model.lab !== lab.id) return reject('notYourModel', { model: model.id });
      if (model.open) return reject('alreadyOpen', { model: model.id });
      return undefined;
    },
    apply(state, lab, action) {
      // A copy in its place: the model object may be shared with the states before (copy.ts workingCopy).
      replaceModel(state.models, { ...state.models.find((m) => m.id === action.model)!, open: true });
      lab.reputation = Math.min(100, lab.reputation + OPEN_RELEASE_REPUTATION);
    },
  },
  useModel: {
    validate(state, lab, action) {
      const model = state.models.find((m) => m.id === action.model);
      if (!model) return reject('unknownModel', { model: String(action.model) });
      if (model.lab !== lab.id && !model.open) return reject('modelNotOpen', { model: model.id });
      if (!fitsToServe(state, lab, model)) return reject('modelDoesNotFit', { model: model.id, needGb: (model.totalParams * labEffects(state, lab).weightBytes) / 1e9, haveGb: labMemory(state, lab) / 1e9 });
      return undefined;
    },
    apply(_state, lab, action) {
      lab.productModel = action.model;
    },
  },
  research: {
    validate(state, lab, action) {
      const technique = findTechnique(state, action.technique);
      if (!technique) return reject('unknownTechnique', { technique: String(action.technique) });
      if (lab.techniques.includes(technique.id)) return reject('techniqueKnown', { technique: technique.id });
      return undefined;
    },
    apply(_state, lab, action) {
      // Switching keeps nothing: half-finished research is tacit and lost.
      if (lab.research?.technique !== action.technique) lab.research = { technique: action.technique, points: 0 };
    },
  },
  publish: {
    validate(state, lab, action) {
      const technique = findTechnique(state, action.technique);
      if (!technique) return reject('unknownTechnique', { technique: String(action.technique) });
      if (!lab.techniques.includes(technique.id)) return reject('techniqueUnknownToLab', { technique: technique.id });
      if (state.published.includes(technique.id)) return reject('alreadyPublished', { technique: technique.id });
      return undefined;
    },
    apply(state, lab, action) {
      state.published.push(action.technique);
      lab.reputation = Math.min(100, lab.reputation + PUBLISH_REPUTATION);
    },
  },
};
