// The built page's Content-Security-Policy, kept honest: every screen, Many worlds on workers, a scenario link, both
// renderers, played under it with no violation (a violation would also be a console error).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { baseUrl, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

/** Collects every violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('the Content-Security-Policy', () => {
  it('is the first thing in the built page\'s head', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    expect(meta?.[1]?.replaceAll('&#39;', '\'')).toBe(CONTENT_SECURITY_POLICY);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('holds over every screen, Many worlds, a scenario link and a whole game on the canvas renderer, with no violation', async () => {
    const s = await open('about:blank');
    const { page } = s;
    await watchViolations(page);
    await page.goto(new URL('?renderer=canvas&seed=csp&scenario=examples/china-2025-stricter.json', baseUrl()).href);
    await waitForScene(page, 'Title');
    // The link's scenario was fetched and checked under the policy.
    await expect.poll(() => page.locator('.scenario-option.chosen').textContent()).toContain('Your file');

    await page.getByRole('button', { name: 'Sources' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Many worlds' }).click();
    const worlds = page.getByRole('dialog', { name: /^Many worlds/ });
    await worlds.getByLabel('Worlds to play').fill('10');
    await worlds.getByRole('button', { name: 'Play them' }).click();
    await expect.poll(() => worlds.locator('[aria-live]').textContent(), { timeout: 60_000 }).toBe('All 10 worlds played.');
    await worlds.getByRole('button', { name: 'Close' }).click();

    await startGame(page);
    await waitForScene(page, 'Headquarters');
    for (const tab of ['Compute', 'Models', 'Business', 'People', 'News']) await openTab(page, tab);
    await page.getByRole('button', { name: 'Glossary' }).click();
    await page.getByRole('dialog', { name: 'Glossary' }).getByRole('button', { name: 'Close' }).click();
    await endQuarter(page);
    const autopilot = page.locator('[data-card="autopilot"]');
    await autopilot.getByLabel('Strategy').selectOption('frontier');
    await autopilot.getByRole('button', { name: 'Hand over' }).click();
    await autopilot.getByRole('button', { name: 'Play the remaining quarters' }).click();
    await waitForScene(page, 'End');
    await page.getByRole('button', { name: 'Play it once with each strategy' }).click();
    await expect.poll(() => page.locator('.trials-table tbody tr').count(), { timeout: 60_000 }).toBe(6);
    await page.getByRole('button', { name: 'Replay this game quarter by quarter' }).click();
    await expect.poll(() => page.locator('.replay-screen').count()).toBe(1);

    expect(await violations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('holds on the WebGL renderer too', async () => {
    const s = await open('about:blank');
    await watchViolations(s.page);
    await s.page.goto(new URL('?renderer=webgl&seed=csp-webgl', baseUrl()).href);
    await waitForScene(s.page, 'Title');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await endQuarter(s.page);
    await expect.poll(() => s.page.locator('.top-bar .date strong').textContent()).toBe('Q2 2025');
    expect(await violations(s.page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
