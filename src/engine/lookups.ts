// Models and labs by id without a scan of the list: a lab's served model, or a model's maker, is looked up many times a
// quarter for every lab, which made a quarter's cost grow with the square of the number of labs.
import type { Lab, Model } from './state-types';

/**
 * A model by id, from a lookup table remembered per list of models (a pure cache: lists only grow in place, by push,
 * and a change in an immutable state makes a new list). The first model of an id wins, as Array.find would have it.
 */
export function modelById(models: readonly Model[], id: string | null): Model | undefined {
  if (id === null) return undefined;
  let known = MODELS_BY_ID.get(models);
  if (!known || known.count !== models.length) {
    const byId = new Map<string, Model>();
    for (const model of models) if (!byId.has(model.id)) byId.set(model.id, model);
    known = { count: models.length, byId };
    MODELS_BY_ID.set(models, known);
  }
  return known.byId.get(id);
}

/** The model a lab serves, if any. */
export function servedModel(state: { readonly models: readonly Model[] }, lab: { readonly productModel: string | null }): Model | undefined {
  return modelById(state.models, lab.productModel);
}

const MODELS_BY_ID = new WeakMap<readonly Model[], { count: number; byId: Map<string, Model> }>();

/**
 * A lab by id, from a table remembered per list of labs (a pure cache: the list of labs never changes length in a game,
 * and a change in an immutable state makes a new list). The first lab of an id wins, as Array.find would have it.
 */
export function labById(labs: readonly Lab[], id: string): Lab | undefined {
  let known = LABS_BY_ID.get(labs);
  if (!known || known.count !== labs.length) {
    const byId = new Map<string, Lab>();
    for (const lab of labs) if (!byId.has(lab.id)) byId.set(lab.id, lab);
    known = { count: labs.length, byId };
    LABS_BY_ID.set(labs, known);
  }
  return known.byId.get(id);
}

const LABS_BY_ID = new WeakMap<readonly Lab[], { count: number; byId: Map<string, Lab> }>();
