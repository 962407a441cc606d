// china-2025 played through in Simplified Chinese (?lang=zh-CN): every screen at 1280x720 and 1024x768, screenshots
// under test-results/screenshots/zh-CN/, each checked for English left in the UI and for controls cut off or outside.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, card, gameSessions, SCREENSHOT_DIR, waitForScene, type Session } from './browser';
import { englishLeft, scenarioWords } from './chinese-text';
import { layoutProblems } from './layout';

const open = gameSessions();
const DIR = join(SCREENSHOT_DIR, 'zh-CN');
const SIZES = [{ width: 1280, height: 720 }, { width: 1024, height: 768 }];
// The title screen lists every shipped scenario; their text comes from the zh-CN translation files, names stay in Latin letters.
const NAMES = scenarioWords('tutorial', 'china-2025', 'us-2025', 'pivot', 'china-2025-open');
const SEED = 'zh-ui';

/** At each size: screenshot, then note English the catalogue should have put in Chinese, and layout faults. */
async function look(s: Session, screen: string, found: string[]): Promise<void> {
  for (const size of SIZES) {
    await s.page.setViewportSize(size);
    await s.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await s.page.waitForTimeout(200);
    await s.page.screenshot({ path: join(DIR, `${size.width}x${size.height}-${screen}.png`) });
    found.push(...(await layoutProblems(s.page)).map((p) => `${size.width}x${size.height} ${screen}: ${p}`));
  }
  found.push(...(await englishLeft(s.page, NAMES, SEED)).map((f) => `${screen}: ${f}`));
}

async function endQuarter(s: Session): Promise<boolean> {
  await s.page.getByRole('button', { name: '结束本季度' }).click();
  const report = s.page.getByRole('dialog');
  await expect.poll(() => report.isVisible()).toBe(true);
  return (await s.page.getByRole('button', { name: '查看结局' }).count()) > 0;
}

describe('china-2025 in Simplified Chinese', () => {
  it('plays the whole game with every screen in Chinese, apart from names, units and numbers, and nothing cut off', async () => {
    mkdirSync(DIR, { recursive: true });
    const s = await open(`?renderer=canvas&seed=${SEED}&scenario=china-2025&lang=zh-CN`);
    const { page } = s;
    const found: string[] = [];
    await waitForScene(page, 'Title');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await look(s, '1-title', found);

    await page.getByRole('button', { name: '新游戏' }).click();
    await look(s, '2-briefing', found);
    await page.getByRole('button', { name: '开始第一个季度' }).click();
    await waitForScene(page, 'Headquarters');
    await page.setViewportSize(SIZES[0]!);

    // A few moves, each answered in Chinese with Chinese money.
    await page.getByRole('tab', { name: '算力' }).click();
    await card(page, 'chips').getByLabel('数量').fill('2000');
    await card(page, 'chips').getByRole('button', { name: '购买' }).click();
    await expect.poll(() => answer(page, 'chips').textContent()).toMatch(/^已购买2,000张.+，花费[\d.]+(万|亿)美元。$/);
    await card(page, 'split').getByLabel('训练 %').fill('40');
    await card(page, 'split').getByLabel('推理 %').fill('50');
    await card(page, 'split').getByLabel('研究 %').fill('10');
    await card(page, 'split').getByRole('button', { name: '应用分配' }).click();
    await expect.poll(() => answer(page, 'split').textContent()).toBe('算力分配已设为 40/50/10。');
    await page.getByRole('tab', { name: '业务' }).click();
    await card(page, 'product').getByLabel('价格').fill('0.8');
    await card(page, 'product').getByRole('button', { name: '设定价格' }).click();
    await expect.poll(() => answer(page, 'product').textContent()).toBe('价格已设为0.8美元。');

    await endQuarter(s);
    await look(s, '3-quarter-report', found);
    await page.getByRole('button', { name: '返回总部' }).click();
    for (const [tab, name] of [['新闻', 'news'], ['算力', 'compute'], ['模型', 'models'], ['业务', 'business'], ['团队', 'people']] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await look(s, `4-hq-${name}`, found);
    }
    await page.getByRole('button', { name: '术语表' }).click();
    await look(s, '5-glossary', found);
    await page.keyboard.press('Escape');

    // On to the end, answering every question; each report is checked for English.
    let over = false;
    for (let quarter = 2; !over && quarter <= 40; quarter += 1) {
      await page.getByRole('tab', { name: '新闻' }).click();
      const questions = card(page, 'news').locator('.question');
      while ((await questions.count()) > 0) await questions.first().getByRole('button').last().click();
      over = await endQuarter(s);
      found.push(...(await englishLeft(page, NAMES, SEED)).map((f) => `report ${quarter}: ${f}`));
      if (!over) await page.getByRole('button', { name: '返回总部' }).click();
    }
    expect(over).toBe(true);
    await look(s, '6-last-report', found);
    await page.getByRole('button', { name: '查看结局' }).click();
    await waitForScene(page, 'End');
    await look(s, '7-debrief', found);
    expect(found).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 600_000);
});
