// test/bench/results.md holds the benchmarks' tables and, after them, notes written by hand. The two benchmark
// commands rewrite their own tables and keep the hand-written part, which starts at the first heading that says so.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const RESULTS_FILE = 'test/bench/results.md';
const HAND_WRITTEN = /\n## [^\n]*\(written by hand/;
const BROWSER = '\n## Browser';

interface ResultsParts {
  engine: string;
  browser: string;
  handWritten: string;
}

/** Splits the results file into the engine tables, the browser tables and the hand-written notes. */
export function splitResults(text: string): ResultsParts {
  const handAt = text.search(HAND_WRITTEN);
  const generated = handAt < 0 ? text : text.slice(0, handAt);
  const handWritten = handAt < 0 ? '' : text.slice(handAt + 1);
  const browserAt = generated.indexOf(BROWSER);
  return {
    engine: browserAt < 0 ? generated : generated.slice(0, browserAt),
    browser: browserAt < 0 ? '' : generated.slice(browserAt + 1),
    handWritten,
  };
}

export function joinResults(parts: ResultsParts): string {
  return [parts.engine, parts.browser, parts.handWritten]
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join('\n\n')
    .concat('\n');
}

/** Replaces one part of the results file, keeping the other two. */
export function writeResults(part: 'engine' | 'browser', text: string, file = RESULTS_FILE): void {
  const before = splitResults(existsSync(file) ? readFileSync(file, 'utf8') : '');
  writeFileSync(file, joinResults({ ...before, [part]: text }));
}
