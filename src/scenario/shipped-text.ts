// The shipped scenarios' translations (scenarios/<id>.<language>.json), each entry paired with the English text it
// translates, so a view shows it only where the scenario on screen still says exactly that (a file of one's own
// that reuses a shipped id and changes a text keeps its own words).
import { parseTranslation, TRANSLATION_FILE } from './translation';
import { textEntries } from './text-keys';

// The scenarios themselves are in every bundle; their translations are fetched when a language is first chosen
// (loadShippedTranslations), so an English player never downloads them.
const scenarioFiles = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/*.*.json', '!../../scenarios/schema*.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const translationFiles = import.meta.glob('../../scenarios/*.*.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export interface TranslatedText {
  /** The scenario's own text this translates. */
  en: string;
  text: string;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const byName = new Map(Object.entries(scenarioFiles).map(([path, text]) => [fileName(path), text]));
const loaded = new Set<string>();
const cache = new Map<string, ReadonlyMap<string, TranslatedText>>();
const NONE: ReadonlyMap<string, TranslatedText> = new Map();

/** Fetches the shipped translation files of a language once; until then shippedTranslation() has none for it. */
export async function loadShippedTranslations(language: string): Promise<void> {
  if (language === 'en' || loaded.has(language)) return;
  const wanted = Object.entries(translationFiles).filter(([path]) => fileName(path).endsWith(`.${language}.json`) && TRANSLATION_FILE.test(fileName(path)));
  const texts = await Promise.all(wanted.map(async ([path, load]) => [fileName(path), await load()] as const));
  for (const [name, text] of texts) byName.set(name, text);
  loaded.add(language);
  for (const key of [...cache.keys()]) if (key.endsWith(`|${language}`)) cache.delete(key);
}

function parseRaw(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}

/** English text and translation by key for a shipped scenario id, following `extends` to shipped parents. */
function build(id: string, language: string, depth: number): Map<string, TranslatedText> {
  const raw = parseRaw(byName.get(`${id}.json`));
  if (!raw || depth > 4) return new Map();
  const parent = typeof raw['extends'] === 'string' && !raw['extends'].endsWith('.json') ? build(raw['extends'], language, depth + 1) : new Map<string, TranslatedText>();
  const file = `${id}.${language}.json`;
  const source = byName.get(file);
  const parsed = source !== undefined && TRANSLATION_FILE.test(file) ? parseTranslation(source, `scenarios/${file}`) : undefined;
  const own = parsed?.ok ? parsed.translation.text as Record<string, string> : {};
  const out = new Map(parent);
  for (const { key, text } of textEntries(raw)) {
    if (Object.hasOwn(own, key)) out.set(key, { en: text, text: own[key]! });
    else out.delete(key);
  }
  return out;
}

/** Every translated text of a shipped scenario in a language, by key (empty for English or an unknown scenario). */
export function shippedTranslation(id: string, language: string): ReadonlyMap<string, TranslatedText> {
  if (language === 'en') return NONE;
  const name = `${id}|${language}`;
  let found = cache.get(name);
  if (!found) {
    found = build(id, language, 0);
    cache.set(name, found);
  }
  return found;
}


/** The shipped translation of a scenario's text at `key` in `language` where it still translates `own` (the file's own words), else `own`. */
export function translatedText(id: string, language: string, key: string, own: string): string {
  const found = shippedTranslation(id, language).get(key);
  return found && found.en === own ? found.text : own;
}
