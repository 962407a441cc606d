import { describe, expect, it } from 'vitest';
import { canonicalJson, createGame, endQuarter, hashString, reportsChain, stateHash } from '../../src/engine';
import { tutorial } from './fixtures';

describe('canonical serialisation (state hashes, save checksums, scenario fingerprints)', () => {
  it('sorts keys by code unit at every depth, drops undefined fields, and writes what JSON cannot hold as null', () => {
    const value = {
      z: [1, -0, NaN, Infinity, 1e21, 1e-7, 0.1 + 0.2, undefined, null, true],
      '10': 'ten',
      '9': 'nine',
      gone: undefined,
      é: { b: 'q"\\\n\u2028\ud800', B: {}, '': [] },
    };
    expect(canonicalJson(value)).toBe(
      '{"10":"ten","9":"nine","z":[1,0,null,null,1e+21,1e-7,0.30000000000000004,null,null,true],"é":{"":[],"B":{},"b":"q\\"\\\\\\n\u2028\\ud800"}}',
    );
    expect(canonicalJson(undefined)).toBe('null');
    expect(hashString(canonicalJson({ b: 1, a: [2] }))).toBe(hashString('{"a":[2],"b":1}'));
  });

  it('a state hash tells apart what its canonical text tells apart, the scenario counted by its fingerprint', () => {
    const state = endQuarter(endQuarter(createGame(tutorial, { seed: 'text' })));
    expect(stateHash({ ...state, scenario: { changed: true } })).toBe(stateHash(state));
    expect(stateHash(structuredClone({ ...state, scenario: undefined }) as unknown as typeof state)).toBe(stateHash(state));
    // Key order, -0, undefined fields and what is not finite count as the canonical text counts them.
    const same = (a: object, b: object) => stateHash({ scenario: null, scenarioHash: 'x', ...a }) === stateHash({ scenario: null, scenarioHash: 'x', ...b });
    expect(canonicalJson({ a: 1, b: [0, null] })).toBe(canonicalJson({ b: [-0, NaN], a: 1, c: undefined }));
    expect(same({ a: 1, b: [0, null] }, { b: [-0, NaN], a: 1, c: undefined })).toBe(true);
    // Any other change does not: a last bit, a type, a key, a place in a list.
    expect(same({ a: 0.1 + 0.2 }, { a: 0.3 })).toBe(false);
    expect(same({ a: 1 }, { a: '1' })).toBe(false);
    expect(same({ a: 1 }, { b: 1 })).toBe(false);
    expect(same({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(same({ a: [[1], 2] }, { a: [[1, 2]] })).toBe(false);
    expect(same({ a: 'ab', b: '' }, { a: 'a', b: 'b' })).toBe(false);
    const lab = state.labs[0]!;
    const richer = { ...state, labs: [{ ...lab, cash: lab.cash + 1 }, ...state.labs.slice(1)] };
    expect(stateHash(richer)).not.toBe(stateHash(state));
  });

  it('the reports chain covers every quarter report in order, so the state hash still tells reports apart', () => {
    let state = createGame(tutorial, { seed: 'chain' });
    expect(state.reportsHash).toBe(reportsChain([]));
    const hashes = new Set<string>([state.reportsHash]);
    for (let quarter = 0; quarter < 4; quarter += 1) {
      state = endQuarter(state);
      expect(state.reportsHash).toBe(reportsChain(state.reports));
      hashes.add(state.reportsHash);
    }
    expect(hashes.size).toBe(5);
    const [first, second, ...rest] = state.reports;
    expect(reportsChain([second!, first!, ...rest])).not.toBe(state.reportsHash);
    const edited = structuredClone(state.reports);
    edited[1]!.labs[0]!.cashEnd += 1;
    expect(reportsChain(edited)).not.toBe(state.reportsHash);
    expect(stateHash({ ...state, reportsHash: reportsChain(edited) })).not.toBe(stateHash(state));
  });

  it('the hashed text stays the same size from the first quarters to the last but for what the game really adds', () => {
    let state = createGame(tutorial, { seed: 'size' });
    const sizes: number[] = [];
    for (let quarter = 0; quarter < 8 && !state.over; quarter += 1) {
      state = endQuarter(state);
      sizes.push(canonicalJson({ ...state, scenario: undefined, reports: undefined }).length);
    }
    const reports = canonicalJson(state.reports).length;
    // Reports grow by a whole report each quarter; the hashed state grows by far less than one report over the game.
    expect(sizes.at(-1)! - sizes[0]!).toBeLessThan(reports / state.reports.length);
  });
});
