// The screens students have: every screen at five sizes, in English, in Simplified Chinese and with every English text
// 40% longer (as wordier languages are), screenshots kept under test-results/screenshots/sizes/ (en-, zh-CN-, long-),
// and checked for a top bar whose figures fit (on one row or two) and controls that stay inside the window.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-cn';
import { baseUrl, openGame, SCREENSHOT_DIR, waitForScene, type Session } from './browser';
import { layoutProblems } from './layout';

interface Size { name: string; width: number; height: number }
const DESKTOP: Size[] = [
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
];
const IPAD: Size[] = [
  { name: 'ipad-portrait-768x1024', width: 768, height: 1024 },
  { name: 'ipad-landscape-1024x768', width: 1024, height: 768 },
];
const DIR = join(SCREENSHOT_DIR, 'sizes');

/** The ways the game is read: English, Chinese, and English with every message 40% longer (`?pseudo=long`). */
const READINGS = [
  { name: 'en', query: '', words: en },
  { name: 'zh-CN', query: '&lang=zh-CN', words: zhCN },
  { name: 'long', query: '&pseudo=long', words: en },
] as const;
type Reading = (typeof READINGS)[number];

/** At each size in turn: resize, let the world view redraw, keep a screenshot, and collect what is wrong. */
async function everySize(s: Session, sizes: readonly Size[], reading: Reading, screen: string, found: string[]): Promise<void> {
  for (const size of sizes) {
    await s.page.setViewportSize({ width: size.width, height: size.height });
    // The world view redraws on the window's resize event; wait for two frames after it.
    await s.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await s.page.waitForTimeout(250);
    await s.page.screenshot({ path: join(DIR, `${reading.name}-${size.name}-${screen}.png`) });
    found.push(...(await layoutProblems(s.page)).map((p) => `${reading.name} ${size.name} ${screen}: ${p}`));
  }
}

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the screens students have', () => {
  const cases = READINGS.flatMap((reading) => [
    [`desktop and laptop, ${reading.name}`, DESKTOP, false, reading] as const,
    [`iPad, ${reading.name}`, IPAD, true, reading] as const,
  ]);
  it.each(cases)('%s: title, briefing, every tab, the glossary, the reports and the debrief fit', async (_, sizes, touch, reading) => {
    mkdirSync(DIR, { recursive: true });
    // A control's name in the language on screen (with ?pseudo=long it has more words after it; names match from the start).
    const say = (key: MessageKey) => reading.words[key];
    const button = (key: MessageKey) => s.page.getByRole('button', { name: say(key) });
    const first = sizes[0]!;
    // The scenario with the most labs: the most crowded world view and the longest standings.
    session = await openGame(baseUrl(), `?scenario=china-2025&seed=sizes&renderer=canvas${reading.query}`, { width: first.width, height: first.height }, touch);
    const s = session;
    const { page } = s;
    const found: string[] = [];
    const endQuarter = async () => {
      await button('hq.endQuarter').click();
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    };
    await waitForScene(page, 'Title');
    await everySize(s, sizes, reading, '1-title', found);
    await button('title.newGame').click();
    await everySize(s, sizes, reading, '2-briefing', found);
    await button('briefing.begin').click();
    await waitForScene(page, 'Headquarters');
    await endQuarter();
    await button('report.close').click();
    for (const tab of ['news', 'compute', 'models', 'business', 'people'] as const) {
      await page.getByRole('tab', { name: say(`tabs.${tab}`) }).click();
      await everySize(s, sizes, reading, `3-hq-${tab}`, found);
    }
    await button('glossary.open').click();
    await everySize(s, sizes, reading, '4-glossary', found);
    await page.keyboard.press('Escape');
    await endQuarter();
    await everySize(s, sizes, reading, '5-quarter-report', found);
    await button('report.close').click();
    const quarters = 12;
    for (let quarter = 3; quarter < quarters; quarter += 1) {
      await endQuarter();
      await button('report.close').click();
    }
    await button('hq.endQuarter').click();
    await expect.poll(() => button('report.closeFinal').isVisible()).toBe(true);
    await everySize(s, sizes, reading, '6-last-report', found);
    await button('report.closeFinal').click();
    await waitForScene(page, 'End');
    await everySize(s, sizes, reading, '7-debrief', found);
    expect(found).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 400_000);
});
