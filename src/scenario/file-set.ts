// A scenario made of several files: one file and the sibling files it `extends` ("./base.json"), brought together
// by picking or dropping them at once, or fetched beside a same-site link. No DOM or Node here: the browser's file
// picker and fetch, and tests, hand in the texts.
import { parseJson } from './json-parse';
import { t } from '../i18n';
import { MAX_EXTENDS, type LoadOptions, type ScenarioLookup } from './load';
import { shippedOptions } from './shipped';

export interface NamedText {
  /** The file's name, or its address for a fetched file. */
  name: string;
  text: string;
}

/** What a file names in "extends", without checking anything else (the loader reports every problem later). */
export function extendsOf(text: string): string | undefined {
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, '');
  const value = parsed.ok ? parsed.value : undefined;
  const ref = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)['extends'] : undefined;
  return typeof ref === 'string' ? ref : undefined;
}

/** A name that is a file beside the one naming it ("./base.json", "base.json"), not a shipped scenario's id. */
export const isFileRef = (ref: string): boolean => ref.endsWith('.json');

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Loading options for files picked together: "extends" of a file name finds the picked file of that name (pickers
 * give names without folders), and a shipped id finds the shipped scenario.
 */
export function pickedOptions(files: readonly NamedText[]): LoadOptions {
  const lookup: ScenarioLookup = (ref, from) => {
    if (!isFileRef(ref)) return shippedOptions.lookup?.(ref, from);
    const found = files.find((f) => f.name === baseName(ref));
    if (found) return { text: found.text, file: found.name };
    return { problem: t('check.file.pickTogether', { ref, file: baseName(from) }) };
  };
  return { ...shippedOptions, lookup };
}

/**
 * Which of the files picked together is the scenario to play: the one no other picked file extends. Undefined (with
 * the names of the candidates) when the files are not one scenario and the files it extends.
 */
export function topFile(files: readonly NamedText[]): { top: NamedText } | { several: string[] } {
  const extended = new Set(files.map((f) => extendsOf(f.text)).filter((ref): ref is string => ref !== undefined && isFileRef(ref)).map(baseName));
  const tops = files.filter((f) => !extended.has(f.name));
  if (tops.length === 1) return { top: tops[0]! };
  return { several: (tops.length > 0 ? tops : files).map((f) => f.name) };
}

export type Fetched = { ok: true; text: string } | { ok: false; notFound: boolean };

/**
 * A same-site file and every sibling it extends, fetched before checking (the checker itself never waits on the
 * network). `fetchText` answers for an address on the same site. Stops at the first file that cannot be had, which
 * the loader then reports at the "extends" that names it.
 */
export async function fetchWithParents(url: URL, fetchText: (url: URL) => Promise<Fetched>): Promise<{ files: NamedText[] } | { notFound: string } | { failed: string }> {
  const files: NamedText[] = [];
  let next: URL | undefined = url;
  for (let depth = 0; next && depth <= MAX_EXTENDS; depth += 1) {
    if (files.some((f) => f.name === next!.href)) break;
    const got = await fetchText(next);
    if (!got.ok) {
      if (depth === 0) return got.notFound ? { notFound: url.href } : { failed: url.href };
      break;
    }
    files.push({ name: next.href, text: got.text });
    const ref = extendsOf(got.text);
    next = ref && isFileRef(ref) ? new URL(ref, next) : undefined;
    if (next && next.origin !== url.origin) break;
  }
  return { files };
}

/**
 * Loading options for fetched files (the first is the one linked, loaded under the name `shownAs`): "extends" of a
 * file resolves against the address of the file naming it.
 */
export function fetchedOptions(files: readonly NamedText[], shownAs: string): LoadOptions {
  const lookup: ScenarioLookup = (ref, from) => {
    if (!isFileRef(ref)) return shippedOptions.lookup?.(ref, from);
    let href: string;
    try {
      href = new URL(ref, from === shownAs ? files[0]?.name : from).href;
    } catch {
      return { problem: t('check.file.notFollowable', { ref }) };
    }
    const found = files.find((f) => f.name === href);
    if (found) return { text: found.text, file: found.name };
    return { problem: t('check.file.notFound', { ref, href }) };
  };
  return { ...shippedOptions, lookup };
}
