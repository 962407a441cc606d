// The screens students have: every screen at five sizes, screenshots kept under test-results/screenshots/sizes/, and
// checked for a top bar on one line and controls that stay inside the window.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { baseUrl, endQuarter, openGame, SCREENSHOT_DIR, waitForScene, type Session } from './browser';

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

/** What is wrong with the layout now: a wrapped or overflowing top bar, a control outside the window or cut off. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility === 'visible';
    };
    const name = (e: Element) => (e.textContent ?? '').trim().slice(0, 40) || e.getAttribute('aria-label') || e.tagName;
    const bar = document.querySelector('.top-bar');
    if (bar && shown(bar)) {
      const box = bar.getBoundingClientRect();
      if (bar.scrollWidth > bar.clientWidth + 1) problems.push(`top bar is ${bar.scrollWidth}px wide in ${bar.clientWidth}px`);
      let right = -Infinity;
      for (const item of bar.querySelectorAll('.date, .figure, .glossary-button')) {
        const r = item.getBoundingClientRect();
        if (r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push(`top bar: "${name(item)}" is not within the bar`);
        if (r.left < right - 1) problems.push(`top bar: "${name(item)}" overlaps the figure before it`);
        right = r.right;
      }
      // Each label and value is one line: text that wraps has more than one line box.
      for (const text of bar.querySelectorAll('.figure .label > *, .figure .value > *, .date > strong, .date > .muted')) {
        if (shown(text) && text.getClientRects().length > 1) problems.push(`top bar: "${name(text)}" wraps`);
      }
      const side = document.querySelector('.side-panel');
      if (side && shown(side) && side.getBoundingClientRect().top < box.bottom - 1) problems.push('the side panel runs under the top bar');
    }
    const controls = document.querySelectorAll('button, input, select, textarea, a[href], [role="button"], [role="tab"], [tabindex="0"]');
    for (const control of controls) {
      if (!shown(control) || control.closest('[hidden]')) continue;
      const r = control.getBoundingClientRect();
      if (r.left < -1 || r.right > window.innerWidth + 1) problems.push(`"${name(control)}" leaves the window: ${Math.round(r.left)} to ${Math.round(r.right)} of ${window.innerWidth}`);
      if (control.tagName === 'BUTTON' && control.scrollWidth > control.clientWidth + 1) problems.push(`"${name(control)}" is cut off`);
    }
    const end = document.querySelector('.end-quarter');
    if (end && shown(end) && end.getBoundingClientRect().bottom > window.innerHeight + 1) problems.push('End quarter is below the window');
    return problems;
  });
}

/** At each size in turn: resize, let the world view redraw, keep a screenshot, and collect what is wrong. */
async function everySize(s: Session, sizes: Size[], screen: string, found: string[]): Promise<void> {
  for (const size of sizes) {
    await s.page.setViewportSize({ width: size.width, height: size.height });
    // The world view redraws on the window's resize event; wait for two frames after it.
    await s.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await s.page.waitForTimeout(250);
    await s.page.screenshot({ path: join(DIR, `${size.name}-${screen}.png`) });
    found.push(...(await layoutProblems(s.page)).map((p) => `${size.name} ${screen}: ${p}`));
  }
}

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the screens students have', () => {
  it.each([['desktop and laptop', DESKTOP, false], ['iPad', IPAD, true]] as const)('%s: title, briefing, every tab, the reports and the debrief fit', async (_, sizes, touch) => {
    mkdirSync(DIR, { recursive: true });
    const first = sizes[0]!;
    // The scenario with the most labs: the most crowded world view and the longest standings.
    session = await openGame(baseUrl(), '?scenario=china-2025&seed=sizes&renderer=canvas', { width: first.width, height: first.height }, touch);
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
