// Many worlds on the title screen: the chosen scenario over many seeds in the browser, the same worlds as npm run sim.
import { describe, expect, it } from 'vitest';
import { simulateSeed, summarise } from '../../src/engine';
import { percent } from '../../src/i18n';
import { shippedScenario } from '../helpers';
import { gameSessions, waitForScene } from './browser';

const open = gameSessions();

describe('many worlds', () => {
  it('plays the chosen scenario over many seeds on worker threads and agrees with the simulator', async () => {
    const s = await open('?renderer=canvas&scenario=pivot');
    const { page } = s;
    await waitForScene(page, 'Title');
    await page.getByRole('button', { name: 'Many worlds' }).click();
    const dialog = page.getByRole('dialog', { name: 'Many worlds: The operating layer' });
    await dialog.getByLabel('Worlds to play').fill('30');
    await dialog.getByRole('button', { name: 'Play them' }).click();
    await expect.poll(() => dialog.locator('[aria-live]').textContent(), { timeout: 60_000 }).toBe('All 30 worlds played.');

    // The same seeds, 1 to 30, played in Node give the same table.
    const pivot = shippedScenario('pivot');
    const summary = summarise(Array.from({ length: 30 }, (_, i) => simulateSeed(pivot, String(i + 1))));
    const rows = dialog.locator('.worlds-table').first().locator('tbody tr');
    expect(await rows.count()).toBe(summary.strategies.length);
    for (let i = 0; i < summary.strategies.length; i += 1) {
      const cells = rows.nth(i).locator('td');
      expect(await cells.nth(1).textContent()).toBe(percent(summary.strategies[i]!.bestShare));
      expect(await cells.nth(2).textContent()).toBe(percent(summary.strategies[i]!.survivalShare));
    }
    // The world worth a look opens in watch mode with its seed.
    const watch = dialog.getByRole('link', { name: new RegExp(`seed ${summary.extremes.highest}\\)`) });
    expect(await watch.getAttribute('href')).toBe(`?watch=1&scenario=pivot&seed=${summary.extremes.highest}&renderer=canvas`);
    await s.screenshot('1280x720-28-many-worlds');
    // Following the link opens that very world in watch mode.
    await watch.click();
    await waitForScene(page, 'Title');
    await expect.poll(() => page.getByText(`World seed: ${summary.extremes.highest}`).count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
