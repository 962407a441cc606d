// Autopilot in the browser: hand the lab to a strategy, watch a quarter, take it back, hand it over again and play out.
import { describe, expect, it } from 'vitest';
import { answer, card, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

describe('autopilot', () => {
  it('hands the lab to a strategy, gives it back, and plays the rest of the game to the debrief', async () => {
    const s = await open('?renderer=canvas&seed=autopilot-ui');
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await openTab(page, 'News');
    const autopilot = card(page, 'autopilot');
    await autopilot.getByLabel('Strategy').selectOption('efficient-open');
    await autopilot.getByRole('button', { name: 'Hand over' }).click();
    await expect.poll(() => answer(page, 'autopilot').textContent()).toBe('Handed over to efficient and open (MoE, open weights, low prices). End the quarter to let it play.');
    await expect.poll(() => autopilot.locator('.autopilot-on').textContent()).toBe('On autopilot: efficient and open (MoE, open weights, low prices).');
    await s.screenshot('1280x720-27-autopilot-on');

    // The strategy plays the quarter: it starts a training run we never asked for.
    await endQuarter(page);
    await expect.poll(() => page.locator('.top-bar .date strong').textContent()).toBe('Q2 2025');
    await openTab(page, 'Models');
    await expect.poll(() => card(page, 'train').locator('.progress').textContent()).toMatch(/^Lantern 2: \d+% done\.$/);
    await openTab(page, 'News');

    await autopilot.getByRole('button', { name: 'Take back control' }).click();
    await expect.poll(() => answer(page, 'autopilot').textContent()).toBe('You are deciding again.');
    // Focus stays in the card, on its new main button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hand over');
    await autopilot.getByLabel('Strategy').selectOption('frontier');
    await autopilot.getByRole('button', { name: 'Hand over' }).click();
    await autopilot.getByRole('button', { name: 'Play the remaining quarters' }).click();
    await waitForScene(page, 'End');
    // Every quarter was played, to the scenario's last.
    await expect.poll(() => page.locator('.verdict').textContent()).toMatch(/Q4 2026/);
    await expect.poll(() => page.getByRole('heading', { name: 'The game is over' }).count()).toBe(1);

    // The debrief compares this game, played partly by a strategy, with each strategy from the start.
    await page.getByRole('button', { name: 'Play it once with each strategy' }).click();
    await expect.poll(() => page.locator('.trials-table tbody tr').count()).toBe(6);
    expect(await page.locator('.trials-table tbody tr').first().locator('th').textContent()).toBe('you, then autopilot');
    expect(s.errors).toEqual([]);
  });
});
