// A first-time player follows the tutorial's guide: only what each step points to is clicked, then End quarter until
// the game ends. Everything shown on the way is read, and the estimated time is written to test/bench/tutorial-time.md.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { gameSessions, SCREENSHOT_DIR, startGame, waitForScene } from './browser';
import { followStep, guideStepOf } from './guide-steps';
import { estimate, readingLog, readScreen, writeEstimate, writeLines, type ReadingLog } from './reading-time';

const open = gameSessions();
const COMMAND = 'npx vitest run --project e2e test/e2e/guided-tutorial.e2e.ts';
const title = (step: string) => en[`guide.${step}.title` as keyof typeof en];

describe('the guided tutorial', () => {
  it('a first-time player follows the steps only, meets the objectives, and reads it all in under 12 minutes', async () => {
    const s = await open('?renderer=canvas&seed=tutorial-guide', { width: 1366, height: 768 });
    const { page } = s;
    const log: ReadingLog = readingLog();
    const click = async (locator: ReturnType<typeof page.locator>) => {
      await locator.click();
      log.actions += 1;
    };
    const type = async (locator: ReturnType<typeof page.locator>, value: string) => {
      await locator.fill(value);
      log.actions += 1;
    };

    await waitForScene(page, 'Title');
    await readScreen(page, log, 'title screen');
    await click(page.getByRole('button', { name: 'New game' }));
    await expect.poll(() => page.getByRole('heading', { name: 'Briefing: First steps' }).count()).toBe(1);
    await readScreen(page, log, 'briefing');
    await s.screenshot('1366x768-guide-0-briefing');
    await click(page.getByRole('button', { name: 'Start the first quarter' }));
    await waitForScene(page, 'Headquarters');

    const guide = page.locator('[data-guide="side"]');
    const target = page.locator('.guide-target');
    const report = page.getByRole('dialog', { name: /^Quarter report/ });
    // At first only the step's own control and the news are open: one card beside the news, no End quarter.
    await expect.poll(() => guide.getByRole('heading').textContent()).toBe(title('compute'));
    expect(await page.getByRole('tab').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'End quarter' }).isVisible()).toBe(false);
    // The objectives stay in sight while the guide hides the rest.
    expect(await page.locator('[data-card="objectives"]').isVisible()).toBe(true);

    const stepsSeen: string[] = [];
    let quarterMoves = 0;
    for (let move = 0; move < 60; move += 1) {
      if ((await page.evaluate(() => document.body.dataset['scene'])) === 'End') break;
      if (await report.isVisible()) {
        const moment = `report: ${await report.getByRole('heading', { level: 2 }).first().textContent()}`;
        await readScreen(page, log, moment);
        if (await page.locator('[data-guide="report"]').isVisible()) await s.screenshot('1366x768-guide-report');
        // The last quarter's report leads on to the debrief instead.
        await click(report.getByRole('button', { name: /Back to headquarters|See how the game ended/ }));
        continue;
      }
      const heading = (await guide.getByRole('heading').textContent()) ?? '';
      const step = guideStepOf(heading, en);
      expect(step, `the guide shows a step (${heading})`).toBeDefined();
      if (stepsSeen.at(-1) !== step) {
        stepsSeen.push(step!);
        await readScreen(page, log, `${await guide.locator('.guide-count').textContent()}: ${heading}`);
        await s.screenshot(`1366x768-guide-${stepsSeen.length}-${step}`);
      }
      // The step points at exactly one place, and it is on screen.
      await expect.poll(() => target.count()).toBe(1);
      expect(await target.isVisible()).toBe(true);
      if (!(await followStep(target, step!, en, { click, type }))) {
        expect(await target.textContent()).toBe('End quarter');
        await readScreen(page, log, `quarter ${quarterMoves + 1} at headquarters`);
        quarterMoves += 1;
        await click(target);
      }
      // Each move is answered on screen before the next (the step moves on, or the report opens).
      await page.waitForTimeout(200);
    }

    await waitForScene(page, 'End');
    await readScreen(page, log, 'debrief');
    await s.screenshot('1366x768-guide-end');
    expect(stepsSeen).toEqual(['compute', 'model', 'customers', 'cash', 'wait', 'investors', 'wait', 'serve', 'loop']);
    // Every objective of the scenario met.
    await expect.poll(() => page.locator('.objectives li').count()).toBe(3);
    expect(await page.locator('.objectives li.missed').count()).toBe(0);

    const result = estimate(log);
    writeEstimate(join(process.cwd(), 'test', 'bench', 'tutorial-time.md'), result, COMMAND);
    writeLines(join(SCREENSHOT_DIR, '..', 'tutorial-lines.txt'), log);
    // Issue 15's target. test-results/tutorial-lines.txt lists every line read and its cost, to see where time goes.
    expect(result.minutes).toBeLessThan(12);
    expect(s.errors).toEqual([]);
  }, 300_000);

  it('Show everything opens every tab and control, and a reloaded game continues with everything shown', async () => {
    // 1024 wide: the guide's box sits in the side panel, above the tabs.
    const s = await open('?renderer=canvas&seed=guide-skip', { width: 1024, height: 768 });
    const { page } = s;
    await waitForScene(page, 'Title');
    await startGame(page, { guided: true });
    await waitForScene(page, 'Headquarters');
    const guide = page.locator('[data-guide="side"]');
    await expect.poll(() => guide.getByRole('heading').textContent()).toBe(title('compute'));
    await s.screenshot('1024x768-guide-1-compute');
    expect(await page.getByRole('tab').count()).toBe(2);
    await guide.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => guide.isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('tab').count()).toBe(5);
    await expect.poll(() => page.getByRole('button', { name: 'End quarter' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Compute' }).click();
    expect(await page.locator('[data-card="chips"]').isVisible()).toBe(true);

    await page.reload();
    await waitForScene(page, 'Title');
    await page.getByRole('button', { name: /^Continue/ }).first().click();
    await waitForScene(page, 'Headquarters');
    await expect.poll(() => page.getByRole('tab').count()).toBe(5);
    expect(await guide.isVisible()).toBe(false);
    await s.screenshot('1024x768-guide-skipped');
    expect(s.errors).toEqual([]);
  });
});
