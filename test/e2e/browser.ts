// Drives Debian's chromium with playwright-core: fresh profile, no browser download, errors collected.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';

export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export interface Session {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** `touch`: a touch screen (an iPad), so the page sees touch events and a coarse pointer. */
export async function openGame(baseUrl: string, query: string, viewport = { width: 1280, height: 720 }, touch = false): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'shakeout-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport,
    hasTouch: touch,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.goto(new URL(query, baseUrl).href);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    page,
    errors,
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The address the test run serves the built game on. */
export const baseUrl = (): string => inject('baseUrl');

/** Opens games for one test file; whichever game a test opened is closed after it. */
export function gameSessions(): (query: string, viewport?: { width: number; height: number }) => Promise<Session> {
  let current: Session | null = null;
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return async (query, viewport) => (current = await openGame(baseUrl(), query, viewport));
}

/**
 * Share of a grid of samples of the game canvas that is not the background colour (the commonest one):
 * 0 means a blank canvas. Measured: title about 0.08, headquarters about 0.47, the debrief's chart about 0.012 to 0.04.
 * Steadier than brightness variance, which moved across its threshold with the title's drifting nodes.
 */
export async function canvasCoverage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#game canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return 0;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map<number, number>();
    let samples = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      const colour = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
      samples += 1;
    }
    const background = Math.max(0, ...counts.values());
    return samples === 0 ? 0 : 1 - background / samples;
  });
}

/** A fingerprint of the game canvas's pixels (a grid of samples): changes when what is drawn changes. */
export async function canvasSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#game canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return '';
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let hash = 0;
    for (let i = 0; i < data.length; i += 4 * 31) hash = (hash * 31 + (data[i] ?? 0) + 7 * (data[i + 1] ?? 0) + 13 * (data[i + 2] ?? 0)) % 2147483647;
    return String(hash);
  });
}

/** Waits until Phaser has started the named scene. */
export async function waitForScene(page: Page, key: string): Promise<void> {
  await page.waitForFunction((k) => document.body?.dataset.scene === k, key, { timeout: 20_000 });
}

/** Ends the quarter with the button and closes the quarter report that opens (after the last quarter, on to the debrief). */
export async function endQuarter(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End quarter' }).click();
  const report = page.getByRole('dialog');
  if (await report.isVisible()) await report.getByRole('button', { name: /^(Back to headquarters|See how the game ended)( [ ẋ]+)?$/ }).click();
}

/**
 * New game from the title screen, then past the briefing to the first quarter at headquarters. The tutorial's guide
 * opens controls step by step; tests of the controls themselves skip it (Show everything) unless they ask to be guided.
 */
export async function startGame(page: Page, { guided = false } = {}): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Start the first quarter' }).click();
  await page.locator('.hq-screen').waitFor({ state: 'attached' });
  if (!guided) await showEverything(page);
}

/** Skips the guided tutorial, when the game has one showing. */
export async function showEverything(page: Page): Promise<void> {
  const skip = page.locator('[data-guide="side"]').getByRole('button', { name: 'Show everything' });
  if (await skip.isVisible()) await skip.click();
}

/** A decision card on the HQ screen, its answer line, and the tab that holds it. */
export const card = (page: Page, id: string) => page.locator(`[data-card="${id}"]`);
export const answer = (page: Page, id: string) => page.locator(`#${id}-message`);
export const openTab = (page: Page, name: string) => page.getByRole('tab', { name }).click();
