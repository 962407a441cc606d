// The checker and the engine agree: a scenario the checker accepts plays, whatever its ids and names; and the engine
// keys its lookups so that even ids the checker refuses (constructor, __proto__, toString) are only ever data.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, endQuarter, legalActions, type GameState, type Scenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';
import { shippedOptions } from '../../src/scenario/shipped';

const tutorialFile = JSON.parse(readFileSync('scenarios/tutorial.json', 'utf8')) as Record<string, unknown>;

/** Ids a scenario might carry that collide with what JavaScript gives objects, arrays and functions. */
const HOSTILE_IDS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype', 'length', 'name', 'then', '0', '1e3', 'nan', 'x'.repeat(40)];
/** The scenario's own ids, by what they name. */
const OWN_IDS = ['us', 'row', 'h100', 'a100', 'lantern', 'meridian', 'moe', 'fp8', 'finance', 'healthcare', 'open-shock'];
/** Keys whose values are ids, and records keyed by ids. */
const ID_VALUES = new Set(['id', 'playerLab', 'region', 'madeIn', 'chip', 'openTo', 'techniques']);
const ID_KEYED = new Set(['chips', 'spend']);

/** The file with every use of one id given another (a copy: the parsed file is shared). */
function renamed(file: unknown, from: string, to: string, key = ''): unknown {
  if (Array.isArray(file)) return file.map((item) => renamed(item, from, to, key));
  if (typeof file === 'string') return ID_VALUES.has(key) && file === from ? to : file;
  if (file === null || typeof file !== 'object') return file;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(file)) {
    const name = ID_KEYED.has(key) && k === from ? to : k;
    // defineProperty: a key "__proto__" stays a key, as JSON.parse would make it.
    Object.defineProperty(out, name, { value: renamed(v, from, to, k), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Names shown to players: long, scripted, reversed, empty, or not text at all. */
const HOSTILE_NAMES: unknown[] = ['x'.repeat(10_000), 'W'.repeat(60), '<img src=x onerror=alert(1)>', 'Lab \u202Egnitset', '', ' ', { text: 'object' }, 42, null];
const NAMED = [['labs', 0], ['labs', 1], ['chips', 0], ['regions', 0], ['techniques', 0], ['verticals', 0]] as const;

function withName(file: Record<string, unknown>, [list, index]: (typeof NAMED)[number], name: unknown): Record<string, unknown> {
  const items = (file[list] as Record<string, unknown>[]).map((item, i) => (i === index ? { ...item, name } : item));
  return { ...file, [list]: items };
}

/** Every number in the game is finite and no value is a function (what a prototype lookup would have handed back). */
function wellFormed(value: unknown, path = 'state'): string | undefined {
  if (typeof value === 'function') return `${path} is a function`;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    const problem = wellFormed((value as Record<string, unknown>)[key], `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

/** Four quarters in which the person plays some of the moves open to them and the bots play theirs. */
function playFourQuarters(scenario: Scenario, picks: readonly number[]): GameState {
  let state = createGame(scenario, { seed: 'hostile' });
  for (let quarter = 0; quarter < 4 && !state.over; quarter += 1) {
    for (const pick of picks) {
      const open = legalActions(state, scenario.playerLab);
      if (open.length === 0) break;
      const result = applyAction(state, open[pick % open.length]!);
      expect(result.ok).toBe(true);
      if (result.ok) state = result.state;
    }
    state = endQuarter(state);
    const problem = wellFormed({ ...state, scenario: undefined });
    expect(problem).toBeUndefined();
  }
  return state;
}

const picks = fc.array(fc.nat(), { maxLength: 3 });

describe('hostile scenarios', () => {
  it('any scenario the checker accepts, with any of these ids or names, plays four quarters without a throw, NaN or pollution', () => {
    let accepted = 0;
    const mutation = fc.oneof(
      fc.tuple(fc.constantFrom(...OWN_IDS), fc.constantFrom(...HOSTILE_IDS, 'fresh-id', 'z9')).map(([from, to]) => renamed(tutorialFile, from, to) as Record<string, unknown>),
      fc.tuple(fc.constantFrom(...NAMED), fc.constantFrom(...HOSTILE_NAMES)).map(([at, name]) => withName(tutorialFile, at, name)),
    );
    fc.assert(fc.property(mutation, picks, (file, moves) => {
      const result = loadScenario(JSON.stringify(file), 'hostile.json', shippedOptions);
      if (!result.ok) {
        // Refused: every problem is a sentence with a place, never a crash.
        return result.problems.every((p) => p.message.length > 0 && p.path !== undefined);
      }
      accepted += 1;
      playFourQuarters(result.scenario, moves);
      expect(Object.keys(Object.prototype)).toEqual([]);
      return true;
    }), { seed: 14, numRuns: 120 });
    // The checker accepts some of them (fresh ids, 60-character names): the property is not vacuous.
    expect(accepted).toBeGreaterThan(10);
  });

  it('the engine plays scenarios the checker never sees with ids that collide with the language, and 10k-character names', () => {
    const tutorial = loadScenario(JSON.stringify(tutorialFile), 'tutorial.json', shippedOptions);
    if (!tutorial.ok) throw new Error('the tutorial does not load');
    fc.assert(fc.property(fc.constantFrom(...OWN_IDS), fc.constantFrom(...HOSTILE_IDS), picks, (from, to, moves) => {
      // Through JSON, as a save's embedded scenario would arrive: "__proto__" stays an own key.
      const scenario = renamed(JSON.parse(JSON.stringify(tutorial.scenario)), from, to) as Scenario;
      const longNames = { ...scenario, labs: scenario.labs.map((lab) => ({ ...lab, name: 'n'.repeat(10_000) })) };
      playFourQuarters(longNames, moves);
      expect(Object.keys(Object.prototype)).toEqual([]);
      return true;
    }), { seed: 15, numRuns: 60 });
  });
});
