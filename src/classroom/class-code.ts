// Class codes: everything a class needs to play the same world (scenario, seed, length, autopilot allowed), in a
// short code a teacher reads aloud and a student types. No server: the code is the whole message. Pure functions.
//
// Layout: a header number (format version, custom or shipped, which shipped scenario, length, autopilot, seed) in 7
// characters, for a custom scenario 8 more carrying the first 9 hex digits of its hash, then one check character.
// The alphabet has 31 characters (a prime), so the weighted check catches every single mistyped character and every
// swap of two neighbours.

/** Digits and capitals without 0, O, 1, I and L, which readers and typists confuse. */
export const CLASS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = CLASS_CODE_ALPHABET.length;
/** Characters that look like others and are never in a code. */
const CONFUSABLE = '01OIL';

/** Shipped scenarios a code can name, by position. Append only: a code made today must name the same scenario tomorrow. */
export const CODE_SCENARIOS: readonly string[] = ['tutorial', 'china-2025', 'us-2025', 'pivot', 'china-2025-open'];

/** Highest seed a code carries: six digits, easy to read out. */
export const MAX_CLASS_SEED = 999_999;
/** Longest classroom cut a code carries, in quarters. */
export const MAX_CODE_QUARTERS = 15;
/** Hex digits of a custom scenario's hash the code carries: one wrong file in 68 billion would pass. */
export const CUSTOM_HASH_DIGITS = 9;

const VERSION = 0;
const HEADER_CHARS = 7;
const HASH_CHARS = 8;

export interface ClassSetup {
  /** A shipped scenario by id, or a custom one by the start of its hash (CUSTOM_HASH_DIGITS lower-case hex digits). */
  scenario: { shipped: string } | { customHash: string };
  /** 0 to MAX_CLASS_SEED; the game's seed is this number written out (`classSeed`). */
  seed: number;
  /** A classroom cut in quarters (1 to MAX_CODE_QUARTERS), or null for the whole scenario. */
  quarters: number | null;
  /** Whether students may hand their lab to the autopilot. */
  autopilot: boolean;
}

export type ClassCodeProblem =
  | { problem: 'empty' }
  /** A character that looks like another (0 O 1 I L); `position` counts from 1, ignoring dashes and spaces. */
  | { problem: 'confusable'; character: string; position: number }
  | { problem: 'character'; character: string; position: number }
  | { problem: 'length'; found: number }
  /** Every character is one a code uses, but they do not add up: one is mistyped or two are swapped. */
  | { problem: 'check' }
  /** A code from a newer version of the game. */
  | { problem: 'newer' }
  | { problem: 'unknownScenario' };

export type DecodedClassCode = { ok: true; code: string; setup: ClassSetup } | ({ ok: false } & ClassCodeProblem);

/** The game's seed for a class: the code's number, written out. */
export function classSeed(setup: ClassSetup): string {
  return String(setup.seed);
}

/** Whether a code can carry this setup (a shipped scenario it knows, numbers in range, a hash prefix of hex digits). */
export function canEncode(setup: ClassSetup): boolean {
  const { scenario, seed, quarters } = setup;
  const scenarioOk = 'shipped' in scenario ? CODE_SCENARIOS.includes(scenario.shipped) : new RegExp(`^[0-9a-f]{${CUSTOM_HASH_DIGITS}}$`).test(scenario.customHash);
  return scenarioOk && Number.isInteger(seed) && seed >= 0 && seed <= MAX_CLASS_SEED
    && (quarters === null || (Number.isInteger(quarters) && quarters >= 1 && quarters <= MAX_CODE_QUARTERS));
}

/** The code for a setup, in groups of four joined by '-' (`K7QD-3XMP`); throws for a setup `canEncode` refuses. */
export function encodeClassCode(setup: ClassSetup): string {
  if (!canEncode(setup)) throw new Error('This class setup cannot be put in a code.');
  const custom = 'customHash' in setup.scenario;
  const index = 'shipped' in setup.scenario ? CODE_SCENARIOS.indexOf(setup.scenario.shipped) : 0;
  let header = VERSION;
  header = header * 2 + (custom ? 1 : 0);
  header = header * 32 + index;
  header = header * (MAX_CODE_QUARTERS + 1) + (setup.quarters ?? 0);
  header = header * 2 + (setup.autopilot ? 1 : 0);
  header = header * (MAX_CLASS_SEED + 1) + setup.seed;
  const digits = toDigits(header, HEADER_CHARS);
  if ('customHash' in setup.scenario) digits.push(...toDigits(parseInt(setup.scenario.customHash, 16), HASH_CHARS));
  digits.push(checkDigit(digits));
  return group(digits.map((d) => CLASS_CODE_ALPHABET[d]!).join(''));
}

/** Reads a code as typed: any case, with or without dashes and spaces. Never throws. */
export function decodeClassCode(typed: string): DecodedClassCode {
  const text = typed.toUpperCase().replace(/[\s\-_.]/g, '');
  if (text.length === 0) return { ok: false, problem: 'empty' };
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i]!;
    if (CONFUSABLE.includes(character)) return { ok: false, problem: 'confusable', character, position: i + 1 };
    if (!CLASS_CODE_ALPHABET.includes(character)) return { ok: false, problem: 'character', character, position: i + 1 };
  }
  if (text.length !== HEADER_CHARS + 1 && text.length !== HEADER_CHARS + HASH_CHARS + 1) return { ok: false, problem: 'length', found: text.length };
  const digits = [...text].map((c) => CLASS_CODE_ALPHABET.indexOf(c));
  const check = digits.pop()!;
  if (checkDigit(digits) !== check) return { ok: false, problem: 'check' };
  let header = fromDigits(digits.slice(0, HEADER_CHARS));
  const seed = header % (MAX_CLASS_SEED + 1);
  header = Math.floor(header / (MAX_CLASS_SEED + 1));
  const autopilot = header % 2 === 1;
  header = Math.floor(header / 2);
  const quarters = header % (MAX_CODE_QUARTERS + 1);
  header = Math.floor(header / (MAX_CODE_QUARTERS + 1));
  const index = header % 32;
  header = Math.floor(header / 32);
  const custom = header % 2 === 1;
  const version = Math.floor(header / 2);
  if (version !== VERSION) return { ok: false, problem: 'newer' };
  if (custom !== (digits.length > HEADER_CHARS)) return { ok: false, problem: 'length', found: text.length };
  let scenario: ClassSetup['scenario'];
  if (custom) {
    const hash = fromDigits(digits.slice(HEADER_CHARS));
    if (index !== 0 || hash >= 16 ** CUSTOM_HASH_DIGITS) return { ok: false, problem: 'unknownScenario' };
    scenario = { customHash: hash.toString(16).padStart(CUSTOM_HASH_DIGITS, '0') };
  } else {
    const id = CODE_SCENARIOS[index];
    if (id === undefined) return { ok: false, problem: 'unknownScenario' };
    scenario = { shipped: id };
  }
  return { ok: true, code: group(text), setup: { scenario, seed, quarters: quarters === 0 ? null : quarters, autopilot } };
}

/** Whether a scenario with this hash is the one a custom code names. */
export function matchesCustomHash(setup: ClassSetup, scenarioHash: string): boolean {
  return 'customHash' in setup.scenario && scenarioHash.toLowerCase().startsWith(setup.scenario.customHash);
}

function toDigits(value: number, count: number): number[] {
  const digits: number[] = [];
  let rest = value;
  for (let i = 0; i < count; i += 1) {
    digits.unshift(rest % BASE);
    rest = Math.floor(rest / BASE);
  }
  return digits;
}

function fromDigits(digits: readonly number[]): number {
  return digits.reduce((value, d) => value * BASE + d, 0);
}

/** Weights 1, 2, 3... (all below the prime base): any one wrong digit or neighbours swapped change the sum mod 31. */
function checkDigit(digits: readonly number[]): number {
  return digits.reduce((sum, d, i) => sum + (i + 1) * d, 0) % BASE;
}

function group(text: string): string {
  return text.match(/.{1,4}/g)!.join('-');
}
