// The side panel's tabs: a card redraws while its tab is in front; one on another tab catches up when that tab opens.
import { describe, expect, it } from 'vitest';
import { card, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

describe('side tabs', () => {
  it('a quarter ended from the Business tab, after a move there, is on the News tab the moment it opens', async () => {
    const { page } = await open('?renderer=canvas&seed=side-tabs&scenario=china-2025');
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await expect.poll(() => page.locator('#last-heading').textContent()).toBe('Briefing');

    // A move on the Business tab, accepted.
    await openTab(page, 'Business');
    const product = card(page, 'product');
    await product.getByLabel('Price').fill('0.75');
    await product.getByRole('button', { name: 'Set price' }).click();
    await expect.poll(() => page.locator('#product-message').getAttribute('class')).toBe('message ok');

    // The quarter ends while the News tab is hidden; opening it shows the quarter just played, not the briefing.
    await endQuarter(page);
    await openTab(page, 'News');
    expect(await page.locator('#last-heading').textContent()).toBe('Last quarter');
    expect(await page.locator('#last-heading + p').textContent()).toMatch(/^Revenue \S+, running costs \S+\.$/);
    expect(await page.locator('#labs-heading').isVisible()).toBe(true);
  });
});
