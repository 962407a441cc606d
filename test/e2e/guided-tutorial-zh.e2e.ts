// The guided tutorial in Simplified Chinese (?lang=zh-CN): a first-time player follows only what each step points to,
// as guided-tutorial.e2e.ts does in English, and every step, report and the debrief is checked for English left in the UI.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-cn';
import { gameSessions, waitForScene } from './browser';
import { followStep, guideStepOf } from './guide-steps';
import { englishLeft, scenarioWords } from './chinese-text';

const open = gameSessions();
const SEED = 'tutorial-guide';
const NAMES = scenarioWords('tutorial', 'china-2025', 'us-2025', 'pivot', 'china-2025-open');
/** The Chinese words of an English label, through the catalogue's key. */
const zh = (text: string): string => {
  const key = Object.keys(en).find((k) => en[k as keyof typeof en] === text);
  if (!key) throw new Error(`no key says "${text}"`);
  return zhCN[key as keyof typeof zhCN];
};

describe('the guided tutorial in Simplified Chinese', () => {
  it('takes a first-time player through every step to the end, every screen in Chinese', async () => {
    const s = await open(`?renderer=canvas&seed=${SEED}&lang=zh-CN`, { width: 1366, height: 768 });
    const { page } = s;
    const found: string[] = [];
    const look = async (moment: string) => found.push(...(await englishLeft(page, NAMES, SEED)).map((f) => `${moment}: ${f}`));
    await waitForScene(page, 'Title');
    await page.getByRole('button', { name: zh('New game') }).click();
    await look('briefing');
    await page.getByRole('button', { name: zh('Start the first quarter') }).click();
    await waitForScene(page, 'Headquarters');

    const guide = page.locator('[data-guide="side"]');
    const target = page.locator('.guide-target');
    const report = page.getByRole('dialog');
    const back = new RegExp(`^(${zh('Back to headquarters')}|${zh('See how the game ended')})`);
    const stepsSeen: string[] = [];
    for (let move = 0; move < 60; move += 1) {
      if ((await page.evaluate(() => document.body.dataset['scene'])) === 'End') break;
      if (await report.isVisible()) {
        await look(`report after move ${move}`);
        await report.getByRole('button', { name: back }).click();
        continue;
      }
      const heading = (await guide.getByRole('heading').textContent()) ?? '';
      const step = guideStepOf(heading, zhCN);
      expect(step, `the guide shows a step (${heading})`).toBeDefined();
      if (stepsSeen.at(-1) !== step) {
        stepsSeen.push(step!);
        await look(`step ${step}`);
      }
      await expect.poll(() => target.count()).toBe(1);
      if (!(await followStep(target, step!, zhCN, { click: (l) => l.click(), type: (l, v) => l.fill(v) }))) {
        expect(await target.textContent()).toBe(zhCN['hq.endQuarter']);
        await target.click();
      }
      await page.waitForTimeout(200);
    }
    await waitForScene(page, 'End');
    await look('debrief');
    // The same steps as in English, and every objective met.
    expect(stepsSeen).toEqual(['compute', 'model', 'customers', 'cash', 'wait', 'investors', 'wait', 'serve', 'loop']);
    await expect.poll(() => page.locator('.objectives li').count()).toBe(3);
    expect(await page.locator('.objectives li.missed').count()).toBe(0);
    expect(found).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 300_000);
});
