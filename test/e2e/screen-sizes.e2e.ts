// The screens students have: every screen at five sizes, screenshots kept under test-results/screenshots/sizes/, and
// checked for a top bar on one line and controls that stay inside the window.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { baseUrl, endQuarter, openGame, SCREENSHOT_DIR, waitForScene, type Session } from './browser';
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

/** At each size in turn: resize, let the world view redraw, keep a screenshot, and collect what is wrong. */
async function atEverySize(s: Session, sizes: readonly Size[], screen: string, found: string[], prefix = ''): Promise<void> {
  for (const size of sizes) {
    await s.page.setViewportSize({ width: size.width, height: size.height });
    // The world view redraws on the window's resize event; wait for two frames after it.
    await s.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await s.page.waitForTimeout(250);
    await s.page.screenshot({ path: join(DIR, `${prefix}${size.name}-${screen}.png`) });
    found.push(...(await layoutProblems(s.page)).map((p) => `${size.name} ${screen}: ${p}`));
  }
}

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the screens students have', () => {
  // `pseudo=long` makes every message 40% longer, as languages wordier than English are: the layout must hold that too.
  it.each([
    ['desktop and laptop', DESKTOP, false, ''],
    ['iPad', IPAD, true, ''],
    ['every text 40% longer, on the smallest screens', [DESKTOP[0]!, IPAD[0]!], true, '&pseudo=long'],
  ] as const)('%s: title, briefing, every tab, the reports and the debrief fit', async (_, sizes, touch, extra) => {
    mkdirSync(DIR, { recursive: true });
    const prefix = extra ? 'long-' : '';
    const everySize = (s: Session, list: readonly Size[], screen: string, found: string[]) => atEverySize(s, list, screen, found, prefix);
    const first = sizes[0]!;
    // The scenario with the most labs: the most crowded world view and the longest standings.
    session = await openGame(baseUrl(), `?scenario=china-2025&seed=sizes&renderer=canvas${extra}`, { width: first.width, height: first.height }, touch);
    const s = session;
    const { page } = s;
    const found: string[] = [];
    await waitForScene(page, 'Title');
    await everySize(s, sizes, '1-title', found);
    await page.getByRole('button', { name: 'New game' }).click();
    await everySize(s, sizes, '2-briefing', found);
    await page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(page, 'Headquarters');
    await endQuarter(page);
    for (const tab of ['News', 'Compute', 'Models', 'Business', 'People']) {
      await page.getByRole('tab', { name: tab }).click();
      await everySize(s, sizes, `3-hq-${tab.toLowerCase()}`, found);
    }
    await page.getByRole('button', { name: 'End quarter' }).click();
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await everySize(s, sizes, '4-quarter-report', found);
    await page.getByRole('button', { name: 'Back to headquarters' }).click();
    const quarters = 12;
    for (let quarter = 3; quarter < quarters; quarter += 1) await endQuarter(page);
    await page.getByRole('button', { name: 'End quarter' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'See how the game ended' }).isVisible()).toBe(true);
    await everySize(s, sizes, '5-last-report', found);
    await page.getByRole('button', { name: 'See how the game ended' }).click();
    await waitForScene(page, 'End');
    await everySize(s, sizes, '6-debrief', found);
    expect(found).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 300_000);
});
