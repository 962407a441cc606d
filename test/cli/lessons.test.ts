import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Scenario } from '../../src/engine';
import { learnLessons, type Lessons } from '../../src/engine/lesson-plan';
import { shippedScenarioIds } from '../../src/scenario/shipped';
import { lessonsReport, survivedWords } from '../../src/cli/lessons-report';
import { pct } from '../../src/cli/lessons-words';
import { shippedScenario } from '../helpers';

const out = mkdtempSync(join(tmpdir(), 'shakeout-lessons-'));
// A folder of its own inside the project (so the built files find node_modules), apart from the dist/cli other tests build.
const built = 'dist/cli-lessons-test';
const scenarios: Record<string, Scenario> = Object.fromEntries(shippedScenarioIds().map((id) => [id, shippedScenario(id)]));
const seeds = ['1', '2', '3', '4'];
let lessons: Lessons;

beforeAll(async () => {
  // Build the command-line tools as `npm run lessons` does.
  await build({ mode: 'cli', logLevel: 'silent', build: { outDir: built } });
  lessons = learnLessons(scenarios, seeds);
}, 120_000);

describe('npm run lessons', () => {
  it('writes the report where --out says, with the numbers the measuring functions give for the same seeds', () => {
    const report = join(out, 'lessons.md');
    const json = join(out, 'lessons.json');
    execFileSync('node', [`${built}/lessons.js`, '--seeds', '4', '--workers', '2', '--out', report, '--json', json], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // JSON has no NaN: compare both sides as JSON.
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(JSON.parse(JSON.stringify(lessons)));
    const text = readFileSync(report, 'utf8');
    expect(text).toMatch(/^# Lessons report\n/);
    expect(text).toMatch(/seeds 1 to 4 in each of 9 worlds, 36 games in [\d.]+ s on 2 worker\(s\)/);
    const s = lessons.sanctions.survival.controls.efficientOpen;
    expect(text).toContain(`| with controls (\`china-2025\`) | ${pct(s.value)} [${pct(s.low)} to ${pct(s.high)}] |`);
  }, 120_000);

  it('refuses a bad seed count', () => {
    expect(() => execFileSync('node', [`${built}/lessons.js`, '--seeds', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })).toThrow(/--seeds wants a whole number/);
  });
});

describe('the lessons report', () => {
  it('prints every lesson with its figures, targets and verdicts', () => {
    const report = lessonsReport(lessons, { date: '2026-01-01', engineVersion: '9.9.9', games: 36, worlds: 9, seconds: 1.5, workers: 2 });
    for (const heading of ['## Summary', '## 1. Sanctions favour efficiency', '## 2. Controls bind and leak', '## 3. The shakeout emerges', '## 4. The price of a fixed capability falls', '## 5. Money rotates']) {
      expect(report).toContain(heading);
    }
    expect(report).toContain('seeds 1 to 4 in each of 9 worlds, 36 games in 1.5 s on 2 worker(s)');
    expect(report).toContain('> Under chip controls, the Chinese lab survived');
    // One summary row per target: fourteen, and one price target per shipped scenario.
    expect(report.match(/^\| \d\. [^|]+ \|/gm)).toHaveLength(14 + lessons.prices.length);
    expect(report.match(/^\| \d\. .*\| (yes|\*\*no\*\*|unclear \(the interval straddles the target\)) \|$/gm)).toHaveLength(14 + lessons.prices.length);
    for (const p of lessons.prices) expect(report).toContain(`falls 5–20× a year in ${p.scenario}`);
    expect(report).toContain('engine 9.9.9');
  });
});

describe('the shakeout lesson\'s words', () => {
  it('says how many of the labs that never made a model survived, without "100% or more"', () => {
    expect(survivedWords(0.87)).toBe('87% or more of them survived');
    expect(survivedWords(0.998)).toBe('nearly all of them survived');
    expect(survivedWords(1)).toBe('all of them survived');
  });
});
