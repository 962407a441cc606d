// What on a page is not Chinese: English fragments of the UI catalogue, and Latin words that are neither a name from
// the scenario nor a unit or product name written the same way in Chinese.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en';

/** Words Chinese writes in Latin letters too: units, product and file names, keys, the language switch. */
const UNITS = new Set(['API', 'FLOP', 'MLA', 'GB', 'MB', 'MoE', 'MFU', 'FP8', 'CSV', 'JSON', 'json', 'WebGL', 'Canvas', 'token', 'B', 'T', 'E', 'Esc', 'Tab', 'Shift', 'Enter',
  'npm', 'run', 'sim', 'verify', 'seeds', 'N', 'English', 'Language', 'Shakeout', 'GPT', 'DeepSeek', 'OpenAI', 'AI', 'C', 'Q', 'K', 'M', 'x', 'Microsoft',
  // A scenario file's own key and the file name, quoted in the hint on loading one.
  'extends', 'base']);

/**
 * Latin words a Chinese page may show from shipped scenarios: the names kept in Latin letters (labs, chips, models) and
 * whatever the zh-CN translation files themselves write in Latin letters (DeepSeek, The Information). Any other word of
 * a scenario's English story on a Chinese page is a missing translation.
 */
export function scenarioWords(...ids: string[]): Set<string> {
  const words = new Set<string>();
  // A file that extends another may name only what it changes.
  const add = (text: unknown) => { if (typeof text === 'string') for (const w of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) words.add(w); };
  for (const id of ids) {
    const translation = JSON.parse(readFileSync(`scenarios/${id}.zh-CN.json`, 'utf8')) as { text: Record<string, string> };
    Object.values(translation.text).forEach(add);
    const scenario = JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as { labs?: { name?: string; models?: { name?: string }[] }[]; chips?: { name?: string }[] };
    for (const lab of scenario.labs ?? []) {
      add(lab.name);
      (lab.models ?? []).forEach((m) => add(m.name));
    }
    (scenario.chips ?? []).forEach((c) => add(c.name));
  }
  return words;
}

/** The English catalogue's fixed text between placeholders, where it is three words or more: none may show in Chinese. */
const ENGLISH_FRAGMENTS = [...new Set(Object.values(en).flatMap((template) => template.split(/\{[^{}]*\}/)).map((f) => f.trim())
  .filter((f) => (f.match(/[A-Za-z]+/g) ?? []).length >= 3))];

export interface NotChinese {
  /** Catalogue sentences shown in English. */
  fragments: string[];
  /** Latin words that are no name, unit or number. */
  words: string[];
  /** Han characters against Latin letters on the page: well above 1 when the page reads as Chinese. */
  hanShare: number;
}

/** The visible text of the DOM layer (innerText leaves out what is hidden), judged. */
export async function notChinese(page: Page, names: Set<string>, seed: string): Promise<NotChinese> {
  const shown = await page.evaluate(() => (document.getElementById('ui') as HTMLElement).innerText);
  // The world's seed and hex fingerprints are codes, not words.
  const text = shown.split(seed).join(' ').replace(/\b[0-9a-f]*\d[0-9a-f]*\b/g, ' ');
  const fragments = ENGLISH_FRAGMENTS.filter((f) => text.includes(f));
  const words = [...new Set(text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [])].filter((w) => !UNITS.has(w) && !names.has(w));
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return { fragments, words, hanShare: han / Math.max(1, latin) };
}

/**
 * What a Chinese page still shows in English, as findings to list: catalogue sentences, Latin words that are no name,
 * unit, number or one of `codes` (class codes, file names, a command), and a page with no Chinese at all.
 */
export async function englishLeft(page: Page, names: Set<string>, seed: string, codes: ReadonlySet<string> = new Set()): Promise<string[]> {
  const judged = await notChinese(page, names, seed);
  return [
    ...judged.fragments.map((f) => `English shown: "${f}"`),
    ...judged.words.filter((w) => !codes.has(w)).map((w) => `English word "${w}"`),
    ...(judged.hanShare === 0 ? ['no Chinese at all'] : []),
  ];
}
