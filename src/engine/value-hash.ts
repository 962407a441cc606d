// A 64-bit hash of plain data read as it is, not through its canonical JSON text: numbers by their 64 bits, strings
// by their code units, records by their keys in code-unit order. It tells apart exactly what the canonical text tells
// apart (-0 is 0, what is not finite is null, undefined fields are left out) and is the same in every engine, but no
// number is ever turned into text, which was most of the cost of hashing a state or a quarter's report.

const TAG = { null: 1, false: 2, true: 3, number: 4, string: 5, array: 6, object: 7, end: 8 } as const;

const bits = new DataView(new ArrayBuffer(8));
// The same eight bytes as 64 and as two 32-bit numbers, read without DataView's calls where the machine is little-endian
// (as DataView reads them here); elsewhere numbers go through DataView.
const float = new Float64Array(1);
const halves = new Uint32Array(float.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// Two 32-bit lanes, fed a 32-bit word at a time (one lane a Murmur3 round, the other a different multiply-xorshift).
let h1 = 0;
let h2 = 0;

function word(w: number): void {
  let k = Math.imul(w, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h1 ^= Math.imul(k, 0x1b873593);
  h1 = (h1 << 13) | (h1 >>> 19);
  h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
  let m = Math.imul(w ^ (w >>> 16), 0x85ebca6b);
  m ^= m >>> 13;
  h2 = Math.imul(h2 ^ m, 0xc2b2ae35);
  h2 = (h2 << 17) | (h2 >>> 15);
}

function text(s: string): void {
  word(TAG.string);
  word(s.length);
  let i = 0;
  for (; i + 1 < s.length; i += 2) word(s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  if (i < s.length) word(s.charCodeAt(i));
}

/**
 * A record's key as one word: a hash of its text of its own, kept, since a state repeats a few hundred keys thousands
 * of times (a pure cache of a pure function; emptied now and then so that ids of past games do not pile up).
 */
function keyWord(key: string): number {
  let known = KEY_WORDS.get(key);
  if (known === undefined) {
    if (KEY_WORDS.size >= MAX_KEY_WORDS) KEY_WORDS.clear();
    let k = 0x811c9dc5 ^ key.length;
    for (let i = 0; i < key.length; i += 1) {
      k = Math.imul(k ^ key.charCodeAt(i), 0x01000193);
      k ^= k >>> 15;
    }
    known = Math.imul(k ^ (k >>> 16), 0x85ebca6b) ^ TAG.string;
    KEY_WORDS.set(key, known);
  }
  return known;
}

const KEY_WORDS = new Map<string, number>();
const MAX_KEY_WORDS = 20_000;

function value(item: unknown): void {
  if (typeof item === 'number') {
    if (!Number.isFinite(item)) {
      word(TAG.null);
      return;
    }
    word(TAG.number);
    if (LITTLE_ENDIAN) {
      float[0] = item === 0 ? 0 : item;
      word(halves[0]!);
      word(halves[1]!);
    } else {
      bits.setFloat64(0, item === 0 ? 0 : item, true);
      word(bits.getUint32(0, true));
      word(bits.getUint32(4, true));
    }
  } else if (typeof item === 'string') text(item);
  else if (typeof item === 'boolean') word(item ? TAG.true : TAG.false);
  else if (item === null || typeof item !== 'object') word(TAG.null);
  else if (Array.isArray(item)) {
    word(TAG.array);
    word(item.length);
    for (let i = 0; i < item.length; i += 1) value(item[i]);
  } else {
    const record = item as Record<string, unknown>;
    const keys = Object.keys(record);
    // Records are mostly built with their keys in order already: sort only those that are not.
    for (let i = 1; i < keys.length; i += 1) {
      if (keys[i - 1]! > keys[i]!) {
        sortKeys(keys);
        break;
      }
    }
    word(TAG.object);
    for (const key of keys) {
      const field = record[key];
      if (field === undefined) continue;
      word(keyWord(key));
      value(field);
    }
    word(TAG.end);
  }
}

/**
 * Code-unit order, as the default sort gives: a few keys (a ledger line's `kind, amount, detail`, thousands of them a
 * game) by insertion, without the default sort's setup; longer lists by the default sort.
 */
function sortKeys(keys: string[]): void {
  if (keys.length > 16) {
    keys.sort();
    return;
  }
  for (let i = 1; i < keys.length; i += 1) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j -= 1;
    }
    keys[j + 1] = key;
  }
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** The hash of `items` taken in order, as 16 hex digits. */
export function hashValues(...items: unknown[]): string {
  h1 = 0x9747b28c;
  h2 = 0x811c9dc5 ^ 0x5bd1e995;
  for (const item of items) value(item);
  let a = h1 ^ (h1 >>> 16);
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  let b = h2 ^ (h2 >>> 15);
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  b = Math.imul(b, 0x297a2d39);
  b ^= b >>> 15;
  return hex32(a ^ (b >>> 7)) + hex32(b ^ (a >>> 11));
}
