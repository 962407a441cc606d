import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASS_CODE_ALPHABET, CODE_SCENARIOS, CUSTOM_HASH_DIGITS, MAX_CLASS_SEED, MAX_CODE_QUARTERS, classSeed, decodeClassCode, encodeClassCode, matchesCustomHash, type ClassSetup } from '../../src/classroom/class-code';
import { shippedScenarioIds } from '../../src/scenario/shipped';

const setups: fc.Arbitrary<ClassSetup> = fc.record({
  scenario: fc.oneof(
    fc.constantFrom(...CODE_SCENARIOS).map((shipped) => ({ shipped })),
    fc.stringMatching(new RegExp(`^[0-9a-f]{${CUSTOM_HASH_DIGITS}}$`)).map((customHash) => ({ customHash })),
  ),
  seed: fc.integer({ min: 0, max: MAX_CLASS_SEED }),
  quarters: fc.option(fc.integer({ min: 1, max: MAX_CODE_QUARTERS })),
  autopilot: fc.boolean(),
});

const bare = (code: string) => code.replace(/-/g, '');

describe('class codes', () => {
  it('read back exactly the setup they were made from, however they are typed', () => {
    fc.assert(fc.property(setups, fc.constantFrom('as-shown', 'lower', 'spaced', 'bare'), (setup, typing) => {
      const code = encodeClassCode(setup);
      const typed = typing === 'lower' ? code.toLowerCase() : typing === 'spaced' ? ` ${code.replace(/-/g, ' ')} ` : typing === 'bare' ? bare(code) : code;
      expect(decodeClassCode(typed)).toEqual({ ok: true, code, setup });
    }), { numRuns: 500 });
  });

  it('are short: two groups of four for a shipped scenario, four for a custom one', () => {
    expect(encodeClassCode({ scenario: { shipped: 'china-2025' }, seed: 48213, quarters: 6, autopilot: false })).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(encodeClassCode({ scenario: { customHash: 'a1b2c3d4e' }, seed: 7, quarters: null, autopilot: true })).toMatch(/^([A-Z2-9]{4}-){3}[A-Z2-9]{4}$/);
  });

  it('never use 0, O, 1, I or L', () => {
    expect(CLASS_CODE_ALPHABET).toHaveLength(31);
    fc.assert(fc.property(setups, (setup) => {
      expect(encodeClassCode(setup)).not.toMatch(/[01OIL]/);
    }), { numRuns: 500 });
  });

  it('catch every single mistyped character', () => {
    fc.assert(fc.property(setups, fc.nat(), fc.integer({ min: 1, max: 30 }), (setup, where, shift) => {
      const code = bare(encodeClassCode(setup));
      const at = where % code.length;
      const typo = CLASS_CODE_ALPHABET[(CLASS_CODE_ALPHABET.indexOf(code[at]!) + shift) % 31]!;
      expect(decodeClassCode(code.slice(0, at) + typo + code.slice(at + 1))).toEqual({ ok: false, problem: 'check' });
    }), { numRuns: 1000 });
  });

  it('catch two neighbouring characters typed the wrong way round', () => {
    fc.assert(fc.property(setups, fc.nat(), (setup, where) => {
      const code = bare(encodeClassCode(setup));
      const at = where % (code.length - 1);
      fc.pre(code[at] !== code[at + 1]);
      const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
      expect(decodeClassCode(swapped).ok).toBe(false);
    }), { numRuns: 1000 });
  });

  it('say which character is never in a code, and where, when a student types a look-alike', () => {
    const code = encodeClassCode({ scenario: { shipped: 'pivot' }, seed: 12, quarters: 8, autopilot: true });
    expect(decodeClassCode(`${code.slice(0, 2)}O${code.slice(3)}`)).toEqual({ ok: false, problem: 'confusable', character: 'O', position: 3 });
    expect(decodeClassCode(`${code.slice(0, 5)}1${code.slice(6)}`)).toEqual({ ok: false, problem: 'confusable', character: '1', position: 5 });
    expect(decodeClassCode(`${code}?`)).toMatchObject({ ok: false, problem: 'character', character: '?' });
    expect(decodeClassCode(code.slice(0, 6))).toEqual({ ok: false, problem: 'length', found: 5 });
    expect(decodeClassCode('  - ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('name only shipped scenarios that exist, each by a number that does not change', () => {
    for (const id of CODE_SCENARIOS) expect(shippedScenarioIds()).toContain(id);
    // Positions are part of every code already handed out.
    expect(CODE_SCENARIOS.slice(0, 5)).toEqual(['tutorial', 'china-2025', 'us-2025', 'pivot', 'china-2025-open']);
    expect(() => encodeClassCode({ scenario: { shipped: 'atlantis' }, seed: 1, quarters: null, autopilot: true })).toThrow();
    expect(() => encodeClassCode({ scenario: { shipped: 'pivot' }, seed: MAX_CLASS_SEED + 1, quarters: null, autopilot: true })).toThrow();
  });

  it('give the game a seed and match a custom scenario by the start of its hash', () => {
    const setup: ClassSetup = { scenario: { customHash: '0a1b2c3d4' }, seed: 4021, quarters: 7, autopilot: false };
    expect(classSeed(setup)).toBe('4021');
    expect(matchesCustomHash(setup, '0a1b2c3d4e5f6a7b')).toBe(true);
    expect(matchesCustomHash(setup, '0a1b2c3d5e5f6a7b')).toBe(false);
    expect(matchesCustomHash({ ...setup, scenario: { shipped: 'pivot' } }, '0a1b2c3d4e5f6a7b')).toBe(false);
  });
});
