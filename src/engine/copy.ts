// A working copy of the state for the quarter's resolution: everything the quarter may change is copied,
// past reports (never changed again) and the scenario (never changed at all) are shared, and so are the models: a
// model is never changed once released (publishing one puts a copy in its place, handlers-models.ts), so the list is
// copied and its models are not. Plain data only, so a simple recursive copy is exact.
import type { GameState } from './state-types';

export function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i += 1) out.push(copyOf(value[i]));
    return out as T;
  }
  // A record keyed by ids stays without a prototype (see id-record.ts).
  const record = value as Record<string, unknown>;
  const out = (Object.getPrototypeOf(value) === null ? Object.create(null) : {}) as Record<string, unknown>;
  // Plain data inherits no enumerable key: for…in gives Object.keys's keys in its order, without the list.
  for (const key in record) out[key] = copyOf(record[key]);
  return out as T;
}

/** deepCopy without a call for the numbers, strings and flags that most fields hold. */
function copyOf(value: unknown): unknown {
  return value === null || typeof value !== 'object' ? value : deepCopy(value);
}

export function workingCopy(state: GameState): GameState {
  const { reports, scenario, models, ...rest } = state;
  return { ...deepCopy(rest), scenario, models: models.slice(), reports: reports.slice() };
}
