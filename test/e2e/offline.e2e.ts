// The served build as a school's web host has it: under a sub-path of its own, then with the network gone after the
// first visit (the service worker answers from its cache), still playing a quarter under the page's CSP.
import type { PreviewServer } from 'vite';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endQuarter, gameSessions, startGame, waitForScene } from './browser';

const open = gameSessions();
const SUB_PATH = '/some/sub/path/';
let server: PreviewServer;
let subUrl: string;

describe('the served build', () => {
  // The build the browser tests made (test/e2e/serve-build.ts), served again under a sub-path.
  beforeAll(async () => {
    server = await preview({ base: SUB_PATH, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4189, strictPort: false } });
    subUrl = server.resolvedUrls!.local[0]!;
    expect(new URL(subUrl).pathname).toBe(SUB_PATH);
  });
  afterAll(async () => {
    await server.close();
  });

  it('runs under any sub-path: scenarios, schemas, art, the guide and its screenshots all load from there', async () => {
    const s = await open(`${subUrl}?renderer=canvas&scenario=pivot&seed=host`);
    const { page } = s;
    await waitForScene(page, 'Title');
    // The shipped scenarios and schemas beside the game, where a scenario file's "$schema" finds them.
    for (const file of ['scenarios/schema.json', 'scenarios/china-2025.json']) {
      expect(await page.evaluate(async (f) => (await fetch(f)).status, file), file).toBe(200);
    }
    // A scenario file on the same site, by a path relative to the game.
    await page.goto(`${subUrl}?renderer=canvas&scenario=examples/china-2025-stricter.json`);
    await waitForScene(page, 'Title');
    await expect.poll(() => page.locator('.scenario-option.chosen').textContent()).toContain('Your file');
    await page.getByRole('button', { name: 'Teacher guide' }).click();
    const guide = page.getByRole('dialog', { name: 'Teacher guide' });
    await expect.poll(() => guide.locator('img').count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => guide.locator('img').evaluateAll((images) => images.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('keeps working with the network off after the first visit: a reload plays a quarter from the service worker\'s cache', async () => {
    const s = await open(`${subUrl}?renderer=canvas&scenario=china-2025&seed=offline`);
    const { page } = s;
    await waitForScene(page, 'Title');
    // The first visit installs the worker, which precaches the build and takes over the page.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(SUB_PATH);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.context().setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await waitForScene(page, 'Title');
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await endQuarter(page);
    await expect.poll(() => page.locator('.top-bar .date .muted').textContent()).toBe('Quarter 2 of 12');
    await s.screenshot('1280x720-offline-quarter-2');
    expect(s.errors).toEqual([]);
  });
});
