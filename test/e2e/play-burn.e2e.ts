// The burn in the browser: a US frontier lab among rivals with deep pockets, and a neocloud that rents to them.
import { describe, expect, it } from 'vitest';
import { canvasCoverage, endQuarter, gameSessions, waitForScene } from './browser';

const open = gameSessions();

describe('the burn', () => {
  it('briefs the player on the neocloud among the rivals, draws all five US labs and plays two quarters', async () => {
    const s = await open('?renderer=canvas&seed=burn-ui&scenario=us-2025');
    const { page } = s;
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Forge Compute (United States) — plays cloud platform (hosts open models on a big fleet); no model of its own yet, 250,000 chips, cash $1.4B');
    await s.screenshot('1280x720-25-burn-briefing');
    await page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(page, 'Headquarters');
    await expect.poll(() => canvasCoverage(page)).toBeGreaterThan(0.2);
    for (let quarter = 0; quarter < 2; quarter += 1) await endQuarter(page);
    await expect.poll(() => page.locator('body').textContent()).toContain('Q3 2025');
    await page.waitForFunction(() => document.getElementById('game')?.dataset.animating === '0', undefined, { timeout: 20_000 });
    await s.screenshot('1280x720-26-burn-headquarters');
    expect(s.errors).toEqual([]);
  });
});
