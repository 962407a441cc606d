// A cloud in the browser: the player's lab, handed to the cloud-platform strategy in The burn, rents GPU-hours to buyers
// outside the game, and the quarter report shows the hours, their rent and how busy the region's clouds were.
import { describe, expect, it } from 'vitest';
import { answer, card, gameSessions, openTab, startGame, waitForScene } from './browser';

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
    // Its engineers first run its own products; it lets out GPU-hours once it has hired enough (within a year).
    const report = page.getByRole('dialog');
    const rented = report.getByRole('rowheader', { name: 'GPU-hours rented to outside buyers', exact: true });
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      await page.getByRole('button', { name: 'End quarter' }).click();
      await expect.poll(() => report.isVisible()).toBe(true);
      if (await rented.count() > 0 || quarter === 4) break;
      await report.getByRole('button', { name: 'Back to headquarters' }).click();
    }
    await expect.poll(() => rented.count()).toBeGreaterThan(0);
    await expect.poll(() => report.getByText(/Buyers outside the game rented .+ Nvidia H100-hours from your cloud at \$\d+\.\d\d an hour/).count()).toBe(1);
    await expect.poll(() => report.getByText(/Every cloud in your region was \d+% busy/).count()).toBe(1);
    await s.screenshot('1280x720-cloud-rentals-report');
    expect(s.errors).toEqual([]);
  });
});
