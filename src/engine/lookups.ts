// Models and labs by id without a scan of the list: a lab's served model, or a model's maker, is looked up many times a
// quarter for every lab, which made a quarter's cost grow with the square of the number of labs.
import type { Lab, Model } from './state-types';

/** A figure folded over a list, remembered per list with how many of its items it has read. */
type Folds<T, A> = WeakMap<readonly T[], { count: number; value: A }>;

/**
 * `add` folded over `list` from `start()`, remembered per list (a pure cache: lists only grow in place, by push, and a
 * change in an immutable state makes a new list): items pushed since are added to it (a quarter adds its models one
 * lab at a time).
 */
function foldOver<T, A>(folds: Folds<T, A>, list: readonly T[], start: () => A, add: (value: A, item: T) => void): A {
  let known = folds.get(list);
  if (!known || known.count > list.length) {
    known = { count: 0, value: start() };
    folds.set(list, known);
  }
  for (let i = known.count; i < list.length; i += 1) add(known.value, list[i]!);
  known.count = list.length;
  return known.value;
}

type ById<T> = Folds<T, Map<string, T>>;

/** An item by id, from a lookup table remembered per list. The first item of an id wins, as Array.find would have it. */
function byIdIn<T extends { readonly id: string }>(tables: ById<T>, list: readonly T[], id: string): T | undefined {
  return foldOver(tables, list, newTable<T>, addById<T>).get(id);
}

// The folds' steps made once, not at every lookup (the lookups run thousands of times a quarter).
const newTable = <T>() => new Map<string, T>();
function addById<T extends { readonly id: string }>(byId: Map<string, T>, item: T): void {
  if (!byId.has(item.id)) byId.set(item.id, item);
}

const MODELS_BY_ID: ById<Model> = new WeakMap();
const LABS_BY_ID: ById<Lab> = new WeakMap();

/** A model by id (undefined for none). */
export function modelById(models: readonly Model[], id: string | null): Model | undefined {
  return id === null ? undefined : byIdIn(MODELS_BY_ID, models, id);
}

/**
 * Puts `model` in place of the first model of its id (a model is never changed in place: the quarter's working copy
 * shares the models of the state before it), keeping the tables that hold models in step.
 */
export function replaceModel(models: Model[], model: Model): void {
  const index = models.findIndex((m) => m.id === model.id);
  if (index < 0) return;
  const replaced = models[index];
  models[index] = model;
  for (const folds of [MODELS_BY_ID, BEST_BY_LAB]) {
    const known = folds.get(models);
    if (!known || index >= known.count) continue;
    for (const [key, held] of known.value) if (held === replaced) known.value.set(key, model);
  }
}

/**
 * A lab's most capable model, the first of the most capable (undefined for none): asked for every lab's valuation and
 * every bot, so remembered per list (a model's capability never changes).
 */
export function bestModelOf(models: readonly Model[], lab: string): Model | undefined {
  return foldOver(BEST_BY_LAB, models, newTable<Model>, addIfBest).get(lab);
}

function addIfBest(byLab: Map<string, Model>, model: Model): void {
  const best = byLab.get(model.lab);
  if (!best || model.capability > best.capability) byLab.set(model.lab, model);
}

const BEST_BY_LAB: Folds<Model, Map<string, Model>> = new WeakMap();

/**
 * The best capability of any model another lab made (0 for none): asked for every frontier lab at every turn, so the
 * best model's maker, its capability and the best of every other maker are remembered per list.
 */
export function bestRivalCapability(models: readonly Model[], lab: string): number {
  const top = foldOver(TOP_TWO, models, noTopTwo, addToTopTwo);
  return lab === top.maker ? top.others : top.best;
}

interface TopTwo {
  best: number;
  maker: string | undefined;
  /** The best of every maker but `maker`. */
  others: number;
}

const noTopTwo = (): TopTwo => ({ best: 0, maker: undefined, others: 0 });

function addToTopTwo(top: TopTwo, model: Model): void {
  if (model.lab === top.maker) top.best = Math.max(top.best, model.capability);
  else if (model.capability > top.best) {
    top.others = top.best;
    top.best = model.capability;
    top.maker = model.lab;
  } else top.others = Math.max(top.others, model.capability);
}

const TOP_TWO: Folds<Model, TopTwo> = new WeakMap();

/** The model a lab serves, if any. */
export function servedModel(state: { readonly models: readonly Model[] }, lab: { readonly productModel: string | null }): Model | undefined {
  return modelById(state.models, lab.productModel);
}

/** A lab by id (the list of labs never changes length in a game). */
export function labById(labs: readonly Lab[], id: string): Lab | undefined {
  return byIdIn(LABS_BY_ID, labs, id);
}
