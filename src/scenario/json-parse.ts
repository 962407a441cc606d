// A small JSON parser that remembers where every key and value came from (file, line, column),
// caps nesting depth, keeps keys like __proto__ as plain own data, and never throws.
import { t } from '../i18n';

export interface Position {
  file: string;
  line: number;
  column: number;
}

/** Positions of a container's own keys (objects) or items (arrays), and of the container itself. */
export interface NodePositions {
  self: Position;
  children: Record<string, Position>;
}

/** Where each parsed object and array came from; looked up by identity. */
export type PositionMap = WeakMap<object, NodePositions>;

export type ParseResult =
  | { ok: true; value: unknown; positions: PositionMap }
  | { ok: false; message: string; position: Position };

export const MAX_DEPTH = 64;

class JsonError {
  constructor(readonly message: string, readonly offset: number) {}
}

export function parseJson(text: string, file: string, positions: PositionMap = new WeakMap()): ParseResult {
  // Line starts, so an offset turns into line and column by binary search.
  const lineStarts = [0];
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) lineStarts.push(newline + 1);
  const at = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { file, line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  let i = 0;
  const fail = (message: string, offset = i): never => {
    throw new JsonError(message, offset);
  };
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else break;
    }
  };
  const describe = (offset: number) => (offset >= text.length ? t('check.json.endOfFile') : `"${text[offset]}"`);
  /** Fails with a plain sentence when what stands here is something people often write that JSON does not allow. */
  const notJson = () => {
    if (text.startsWith('//', i) || text.startsWith('/*', i)) fail(t('check.json.comment'));
    if (text[i] === "'") fail(t('check.json.singleQuotes'));
  };

  const parseString = (): string => {
    const start = i;
    i += 1;
    // Most strings have no escapes: take them whole, which keeps long source notes cheap to read.
    const close = text.indexOf('"', i);
    let plain = close >= 0;
    for (let k = i; plain && k < close; k += 1) {
      const code = text.charCodeAt(k);
      if (code === 92 || code < 32) plain = false;
    }
    if (plain) {
      const whole = text.slice(i, close);
      i = close + 1;
      return whole;
    }
    let out = '';
    while (true) {
      if (i >= text.length) fail(t('check.json.unclosed'), start);
      const c = text[i]!;
      if (c === '"') {
        i += 1;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && Object.hasOwn(simple, e)) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail(t('check.json.badEscape'), i);
        }
        continue;
      }
      if (c.charCodeAt(0) < 32) fail(t('check.json.controlChar'), i);
      out += c;
      i += 1;
    }
  };

  const parseNumber = (): number => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail(t('check.json.expectedValue', { found: describe(i) }));
    const raw = match![0];
    const value = Number(raw);
    if (!Number.isFinite(value)) fail(t('check.json.numberTooLarge', { number: raw.slice(0, 40) }));
    i += raw.length;
    return value;
  };

  const parseValue = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(t('check.json.tooDeep', { count: MAX_DEPTH }));
    skipSpace();
    notJson();
    const c = text[i];
    if (c === '{') return parseObject(depth);
    if (c === '[') return parseArray(depth);
    if (c === '"') return parseString();
    if (c === 't' && text.startsWith('true', i)) { i += 4; return true; }
    if (c === 'f' && text.startsWith('false', i)) { i += 5; return false; }
    if (c === 'n' && text.startsWith('null', i)) { i += 4; return null; }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    if (text.startsWith('NaN', i) || text.startsWith('Infinity', i)) fail(t('check.json.nanInfinity'));
    return fail(t('check.json.expectedValue', { found: describe(i) }));
  };

  const parseObject = (depth: number): Record<string, unknown> => {
    const self = at(i);
    i += 1;
    const object: Record<string, unknown> = {};
    const children: Record<string, Position> = {};
    skipSpace();
    if (text[i] === '}') {
      i += 1;
      positions.set(object, { self, children });
      return object;
    }
    while (true) {
      skipSpace();
      if (text[i] === '}') fail(t('check.json.trailingCommaObject'), trailingComma());
      notJson();
      if (text[i] !== '"') fail(t('check.json.expectedKey', { found: describe(i) }));
      const keyAt = at(i);
      const key = parseString();
      if (Object.hasOwn(children, key)) fail(t('check.json.duplicateKey', { key }), offsetOf(keyAt));
      skipSpace();
      if (text[i] !== ':') fail(t('check.json.expectedColon', { key, found: describe(i) }));
      i += 1;
      const value = parseValue(depth + 1);
      // defineProperty keeps "__proto__" as ordinary own data, never a prototype; any other key is a plain
      // assignment, which is much faster and makes "constructor" an own property too.
      if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
      children[key] = keyAt;
      skipSpace();
      if (text[i] === ',') { i += 1; continue; }
      if (text[i] === '}') { i += 1; break; }
      if (text[i] === '"') fail(t('check.json.missingCommaKey'));
      notJson();
      fail(t('check.json.expectedCommaObject', { found: describe(i) }));
    }
    positions.set(object, { self, children });
    return object;
  };

  const parseArray = (depth: number): unknown[] => {
    const self = at(i);
    i += 1;
    const array: unknown[] = [];
    const children: Record<string, Position> = {};
    skipSpace();
    if (text[i] === ']') {
      i += 1;
      positions.set(array, { self, children });
      return array;
    }
    while (true) {
      skipSpace();
      if (text[i] === ']') fail(t('check.json.trailingCommaList'), trailingComma());
      children[String(array.length)] = at(i);
      array.push(parseValue(depth + 1));
      skipSpace();
      if (text[i] === ',') { i += 1; continue; }
      if (text[i] === ']') { i += 1; break; }
      if (text[i] === '"' || text[i] === '{' || text[i] === '[') fail(t('check.json.missingCommaItem'));
      notJson();
      fail(t('check.json.expectedCommaList', { found: describe(i) }));
    }
    positions.set(array, { self, children });
    return array;
  };

  /** Where the comma before the closing bracket at `i` stands. */
  const trailingComma = () => text.lastIndexOf(',', i);

  const offsetOf = (p: Position) => lineStarts[p.line - 1]! + p.column - 1;

  try {
    const value = parseValue(0);
    skipSpace();
    if (i < text.length) fail(t('check.json.afterEnd', { found: describe(i) }));
    return { ok: true, value, positions };
  } catch (error) {
    if (error instanceof JsonError) return { ok: false, message: error.message, position: at(Math.min(error.offset, text.length)) };
    return { ok: false, message: t('check.json.unreadable'), position: at(0) };
  }
}
