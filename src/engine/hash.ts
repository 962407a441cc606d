// Canonical serialisation (sorted keys) and a 64-bit FNV-1a-style hash made of two 32-bit lanes; the state hash.
import { hashValues } from './value-hash';

/** The canonical text of `value`: keys in code-unit order, undefined fields left out, non-finite numbers as null. */
export function canonicalJson(value: unknown): string {
  let text = '';
  writeCanonical(value, (piece) => {
    text += piece;
  });
  return text;
}

/** Hands canonicalJson's text to `emit` piece by piece, so a hash can read it without it ever being one string. */
function writeCanonical(value: unknown, emit: (piece: string) => void): void {
  // A state repeats a few hundred keys thousands of times: each is quoted once.
  const names = new Map<string, string>();
  const write = (item: unknown): void => {
    if (typeof item === 'number') emit(Number.isFinite(item) ? String(item) : 'null');
    else if (item === null || typeof item !== 'object') emit(JSON.stringify(item) ?? 'null');
    else if (Array.isArray(item)) {
      emit('[');
      for (let i = 0; i < item.length; i += 1) {
        if (i > 0) emit(',');
        write(item[i]);
      }
      emit(']');
    } else {
      const record = item as Record<string, unknown>;
      let separator = '{';
      // The default sort compares UTF-16 code units, as compareCodeUnits does, without a call per comparison.
      for (const key of Object.keys(record).sort()) {
        const field = record[key];
        if (field === undefined) continue;
        let name = names.get(key);
        if (name === undefined) names.set(key, (name = `${JSON.stringify(key)}:`));
        emit(separator);
        emit(name);
        separator = ',';
        write(field);
      }
      emit(separator === '{' ? '{}' : '}');
    }
  };
  write(value);
}

/** Plain code-unit order (never locale order). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The hash fed text piece by piece: the same as hashing all the pieces joined. */
class TextHash {
  private h1 = 0x811c9dc5;
  private h2 = 0x01000193 ^ 0x9e3779b9;

  add(text: string): void {
    let { h1, h2 } = this;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  digest(): string {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 0x85ebca6b);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 13), 0xc2b2ae35);
    return hex32(h1 ^ (h2 >>> 7)) + hex32(h2 ^ (h1 >>> 11));
  }
}

export function hashString(text: string): string {
  const hash = new TextHash();
  hash.add(text);
  return hash.digest();
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/**
 * Hash of a whole game state; the scenario counts by its fingerprint (`scenarioHash`) and the quarter reports by their
 * chain (`reportsHash`), so what is hashed does not grow with the game's length. Read as data (value-hash.ts), not as text.
 */
export function stateHash(state: { scenario: unknown; scenarioHash: string; reports?: readonly object[]; reportsHash?: string }): string {
  return hashValues({ ...state, scenario: undefined, reports: undefined });
}

/** The reports' hash chain before any quarter. */
export const NO_REPORTS_HASH = hashString('reports');

/** The chain after one more quarter's report: the hash of the chain so far and the report. */
export function chainReport(reportsHash: string, report: object): string {
  return hashValues(reportsHash, report);
}

/** The chain over a whole list of reports, as the quarters built it one by one (for checks and tests). */
export function reportsChain(reports: readonly object[]): string {
  return reports.reduce<string>((chain, report) => chainReport(chain, report), NO_REPORTS_HASH);
}
