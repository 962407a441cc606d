import { describe, expect, it } from 'vitest';
import { answer, canvasCoverage, card, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

describe('china-2025 through the UI', () => {
  it('plays the whole game, using every panel at least once, to the debrief', async () => {
    const s = await open('?renderer=canvas&seed=china-ui&scenario=china-2025');
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');

    // Compute: buy the legal chip, rent at home, move compute to serving.
    await openTab(page, 'Compute');
    await card(page, 'chips').getByLabel('Units').fill('2000');
    await card(page, 'chips').getByRole('button', { name: 'Buy' }).click();
    await expect.poll(() => answer(page, 'chips').textContent()).toMatch(/^Bought 2,000 × /);
    await card(page, 'rent').getByLabel('Units to rent (0 ends the rental)').fill('1000');
    await card(page, 'rent').getByRole('button', { name: 'Set rental' }).click();
    await expect.poll(() => answer(page, 'rent').textContent()).toBe('Rental set.');
    await card(page, 'split').getByLabel('Training %').fill('40');
    await card(page, 'split').getByLabel('Inference %').fill('50');
    await card(page, 'split').getByLabel('Research %').fill('10');
    await card(page, 'split').getByRole('button', { name: 'Apply split' }).click();
    await expect.poll(() => answer(page, 'split').textContent()).toBe('Compute split set to 40/50/10.');

    // People: hire engineers.
    await openTab(page, 'People');
    await card(page, 'people').getByLabel('Role').selectOption('engineers');
    await card(page, 'people').getByRole('button', { name: 'Hire' }).click();
    await expect.poll(() => answer(page, 'people').textContent()).toBe('Hired 5.');

    // Models: research, train an open model, open-source the old one, serve another lab's open model.
    await openTab(page, 'Models');
    await card(page, 'research').getByLabel('Technique').selectOption('fp8');
    await card(page, 'research').getByRole('button', { name: 'Research' }).click();
    await expect.poll(() => answer(page, 'research').textContent()).toBe('Your researchers are working on FP8 training.');
    await card(page, 'train').getByLabel('Total parameters (billions)').fill('300');
    await card(page, 'train').getByLabel('Active parameters (billions)').fill('30');
    await card(page, 'train').getByLabel('Training tokens (trillions)').fill('10');
    await card(page, 'train').getByLabel('Publish the weights (open model)').check();
    await card(page, 'train').getByRole('button', { name: 'Start training' }).click();
    await expect.poll(() => answer(page, 'train').textContent()).toMatch(/^Training of .+ has started\.$/);
    const models = card(page, 'models');
    await models.getByRole('button', { name: /^Publish / }).first().click();
    await expect.poll(() => answer(page, 'models').textContent()).toMatch(/is now an open model\.$/);
    await models.getByRole('button', { name: /^Serve / }).first().click();
    await expect.poll(() => answer(page, 'models').textContent()).toMatch(/^Now serving /);
    await s.screenshot('1280x720-16-china-models');

    // Business: price, consumer app, an industry solution, a round.
    await openTab(page, 'Business');
    await card(page, 'product').getByLabel('Price').fill('0.8');
    await card(page, 'product').getByRole('button', { name: 'Set price' }).click();
    await expect.poll(() => answer(page, 'product').textContent()).toBe('Price set to $0.8.');
    await card(page, 'product').getByRole('button', { name: 'Launch consumer app' }).click();
    await card(page, 'vertical').getByRole('button', { name: 'Build' }).click();
    await expect.poll(() => answer(page, 'vertical').textContent()).toMatch(/^Your engineers are building the .+ solution\.$/);
    await card(page, 'funding').getByLabel('Amount ($ millions)').fill('100');
    await card(page, 'funding').getByRole('button', { name: 'Raise' }).click();
    await expect.poll(() => answer(page, 'funding').textContent()).toBe('Investors are considering your round.');
    await s.screenshot('1280x720-17-china-business');

    // Play on, answering any question an event asks (the tutorial's test checks an answer's effect).
    for (let quarter = 1; quarter <= 12; quarter += 1) {
      if (await page.getByRole('heading', { name: 'The game is over' }).count()) break;
      await openTab(page, 'News');
      const questions = card(page, 'news').locator('.question');
      while ((await questions.count()) > 0) {
        await questions.first().getByRole('button').last().click();
      }
      await endQuarter(page);
    }
    await waitForScene(page, 'End');
    await expect.poll(() => canvasCoverage(page)).toBeGreaterThan(0.006);
    await s.screenshot('1280x720-18-china-end');
    expect(await page.locator('.standings li').count()).toBe(12);
    // The same world with the player's lab on each strategy: five whole games, beside the one played.
    await page.getByRole('button', { name: 'Play it once with each strategy' }).click();
    const trials = page.locator('.trials-table tbody tr');
    await expect.poll(() => trials.count(), { timeout: 30_000 }).toBe(6);
    expect(await trials.first().locator('th').textContent()).toBe('you');
    expect(await trials.nth(1).locator('th').textContent()).toContain('the frontier');
    // A lab still standing has its rank among the twelve; one that went under is out.
    for (let i = 0; i < 6; i += 1) {
      const row = trials.nth(i);
      const outcome = await row.locator('td').nth(0).textContent();
      expect(await row.locator('td').nth(2).textContent()).toMatch(outcome === 'still standing' ? /^\d+ of 12$/ : /^out$/);
    }
    // Under the table, what the lab sold in each of the six games: revenue shares by product.
    const sold = page.locator('.trials-sold li');
    expect(await sold.count()).toBe(6);
    for (let i = 0; i < 6; i += 1) expect(await sold.nth(i).textContent()).toMatch(/: (.+ \d+%|nothing)/);
    // The page says the games are done and hands focus to the results.
    expect(await page.locator('.trials [aria-live]').textContent()).toBe('All 5 games played.');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('trials-table'))).toBe(true);
    await page.locator('.trials').scrollIntoViewIfNeeded();
    await s.screenshot('1280x720-18b-china-strategy-trials');
    expect(s.errors).toEqual([]);
  });
});
