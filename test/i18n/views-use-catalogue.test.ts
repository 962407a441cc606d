// Player text is worded by the catalogue and formatted by src/i18n, never assembled in a view: a view that glues
// English words, a "$", a "%" or a separator onto a message reads wrong in Chinese, and this test names the line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDERS = ['src/ui', 'src/game'];

/** What a view may not do, and why. */
const FORBIDDEN: [RegExp, string][] = [
  [/toLocaleString\(|Intl\.NumberFormat\(|'en-US'/, 'formats a number itself: use count, money, percent… from src/i18n'],
  [/`\$\$\{|'\$' *\+|"\$" *\+/, 'puts a dollar sign before a figure: use money or price'],
  [/\}%`|\) *\+ *'%'/, 'appends a per cent sign: use percent or wholePercent'],
  [/\bpts\b/, 'writes a unit in English'],
  [/\.join\(', ?'\)/, 'joins names with an English comma: use list()'],
  [/\.join\(' '\)/, 'joins sentences with a space: use sentences()'],
  [/\} \$\{t\(/, 'puts a message after another with a space: use sentences()'],
  [/\bh\('[a-z0-9]+', *\{[^}]*\}, *'[A-Za-z][a-z]+ [a-z]+/, 'shows an English literal: put it in the catalogue'],
];

/** Lines where the pattern is not player text, each with the reason. */
const ALLOWED: [string, string][] = [
  ['src/ui/class-card.ts', ".split('').join(' ')"], // the code spelled out letter by letter, in any language
  ['src/ui/markdown.ts', "paragraph.join(' ')"], // a guide's own lines of one paragraph, already in its language
  ['src/ui/strategy-trials.ts', "top ? 'best' : ''].join(' ')"], // class names
];

function sourceFiles(): string[] {
  return FOLDERS.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.ts')).map((f) => join(folder, f)));
}

describe('views word player text through the catalogue', () => {
  it('builds no message by gluing words, currency, per cent signs or separators in a view', () => {
    const found: string[] = [];
    for (const file of sourceFiles()) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*\*)/.test(line)) return;
        if (ALLOWED.some(([f, snippet]) => f === file && line.includes(snippet))) return;
        for (const [pattern, why] of FORBIDDEN) if (pattern.test(line)) found.push(`${file}:${i + 1} ${why}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('catches a view that glues a dollar sign to a price, so the check itself works', () => {
    const line = "h('p', {}, `$${price.toFixed(2)}`)";
    expect(FORBIDDEN.some(([pattern]) => pattern.test(line))).toBe(true);
  });
});
