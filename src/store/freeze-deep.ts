// What immer's auto-freeze does to a new value set into the store, without its bookkeeping.

/**
 * Freezes `value` and everything in it that is not frozen already, and returns it. A quarter's new game state goes
 * into the store frozen: immer then leaves it as it is, instead of walking all of it once to look for drafts (with a
 * Set of every object it met) and once more to freeze it. Parts kept from the state before (past quarter reports,
 * the scenario) are frozen already and not walked again.
 */
export function freezeDeep<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) freezeDeep(value[i]);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) freezeDeep(record[key]);
  }
  return value;
}
