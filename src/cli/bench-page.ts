// Measurements npm run bench takes inside the page (bench-ui.ts): the Performance API in the page, CDP from outside.
import type { CDPSession, Page } from 'playwright-core';

/** Put in every page before its scripts run: each long task (over 50 ms) is kept in window.longTasks, in milliseconds. */
export const LONG_TASKS = `window.longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); }).observe({ type: 'longtask' });`;

/** The longest task the page has run since window.longTasks was last emptied (0 when none took over 50 ms). */
export async function longestTask(page: Page): Promise<number> {
  // A task's entry arrives after it ends: give the observer a moment.
  await page.waitForTimeout(100);
  return page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
}

/** From navigation to the title scene drawn with its New game button, and the longest task on the way. */
export async function titleInteractive(page: Page, url: string): Promise<{ ms: number; longestTask: number }> {
  await page.goto(url);
  const ms = await page.waitForFunction(() => {
    const ready = document.body.dataset['scene'] === 'Title' && [...document.querySelectorAll('button')].some((b) => b.textContent === 'New game' && !b.disabled);
    return ready ? performance.now() : null;
  }, undefined, { polling: 'raf' });
  return { ms: (await ms.jsonValue()) ?? NaN, longestTask: await longestTask(page) };
}

/** Share of one core the page's main thread spends on tasks over `ms` milliseconds left alone. */
export async function idleCoreShare(page: Page, ms: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const busy = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
    };
    const before = await busy();
    const start = Date.now();
    await page.waitForTimeout(ms);
    const after = await busy();
    return (after - before) / ((Date.now() - start) / 1000);
  } finally {
    await cdp.detach();
  }
}

/**
 * CPU time the page's main thread has used so far, in ms (CDP's ThreadTime): beside a wall-clock figure it shows how
 * much of it was the page's own work and how much the wait for a core on a shared machine.
 */
export async function mainThreadCpu(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
}

/** One move on the headquarters screen (a new API price): the click's task, from the handler through the store, autosave and redraw, ms. */
export async function playerAction(page: Page, turn: number): Promise<number> {
  const product = page.locator('[data-card="product"]');
  if (!(await product.isVisible())) await page.getByRole('tab', { name: 'Business' }).click();
  await product.getByLabel('Price').fill((0.6 + 0.05 * (turn % 6)).toFixed(2));
  return product.getByRole('button', { name: 'Set price' }).evaluate((button: HTMLButtonElement) => {
    const start = performance.now();
    button.click();
    return performance.now() - start;
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
