// Which labs' offers may have moved during the bots' pass. The rivals' book (rival-book.ts) checked every lab's offer
// inputs in every market at every bot's turn, which grew with the square of the labs; the marks read each lab's inputs
// once per turn for all markets together and note the turn they last changed at, so a market checked since then skips
// the lab. A pure cache of what the book reads: it changes no figure.
import { rulesOf, segmentIds } from './segments';
import type { SegmentId } from './scenario-types';
import type { GameState, Lab } from './state-types';
import { actedSince } from './bot-pass';

/** Each lab's offer inputs as last read, and the turn they last differed from the reading before. */
export interface LabMarks {
  /** The turn the labs were last read at. */
  turn: number;
  /** Per lab, in the state's order: the turn its inputs were last seen to change. */
  changedAt: Int32Array;
  alive: Uint8Array;
  region: string[];
  productModel: (string | null)[];
  reputation: Float64Array;
  buzz: Float64Array;
  /** Per segment (segmentIds' order), per lab: whether it has the product, and its price there (the reference price unset). */
  selling: Uint8Array[];
  price: Float64Array[];
  /** The list of labs `index` gives places in. */
  labs?: readonly Lab[];
  index?: Map<Lab, number>;
}

/** The labs' inputs read at the state's turn, every lab marked as changed then. */
export function readMarks(state: GameState): LabMarks {
  const count = state.labs.length;
  const segments = segmentIds(state.scenario).length;
  const marks: LabMarks = {
    turn: state.turn,
    changedAt: new Int32Array(count).fill(state.turn),
    alive: new Uint8Array(count),
    region: new Array<string>(count).fill(''),
    productModel: new Array<string | null>(count).fill(null),
    reputation: new Float64Array(count),
    buzz: new Float64Array(count),
    selling: Array.from({ length: segments }, () => new Uint8Array(count)),
    price: Array.from({ length: segments }, () => new Float64Array(count)),
  };
  const inputs = segmentInputs(state);
  for (let i = 0; i < count; i += 1) note(state, marks, inputs, i);
  return marks;
}

/**
 * Reads the labs again when the turn has moved since, marking those whose inputs changed. In the bots' pass, an
 * accepted action changes the offer inputs of the lab it acts for and of no other (a test holds every handler to it):
 * only the labs that acted since are read again (bot-pass.ts actedSince).
 */
export function updateMarks(state: GameState, marks: LabMarks): void {
  if (marks.turn === state.turn) return;
  const acted = actedSince(state, marks.turn);
  marks.turn = state.turn;
  const inputs = segmentInputs(state);
  if (acted) {
    for (const lab of acted) {
      const i = indexOf(state, marks, lab);
      if (i >= 0 && note(state, marks, inputs, i)) marks.changedAt[i] = state.turn;
    }
    return;
  }
  for (let i = 0; i < state.labs.length; i += 1) if (note(state, marks, inputs, i)) marks.changedAt[i] = state.turn;
}

/** A lab's place in the state's list (the list of a pass's working copy never changes). */
function indexOf(state: GameState, marks: LabMarks, lab: Lab): number {
  if (marks.labs !== state.labs) {
    marks.labs = state.labs;
    marks.index = new Map(state.labs.map((l, i) => [l, i]));
  }
  return marks.index!.get(lab) ?? -1;
}

/** The segments in segmentIds' order and the price a lab without one set is taken at in each. */
function segmentInputs(state: GameState): { segments: readonly SegmentId[]; referencePrices: number[] } {
  const segments = segmentIds(state.scenario);
  return { segments, referencePrices: segments.map((segment) => rulesOf(state.scenario, segment).referencePrice) };
}

/** Records lab `i`'s inputs; whether any differed from those recorded before. */
function note(state: GameState, marks: LabMarks, { segments, referencePrices }: ReturnType<typeof segmentInputs>, i: number): boolean {
  const lab = state.labs[i]!;
  let changed = false;
  if (marks.alive[i] !== (lab.alive ? 1 : 0)) {
    marks.alive[i] = lab.alive ? 1 : 0;
    changed = true;
  }
  if (marks.region[i] !== lab.region || marks.productModel[i] !== lab.productModel) {
    marks.region[i] = lab.region;
    marks.productModel[i] = lab.productModel;
    changed = true;
  }
  if (!Object.is(marks.reputation[i], lab.reputation) || !Object.is(marks.buzz[i], lab.buzz)) {
    marks.reputation[i] = lab.reputation;
    marks.buzz[i] = lab.buzz;
    changed = true;
  }
  for (let s = 0; s < segments.length; s += 1) {
    const segment = segments[s]!;
    const selling = lab.products[segment] ? 1 : 0;
    const price = lab.prices[segment] ?? referencePrices[s]!;
    if (marks.selling[s]![i] !== selling || !Object.is(marks.price[s]![i], price)) {
      marks.selling[s]![i] = selling;
      marks.price[s]![i] = price;
      changed = true;
    }
  }
  return changed;
}
