import { describe, expect, it } from 'vitest';
import { canonicalJson, createGame, endQuarter, hashString, stateHash } from '../../src/engine';
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

  it('a state hash is the hash of its canonical text, the scenario counted by its fingerprint', () => {
    const state = endQuarter(endQuarter(createGame(tutorial, { seed: 'text' })));
    expect(stateHash(state)).toBe(hashString(canonicalJson({ ...state, scenario: undefined })));
    expect(stateHash({ ...state, scenario: { changed: true } })).toBe(stateHash(state));
  });

  it('a state whose reports are frozen, as the store keeps them, hashes as its canonical text, at every quarter', () => {
    const freeze = <T>(value: T): T => {
      if (value !== null && typeof value === 'object') {
        for (const field of Object.values(value)) freeze(field);
        Object.freeze(value);
      }
      return value;
    };
    let state = createGame(tutorial, { seed: 'frozen' });
    for (let quarter = 0; quarter < 4; quarter += 1) {
      state = endQuarter(state);
      for (const report of state.reports) freeze(report);
      // Twice: the second hash reads the reports' remembered text.
      expect(stateHash(state)).toBe(hashString(canonicalJson({ ...state, scenario: undefined })));
      expect(stateHash(state)).toBe(hashString(canonicalJson({ ...state, scenario: undefined })));
    }
  });
});
