// A cloud in the browser: the player's lab, handed to the cloud-platform strategy in The burn, rents GPU-hours to buyers
// outside the game, and the quarter report shows the hours, their rent and how busy the region's clouds were.
import { describe, expect, it } from 'vitest';
import { answer, card, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

describe('renting out GPU-hours', () => {
  it('a lab running a cloud finds the hours outside buyers rented, their rent and the clouds\' utilisation in its report', async () => {
    const s = await open('?renderer=canvas&seed=cloud-rentals&scenario=us-2025');
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await openTab(page, 'News');
    const autopilot = card(page, 'autopilot');
    await autopilot.getByLabel('Strategy').selectOption('cloud-platform');
    await autopilot.getByRole('button', { name: 'Hand over' }).click();
    await expect.poll(() => answer(page, 'autopilot').textContent()).toMatch(/^Handed over to cloud platform/);
    await endQuarter(page);
    await page.getByRole('button', { name: 'End quarter' }).click();
    const report = page.getByRole('dialog');
    await expect.poll(() => report.isVisible()).toBe(true);
    await expect.poll(() => report.getByRole('rowheader', { name: 'GPU-hours rented to outside buyers', exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => report.getByText(/Buyers outside the game rented .+ Nvidia H100-hours from your cloud at \$\d+\.\d\d an hour/).count()).toBe(1);
    await expect.poll(() => report.getByText(/Every cloud in your region was \d+% busy/).count()).toBe(1);
    await s.screenshot('1280x720-cloud-rentals-report');
    expect(s.errors).toEqual([]);
  });
});
