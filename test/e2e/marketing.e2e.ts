import { describe, expect, it } from 'vitest';
import { answer, card, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

describe('marketing in the browser', () => {
  it('a player sets a marketing budget for the app, sees what it asks for, and finds the bill and the users won in the quarter report', async () => {
    const s = await open('?renderer=canvas&seed=marketing');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await openTab(s.page, 'Business');
    await card(s.page, 'product').getByRole('button', { name: 'Launch Consumer app' }).click();
    const marketing = card(s.page, 'marketing');
    await marketing.getByLabel('Budget a quarter ($)').fill('20000000');
    await expect.poll(() => marketing.locator('.preview').textContent()).toMatch(/asks for about 4(\.0)?M users at \$5(\.00)? each/);
    await marketing.getByRole('button', { name: 'Set budget' }).click();
    await expect.poll(() => answer(s.page, 'marketing').textContent()).toMatch(/Marketing budget set to \$20(\.0)?M a quarter\./);
    await s.screenshot('1280x720-marketing-card');

    await s.page.getByRole('button', { name: 'End quarter' }).click();
    const report = s.page.getByRole('dialog');
    await expect.poll(() => report.isVisible()).toBe(true);
    await expect.poll(() => report.getByText(/^Marketing to win users: Consumer app/).count()).toBeGreaterThan(0);
    await expect.poll(() => report.getByRole('columnheader', { name: 'Users won by marketing' }).count()).toBe(1);
    await s.screenshot('1280x720-marketing-report');
    expect(s.errors).toEqual([]);
  });
});
