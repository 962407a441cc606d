// Borrowing against a fleet in the browser: the tutorial's lab launches its cloud, sees that lenders lend nothing before
// its chips earn rent, lets out GPU-hours for a quarter, sees what lenders would lend and why, borrows, and finds the
// interest, the repayment and what it still owes in the quarter report.
import { describe, expect, it } from 'vitest';
import { answer, card, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

describe('fleet loans', () => {
  it('a cloud borrows against its chips and last quarter\'s rent within the lender\'s limit and pays interest and repayment in the next report', async () => {
    const s = await open('?renderer=canvas&seed=fleet-loan');
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await openTab(page, 'Business');
    const loan = card(page, 'loan');
    // No cloud yet: lenders say why they will not lend.
    await expect.poll(() => loan.locator('.preview').textContent()).toMatch(/only to a lab that rents out GPU-hours/);
    await card(page, 'product').getByRole('button', { name: /^Open your cloud/ }).click();
    // A cloud that has let out nothing yet: its chips secure a loan, but no rent repays one.
    await expect.poll(() => loan.locator('.preview').textContent()).toMatch(/Lenders would add at most \$0 now: .*chips that have earned nothing yet carry no loan\./);
    await endQuarter(page);
    await openTab(page, 'Business');
    await expect.poll(() => loan.locator('.preview').textContent()).toMatch(/Lenders would add at most \$[\d.]+M now: in all, 80% of your chips \(\$[\d.]+M\) and no more than last quarter's rent/);
    await loan.getByLabel('Loan ($ millions)').fill('5');
    await expect.poll(() => loan.locator('.preview').textContent()).toMatch(/cost \$1[34]\d(\.\d)?K of interest and \$31\d(\.\d)?K of repayment in its first quarter, repaid over 16 quarters/);
    await loan.getByRole('button', { name: 'Borrow' }).click();
    await expect.poll(() => answer(page, 'loan').textContent()).toMatch(/^Borrowed \$5(\.0)?M: the cash is yours now; payments start at the end of the quarter\.$/);
    await loan.scrollIntoViewIfNeeded();
    await s.screenshot('1280x720-fleet-loan-card');
    // Far more than the chips secure: refused with the lender's two limits.
    await loan.getByLabel('Loan ($ millions)').fill('5000');
    await loan.getByRole('button', { name: 'Borrow' }).click();
    await expect.poll(() => answer(page, 'loan').textContent()).toMatch(/^Lenders will add at most \$[\d.]+M now/);

    await page.getByRole('button', { name: 'End quarter' }).click();
    const report = page.getByRole('dialog');
    await expect.poll(() => report.isVisible()).toBe(true);
    await expect.poll(() => report.getByText('Borrowed against the fleet').count()).toBeGreaterThan(0);
    await expect.poll(() => report.getByText('Interest on fleet loans').count()).toBeGreaterThan(0);
    await expect.poll(() => report.getByText(/^Your fleet loans cost \$1[34]\d(\.\d)?K of interest and \$31\d(\.\d)?K of repayment this quarter, against .+ of rent from your cloud; you still owe \$4\.7M\.$/).count()).toBe(1);
    await expect.poll(() => report.getByText(/^Cash and chips, less \$4\.7M owed on fleet loans$/).count()).toBe(1);
    await s.screenshot('1280x720-fleet-loan-report');
    expect(s.errors).toEqual([]);
  });
});
