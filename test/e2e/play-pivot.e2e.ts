// The operating layer in the browser: a Chinese lab among Chinese rivals, renting from clouds that have limits.
import { describe, expect, it } from 'vitest';
import { answer, card, endQuarter, gameSessions, openTab, waitForScene } from './browser';

const open = gameSessions();

describe('the operating layer', () => {
  it('briefs the player on Chinese rivals only, shows a cloud\'s limit before and after renting too much, and plays a quarter', async () => {
    const s = await open('?renderer=canvas&seed=pivot-ui&scenario=pivot');
    const { page } = s;
    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Jade River AI');
    expect(await page.locator('body').textContent()).not.toContain('Solstice');
    await s.screenshot('1280x720-23-pivot-briefing');
    await page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(page, 'Headquarters');
    await openTab(page, 'Compute');
    const offers = await card(page, 'rent').locator('option').allTextContents();
    const rent = card(page, 'rent');
    const h800 = offers.findIndex((o) => o.startsWith('Nvidia H800 in China'));
    await rent.locator('select').selectOption(String(h800));
    await rent.getByLabel('Units to rent').fill('6000');
    await expect.poll(() => rent.textContent()).toContain('These clouds rent at most 5,000 of them to one lab.');
    await rent.getByRole('button', { name: 'Set rental' }).click();
    await expect.poll(() => answer(page, 'rent').textContent()).toBe('Clouds in China have room for at most 5,000 Nvidia H800 chips for one lab.');
    await openTab(page, 'Business');
    await expect.poll(() => card(page, 'vertical').textContent()).toContain('your 170 engineers can deliver up to $6M of contracts a quarter at home prices');
    await s.screenshot('1280x720-24-pivot-headquarters');
    await endQuarter(page);
    await expect.poll(() => page.locator('body').textContent()).toContain('Q2 2025');
    expect(s.errors).toEqual([]);
  });

  it('shows what delivering industry contracts costs in the quarter report, and takes it off their gross margin', async () => {
    const s = await open('?renderer=canvas&seed=pivot-ui&scenario=pivot');
    const { page } = s;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(page, 'Headquarters');
    await openTab(page, 'Business');
    // Education takes 60 engineer-quarters: the 170 engineers build it in one quarter; contracts come the next.
    const vertical = card(page, 'vertical');
    await vertical.locator('select').selectOption('education');
    await vertical.getByRole('button', { name: 'Build' }).click();
    for (let quarter = 0; quarter < 2; quarter += 1) await endQuarter(page);
    await page.getByRole('button', { name: 'End quarter' }).click();
    const products = page.getByRole('dialog').locator('table.products');
    await expect.poll(() => products.textContent()).toContain('Delivery staff');
    const education = products.getByRole('row').filter({ hasText: 'Education' });
    const cells = await education.getByRole('cell').allTextContents();
    // Revenue, serving cost, delivery staff, gross margin: Chinese contracts at $35k an engineer, pay $17.5k a quarter.
    const margin = Number(cells[3]!.replace('%', ''));
    expect(cells[2]).toMatch(/^−\$/);
    expect(margin).toBeGreaterThan(40);
    expect(margin).toBeLessThan(51);
    await s.screenshot('1280x720-24b-pivot-delivery-staff');
    expect(s.errors).toEqual([]);
  });
});
