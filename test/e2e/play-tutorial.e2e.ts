import { describe, expect, it } from 'vitest';
import { answer, baseUrl, canvasCoverage, canvasSignature, card, endQuarter, gameSessions, openGame, openTab, showEverything, startGame, waitForScene, type Session } from './browser';

const open = gameSessions();

async function expectDrawn(s: Session, scene: string, shot: string, coverage: number) {
  await waitForScene(s.page, scene);
  await s.page.waitForTimeout(400);
  await expect.poll(() => canvasCoverage(s.page)).toBeGreaterThan(coverage);
  await s.screenshot(shot);
}

async function expectInsideViewport(s: Session, selector: string) {
  const box = await s.page.locator(selector).boundingBox();
  const viewport = s.page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}


describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('the tutorial at $width x $height', (viewport) => {
  it('plays from the title screen to the end screen through real clicks', async () => {
    const s = await open('?renderer=canvas&seed=e2e-seed', viewport);
    const size = `${viewport.width}x${viewport.height}`;
    const { page } = s;

    await expectDrawn(s, 'Title', `${size}-1-title`, 0.04);
    // The whole title screen fits the window: the last scenario, New game and the settings are on screen without scrolling.
    expect(await page.evaluate(() => document.querySelector('.title-screen')!.scrollHeight <= window.innerHeight)).toBe(true);
    await expectInsideViewport(s, '.scenario-option:last-child');
    await expectInsideViewport(s, '.settings summary');
    await expectInsideViewport(s, '.scenario-card button.primary');
    await expect.poll(() => page.getByText('World seed: e2e-seed').count()).toBe(1);
    await page.getByRole('button', { name: 'New game' }).click();
    // The briefing: the story, the rules that bind the lab, the rivals.
    await expect.poll(() => page.getByRole('heading', { name: 'Briefing: First steps' }).count()).toBe(1);
    await expect.poll(() => page.locator('.briefing-card').textContent()).toContain('Chips you may buy now: Nvidia H100, Nvidia A100.');
    await expect.poll(() => page.locator('.briefing-card').textContent()).toContain('Meridian AI (United States) — plays the frontier');
    await s.screenshot(`${size}-1b-briefing`);
    await page.getByRole('button', { name: 'Start the first quarter' }).click();

    await expectDrawn(s, 'Headquarters', `${size}-2-headquarters`, 0.2);
    // This test tries every control, so it skips the guided steps (guided-tutorial.e2e.ts follows them).
    await showEverything(page);
    await expectInsideViewport(s, '.end-quarter');
    await expect.poll(() => page.locator('[data-figure="cash"] .value').textContent()).toBe('$80M');

    // A decision the lab cannot afford is refused with its reason in a sentence.
    await openTab(s.page, 'Compute');
    const chips = card(s.page, 'chips');
    await chips.getByLabel('Units').fill('50000');
    await expect.poll(() => chips.locator('.preview').textContent()).toContain('Cost $1.4B; cash left −$1.3B');
    await chips.getByRole('button', { name: 'Buy' }).click();
    await expect.poll(() => answer(s.page, 'chips').textContent()).toBe('That costs $1.4B, but the lab has only $80M.');
    await s.screenshot(`${size}-3-rejected`);

    await chips.getByLabel('Units').fill('500');
    await chips.getByRole('button', { name: 'Buy' }).click();
    await expect.poll(() => answer(s.page, 'chips').textContent()).toBe('Bought 500 × Nvidia H100 for $13.8M.');
    await expect.poll(() => page.locator('[data-figure="cash"] .value').textContent()).toBe('$66.3M');

    // Serve more customers, then train a mixture-of-experts model.
    const split = card(s.page, 'split');
    await split.getByLabel('Training %').fill('45');
    await split.getByLabel('Inference %').fill('50');
    await split.getByRole('button', { name: 'Apply split' }).click();
    await expect.poll(() => answer(s.page, 'split').textContent()).toBe('Compute split set to 45/50/5.');

    // A mixture of experts is refused until researched.
    await openTab(s.page, 'Models');
    const train = card(s.page, 'train');
    await train.getByLabel('Total parameters (billions)').fill('400');
    await train.getByLabel('Active parameters (billions)').fill('40');
    await train.getByRole('button', { name: 'Start training' }).click();
    await expect.poll(() => answer(s.page, 'train').textContent()).toContain('research that technique first');
    const researchCard = card(s.page, 'research');
    await researchCard.getByLabel('Technique').selectOption('moe');
    await researchCard.getByRole('button', { name: 'Research' }).click();
    await expect.poll(() => answer(s.page, 'research').textContent()).toBe('Your researchers are working on Mixture of experts.');

    await train.getByLabel('Active parameters (billions)').fill('400');
    await train.getByLabel('Total parameters (billions)').fill('100');
    await train.getByLabel('Active parameters (billions)').fill('100');
    await train.getByLabel('Training tokens (trillions)').fill('4');
    await expect.poll(() => train.locator('.preview').textContent()).toContain('Needs 2.4 × 10²⁴ FLOP');
    await train.getByRole('button', { name: 'Start training' }).click();
    await expect.poll(() => train.locator('.progress').textContent()).toBe('Lantern 2: 0% done.');

    // The first End quarter opens the quarter report: the books reconcile on screen, Escape closes it.
    await page.getByRole('button', { name: 'End quarter' }).click();
    const report = page.getByRole('dialog', { name: 'Quarter report: Q1 2025' });
    await expect.poll(() => report.textContent()).toContain('Cash at the start of the quarter');
    await expect.poll(() => report.textContent()).toContain('Revenue: API');
    await s.screenshot(`${size}-3b-quarter-report`);
    // What investors paid for: the parts, the frontier premium in words, and a total that is the top bar's investors' estimate.
    const valuation = report.locator('.valuation');
    await expect.poll(() => valuation.textContent()).toContain('What investors pay for');
    await expect.poll(() => valuation.textContent()).toMatch(/Capability rank: your best model \(\d+\.\d\) ranks \d+ among the world's model makers/);
    expect(await valuation.locator('tr.total td').textContent()).toBe(await page.locator('[data-figure="estimate"] .value').textContent());
    await valuation.scrollIntoViewIfNeeded();
    await s.screenshot(`${size}-3c-quarter-report-valuation`);
    await page.keyboard.press('Escape');
    await expect.poll(() => report.isVisible()).toBe(false);
    // E is the shortcut for End quarter.
    await page.keyboard.press('e');
    await expect.poll(() => page.locator('.top-bar .date strong').textContent()).toBe('Q3 2025');
    await page.getByRole('button', { name: 'Back to headquarters' }).click();

    for (let quarter = 3; quarter <= 8; quarter += 1) {
      if (quarter === 3) {
        // The scheduled open-model shock is in the news, with its teaching note.
        await openTab(s.page, 'News');
        await expect.poll(() => card(s.page, 'news').textContent()).toContain('A free model nearly matches the best');
        await expect.poll(() => card(s.page, 'news').textContent()).toContain('Why it matters: Open weights set a price floor');
      }
      if (quarter === 4) {
        // An event asks for a decision: take the partner's money for a stake.
        const news = card(s.page, 'news');
        await news.getByRole('button', { name: 'Take $60M for 15%' }).click();
        await expect.poll(() => answer(s.page, 'news').textContent()).toBe('You chose: Take $60M for 15%.');
        await expect.poll(() => page.locator('[data-figure="equity"] .value').textContent()).toBe('59.5%');
        await expectDrawn(s, 'Headquarters', `${size}-4-headquarters-q4`, 0.2);
        await expect.poll(() => page.locator('.summary .card').first().textContent()).toContain('Last quarter');
        // Hire, start an industry solution, host open models, all from their tabs.
        await openTab(s.page, 'People');
        await card(s.page, 'people').getByRole('button', { name: 'Hire' }).click();
        await expect.poll(() => answer(s.page, 'people').textContent()).toBe('Hired 5.');
        await openTab(s.page, 'Business');
        await card(s.page, 'vertical').getByLabel('Industry').selectOption('finance');
        await card(s.page, 'vertical').getByRole('button', { name: 'Build' }).click();
        await expect.poll(() => answer(s.page, 'vertical').textContent()).toBe('Your engineers are building the Finance solution.');
        await s.screenshot(`${size}-4b-business-tab`);
        await openTab(s.page, 'News');
      }
      await endQuarter(page);
    }

    await expectDrawn(s, 'End', `${size}-5-end`, 0.006);
    await expect.poll(() => page.getByRole('heading', { name: 'The game is over' }).count()).toBe(1);
    expect(await page.locator('.standings li').count()).toBe(2);
    // The debrief chart switches between the figures of every lab over the game: the canvas redraws.
    const cashChart = await canvasSignature(page);
    await page.getByRole('radio', { name: 'Capability' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Capability' }).getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => canvasSignature(page)).not.toBe(cashChart);
    await expect.poll(() => canvasCoverage(page)).toBeGreaterThan(0.006);
    await s.screenshot(`${size}-5b-debrief-capability`);
    await page.getByRole('button', { name: 'Play again' }).click();
    await waitForScene(page, 'Title');
    expect(s.errors).toEqual([]);
  });
});

describe('links', () => {
  it('an unknown ?scenario= says so on the title screen and the default scenario still starts', async () => {
    const s = await open('?renderer=canvas&scenario=atlantis');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('There is no shipped scenario called "atlantis"');
    await s.screenshot('1280x720-6-unknown-scenario');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });

  it('the same ?seed= gives the same world: the first quarter reads the same', async () => {
    const firstQuarter = async () => {
      const s = await openGame(baseUrl(), '?renderer=canvas&seed=same-world');
      await startGame(s.page);
      await waitForScene(s.page, 'Headquarters');
      await endQuarter(s.page);
      // The quarter's summary is on the News tab, which the player opens to read it.
      await openTab(s.page, 'News');
      await expect.poll(() => s.page.locator('.summary .card').first().textContent()).toContain('Last quarter');
      const text = await s.page.locator('.summary .card').first().textContent();
      await s.close();
      return text;
    };
    const first = await firstQuarter();
    expect(first).toMatch(/Revenue \$/);
    expect(await firstQuarter()).toBe(first);
  });
});

describe('explanations', () => {
  it('every top-bar figure explains itself on hover and on keyboard focus; the glossary lists the terms', async () => {
    const s = await open('?renderer=canvas&seed=tips');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    const tip = s.page.getByRole('tooltip');
    await s.page.locator('[data-figure="runway"]').hover();
    await expect.poll(() => tip.textContent()).toContain('How many quarters the cash lasts');
    await s.screenshot('1280x720-13-tooltip');
    await s.page.locator('[data-figure="equity"]').focus();
    await expect.poll(() => tip.textContent()).toContain('The share of the lab the founders (you) still own');
    expect(await s.page.locator('[data-figure="equity"]').getAttribute('aria-describedby')).toBe('tooltip');
    await s.page.getByRole('button', { name: 'Glossary' }).click();
    const glossary = s.page.getByRole('dialog', { name: 'Glossary' });
    await expect.poll(() => glossary.textContent()).toContain('Open-weight price floor');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => glossary.isVisible()).toBe(false);
    expect(s.errors).toEqual([]);
  });
});
