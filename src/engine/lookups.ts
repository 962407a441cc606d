// Models and labs by id without a scan of the list: a lab's served model, or a model's maker, is looked up many times a
// quarter for every lab, which made a quarter's cost grow with the square of the number of labs.
import type { Lab, Model } from './state-types';

type ById<T> = WeakMap<readonly T[], { count: number; byId: Map<string, T> }>;

/**
 * An item by id, from a lookup table remembered per list (a pure cache: lists only grow in place, by push, and a change
 * in an immutable state makes a new list). The first item of an id wins, as Array.find would have it.
 */
function byIdIn<T extends { readonly id: string }>(tables: ById<T>, list: readonly T[], id: string): T | undefined {
  let known = tables.get(list);
  if (!known || known.count > list.length) {
    known = { count: 0, byId: new Map<string, T>() };
    tables.set(list, known);
  }
  // Items pushed since the table was made are added to it (a quarter adds its models one lab at a time).
  for (let i = known.count; i < list.length; i += 1) {
    const item = list[i]!;
    if (!known.byId.has(item.id)) known.byId.set(item.id, item);
  }
  known.count = list.length;
  return known.byId.get(id);
}

const MODELS_BY_ID: ById<Model> = new WeakMap();
const LABS_BY_ID: ById<Lab> = new WeakMap();

/** A model by id (undefined for none). */
export function modelById(models: readonly Model[], id: string | null): Model | undefined {
  return id === null ? undefined : byIdIn(MODELS_BY_ID, models, id);
}

/**
 * Puts `model` in place of the first model of its id (a model is never changed in place: the quarter's working copy
 * shares the models of the state before it), keeping the lookup table of the list in step.
 */
export function replaceModel(models: Model[], model: Model): void {
  const index = models.findIndex((m) => m.id === model.id);
  if (index < 0) return;
  const replaced = models[index];
  models[index] = model;
  const known = MODELS_BY_ID.get(models);
  if (known && index < known.count) known.byId.set(model.id, model);
  const best = BEST_BY_LAB.get(models);
  if (best && index < best.count && best.byLab.get(model.lab) === replaced) best.byLab.set(model.lab, model);
}

/**
 * A lab's most capable model, the first of the most capable (undefined for none): asked for every lab's valuation and
 * every bot, so remembered per list (a pure cache: lists only grow in place, and a model's capability never changes).
 */
export function bestModelOf(models: readonly Model[], lab: string): Model | undefined {
  let known = BEST_BY_LAB.get(models);
  if (!known || known.count > models.length) {
    known = { count: 0, byLab: new Map<string, Model>() };
    BEST_BY_LAB.set(models, known);
  }
  for (let i = known.count; i < models.length; i += 1) {
    const model = models[i]!;
    const best = known.byLab.get(model.lab);
    if (!best || model.capability > best.capability) known.byLab.set(model.lab, model);
  }
  known.count = models.length;
  return known.byLab.get(lab);
}

const BEST_BY_LAB = new WeakMap<readonly Model[], { count: number; byLab: Map<string, Model> }>();

/** The model a lab serves, if any. */
export function servedModel(state: { readonly models: readonly Model[] }, lab: { readonly productModel: string | null }): Model | undefined {
  return modelById(state.models, lab.productModel);
}

/** A lab by id (the list of labs never changes length in a game). */
export function labById(labs: readonly Lab[], id: string): Lab | undefined {
  return byIdIn(LABS_BY_ID, labs, id);
}
