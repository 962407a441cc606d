// The scenarios that ship with the game, loaded through the same checker as any author's file.
import type { Scenario } from '../engine';
import type { SourcedFigure } from './sources';
import { loadScenario, type LoadOptions, type LoadResult, type ScenarioLookup } from './load';

export const DEFAULT_SCENARIO = 'tutorial';

// The schema files sit beside the scenarios for authors' editors; the game never reads them, so they stay out of the bundle.
// Nor do the translations (id.zh-CN.json): shipped-text.ts fetches them when a player chooses their language.
const files = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/schema*.json', '!../../scenarios/*.*.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Shipped scenario texts by id (the file name without .json); the schema files and translations (id.zh-CN.json) are not scenarios. */
const SHIPPED: Record<string, string> = {};
for (const [path, text] of Object.entries(files)) {
  const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
  if (!id.startsWith('schema') && !id.includes('.')) SHIPPED[id] = text;
}

export function shippedScenarioIds(): string[] {
  return Object.keys(SHIPPED).sort();
}

/** Finds a shipped scenario named by `extends`. */
export const shippedLookup: ScenarioLookup = (ref) => {
  const text = Object.hasOwn(SHIPPED, ref) ? SHIPPED[ref] : undefined;
  return text === undefined ? undefined : { text, file: `scenarios/${ref}.json` };
};

export const shippedOptions: LoadOptions = { lookup: shippedLookup, knownScenarios: Object.keys(SHIPPED) };

/**
 * A shipped scenario through the checker, once per id: the page asks for the default scenario, the one a link names
 * and every one the title lists while it loads, and each check costs tens of ms (the shipped texts never change).
 */
export function loadShippedScenario(id: string): LoadResult | undefined {
  if (LOADED.has(id)) return LOADED.get(id);
  const found = shippedLookup(id, '');
  const result = found && 'text' in found ? loadScenario(found.text, found.file, shippedOptions) : undefined;
  LOADED.set(id, result);
  return result;
}

const LOADED = new Map<string, LoadResult | undefined>();

export interface ScenarioSummary {
  id: string;
  scenario: Scenario;
  sources: SourcedFigure[];
}

/** Every shipped scenario that loads, in the order a player should meet them. */
export function shippedScenarios(): ScenarioSummary[] {
  const order = ['tutorial', 'china-2025', 'us-2025', 'pivot'];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return shippedScenarioIds()
    .map((id) => ({ id, result: loadShippedScenario(id) }))
    .filter((entry): entry is { id: string; result: Extract<LoadResult, { ok: true }> } => entry.result?.ok === true)
    .map(({ id, result }) => ({ id, scenario: result.scenario, sources: result.sources }))
    .sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
}
