// Models by id without a scan of the list: a lab's served model is looked up many times a quarter, per lab.
import type { Model } from './state-types';

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
