// Records keyed by a scenario's ids (labs, chips, regions, verticals): with no prototype, an id such as
// "constructor" or "__proto__" is only ever data, never a property the language gave every object.

/** An empty record keyed by ids, or a copy of `entries` as one. */
export function idRecord<T>(entries?: Readonly<Record<string, T>>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  if (entries) for (const key of Object.keys(entries)) record[key] = entries[key] as T;
  return record;
}

/** The value a record holds under `key` itself, never one it inherits (a scenario's records are plain objects). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
