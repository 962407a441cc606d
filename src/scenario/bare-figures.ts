// Figures a scenario file gives as bare numbers where the schema takes a source note: the numbers a
// player sees without being able to ask where they came from. Calendar fields (start, quarters, from,
// until, a quarter) and the format version take no note, so they never count.
import { acceptsSource, childSchema, shapeJsonSchema } from './json-schema';
import { parseJson, type Position, type PositionMap } from './json-parse';
import { formatPath } from './problems';

export interface BareFigure {
  /** JSON path in the file, e.g. labs[1].researchers */
  path: string;
  value: number;
  /** Where its key (or list item) is written. */
  at?: Position;
}

type Json = Record<string, unknown>;

/** Every bare sourceable number in the file's own text (a file that extends another answers only for what it writes). */
export function bareFigures(text: string, file: string): BareFigure[] {
  const positions: PositionMap = new WeakMap();
  const parsed = parseJson(text, file, positions);
  if (!parsed.ok) return [];
  const found: BareFigure[] = [];
  const walk = (value: unknown, schema: Json | undefined, path: PropertyKey[], at: Position | undefined) => {
    if (!schema) return;
    if (typeof value === 'number') {
      if (acceptsSource(schema)) found.push({ path: formatPath(path), value, at });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (acceptsSource(schema) && 'source' in record) return;
    const children = positions.get(value)?.children ?? {};
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(record);
    for (const key of keys) walk(record[key], childSchema(schema, value, key), [...path, key], children[String(key)]);
  };
  walk(parsed.value, shapeJsonSchema(), [], undefined);
  return found;
}
