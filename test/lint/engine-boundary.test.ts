import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints planted code as if it lived in src/engine, with the project's real eslint.config.js.
async function lintAsEngine(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: 'src/engine/planted-violation.ts' });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the engine boundary and determinism lint', () => {
  it.each([
    ["import Phaser from 'phaser';\nexport const p = Phaser;", 'never imports Phaser'],
    ["import { createStore } from 'zustand/vanilla';\nexport const s = createStore;", 'never imports the store'],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'never imports Node modules'],
    ["import { EventEmitter } from 'events';\nexport const e = EventEmitter;", 'never imports Node modules'],
    ["import { t } from '../i18n';\nexport const x = t;", 'imports nothing from src/'],
    ['export const r = Math.random();', 'Math.random'],
    ['export const e = Math.exp(1);', 'Math.exp'],
    ['export const l = Math.log10(5);', 'Math.log10'],
    ['export const p = Math.pow(2, 0.5);', 'Math.pow'],
    ['export const d = Date.now();', 'Date'],
    ['export const d = new Date();', 'Date'],
    ['export const t = performance.now();', 'performance'],
    ["export const f = new Intl.NumberFormat('en');", 'Intl'],
    ["export const c = 'a'.localeCompare('b');", 'localeCompare'],
    ['export const w = document.title;', 'document'],
    ['export const s = 1.5 ** 2;', 'The ** operator'],
  ])('flags %s', async (code, expected) => {
    const messages = await lintAsEngine(code);
    expect(messages.join('\n')).toContain(expected);
  });

  it('accepts the exact operations and the engine-local imports', async () => {
    const messages = await lintAsEngine(
      "import { ln } from './math';\nimport { holds } from './events';\nimport { produce } from 'immer';\nexport const x = Math.sqrt(2) + Math.floor(1.5) + Math.max(1, 2) + ln(2);\nexport const p = produce;\nexport const h = holds;",
    );
    expect(messages).toEqual([]);
  });

  it('knows which relative imports leave the engine from a subfolder', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [inside] = await eslint.lintText("import { reject } from '../reasons';\nexport const r = reject;", { filePath: 'src/engine/bots/planted.ts' });
    expect(inside?.messages).toEqual([]);
    const [outside] = await eslint.lintText("import { loadScenario } from '../../scenario/load';\nexport const l = loadScenario;", { filePath: 'src/engine/bots/planted.ts' });
    expect(outside?.messages.map((m) => m.message).join()).toContain('imports nothing from src/');
    const [random] = await eslint.lintText('export const r = Math.random();', { filePath: 'src/engine/bots/planted.ts' });
    expect(random?.messages.map((m) => m.message).join()).toContain('Math.random');
  });

  it('does not apply the engine rules outside src/engine', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText('export const r = Math.random();', { filePath: 'src/ui/planted.ts' });
    expect(result?.messages).toEqual([]);
  });
});
