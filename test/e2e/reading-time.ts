// How long a first-time player needs for what a browser test showed: every line of text on screen, read once, at
// 200 words a minute, plus a few seconds for each click or typed value.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const WORDS_PER_MINUTE = 200;
export const SECONDS_PER_ACTION = 3;

export interface ReadingLog {
  /** Everything the player was shown, each line once, with the moment it first appeared and the words it cost. */
  lines: Map<string, { moment: string; words: number; full: number }>;
  /** The wording of each line read, its figures left out. */
  shapes: Set<string>;
  actions: number;
}

export const readingLog = (): ReadingLog => ({ lines: new Map(), shapes: new Set(), actions: 0 });

export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const FIGURE = /[−-]?\$?\d[\d.,]*(?:[%KMBT×]|\b)/g;

/**
 * Reads what the page shows now (the DOM layer's rendered text: hidden cards and closed tabs are not in it; the
 * headquarters' scrolling side panel counts whole, as a player scrolls it). A line seen before is not read again.
 */
export async function readScreen(page: Page, log: ReadingLog, moment: string): Promise<void> {
  const text = await page.evaluate(() => document.getElementById('ui')?.innerText ?? '');
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || log.lines.has(line)) continue;
    // A sentence read before with new figures (each quarter's report) costs only its figures.
    const shape = line.replace(FIGURE, '#');
    const words = log.shapes.has(shape) ? (line.match(FIGURE) ?? []).length : wordCount(line);
    log.shapes.add(shape);
    log.lines.set(line, { moment, words, full: wordCount(line) });
  }
}

export interface ReadingEstimate {
  words: number;
  /** Words if every new line were read whole, figures or not. */
  fullWords: number;
  actions: number;
  readingMinutes: number;
  actionMinutes: number;
  minutes: number;
  /** Words first shown at each moment, in order. */
  byMoment: [string, number][];
}

export function estimate(log: ReadingLog): ReadingEstimate {
  const byMoment = new Map<string, number>();
  let words = 0;
  let fullWords = 0;
  for (const { moment, words: n, full } of log.lines.values()) {
    words += n;
    fullWords += full;
    byMoment.set(moment, (byMoment.get(moment) ?? 0) + n);
  }
  const readingMinutes = words / WORDS_PER_MINUTE;
  const actionMinutes = (log.actions * SECONDS_PER_ACTION) / 60;
  return { words, fullWords, actions: log.actions, readingMinutes, actionMinutes, minutes: readingMinutes + actionMinutes, byMoment: [...byMoment] };
}

/** The estimate as a short Markdown section, like test/bench/results.md. */
export function writeEstimate(path: string, result: ReadingEstimate, command: string): void {
  const lines = [
    '# The guided tutorial, read by a first-time player',
    '',
    `Written by \`${command}\` (a browser plays the tutorial through the guided steps only, then ends quarters until the game is over). Every line of text the page shows along the way is read once at ${WORDS_PER_MINUTE} words a minute (a line shown again is not re-read; a sentence read before with new figures, as in each quarter's report, costs one word per figure), and each click or typed value adds ${SECONDS_PER_ACTION} s. Target: under 12 minutes (issue 15).`,
    '',
    '| measure | value |',
    '|---|---|',
    `| words read | ${result.words} |`,
    `| reading at ${WORDS_PER_MINUTE} words a minute | ${result.readingMinutes.toFixed(1)} min |`,
    `| clicks and typed values | ${result.actions} (${result.actionMinutes.toFixed(1)} min) |`,
    `| **estimated time** | **${result.minutes.toFixed(1)} min** |`,
    `| the same if every new line were read whole, figures or not (${result.fullWords} words) | ${(result.fullWords / WORDS_PER_MINUTE + result.actionMinutes).toFixed(1)} min |`,
    '',
    'New words by moment of the game:',
    '',
    '| moment | new words |',
    '|---|---|',
    ...result.byMoment.map(([moment, words]) => `| ${moment} | ${words} |`),
    '',
  ];
  writeFileSync(path, lines.join('\n'));
}

/** Every line read, in order, with its moment and the words it cost: where to look when the estimate grows. */
export function writeLines(path: string, log: ReadingLog): void {
  const rows = [...log.lines].map(([line, { moment, words }]) => `${String(words).padStart(3)}  [${moment}]  ${line}`);
  writeFileSync(path, `${rows.join('\n')}\n`);
}
