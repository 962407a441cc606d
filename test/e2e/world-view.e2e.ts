import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WorldSummary } from '../../src/game/world-flows';
import { answer, canvasCoverage, card, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

/** What the world view says it draws (the summary it keeps on the canvas's parent). */
async function world(page: Page): Promise<WorldSummary> {
  const text = await page.locator('#game').getAttribute('data-world');
  return JSON.parse(text ?? 'null') as WorldSummary;
}

const flow = (summary: WorldSummary, from: string, to: string, kind: string) => summary.flows.find((f) => f.from === from && f.to === to && f.kind === kind);

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('game')?.dataset.animating === '0', undefined, { timeout: 20_000 });
}

async function buyChips(page: Page, units: string): Promise<string> {
  await openTab(page, 'Compute');
  await card(page, 'chips').getByLabel('Units').fill(units);
  await card(page, 'chips').getByRole('button', { name: 'Buy' }).click();
  await expect.poll(() => answer(page, 'chips').textContent()).toMatch(/^Bought /);
  return (await answer(page, 'chips').textContent()) ?? '';
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('the world view at $width x $height', (viewport) => {
  it('shows chips bought abroad flowing into the player\'s region, and the labs serving open models', async () => {
    const s = await open('?renderer=canvas&seed=flows&scenario=china-2025', viewport);
    const size = `${viewport.width}x${viewport.height}`;
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    const start = await world(page);
    // Vermilion AI (the player, in China) starts with 2,000 H800s and 4,000 H20s, both made in the United States.
    expect(flow(start, 'us', 'cn', 'bought')?.byLab.vermilion).toBe(6000);

    // The first chip on offer to a Chinese lab is the H20, made in the United States.
    expect(await buyChips(page, '2000')).toMatch(/^Bought 2,000 × Nvidia H20 /);
    await openTab(page, 'Models');
    await card(page, 'models').getByRole('button', { name: /^Serve / }).first().click();
    await expect.poll(() => answer(page, 'models').textContent()).toMatch(/^Now serving /);
    await expect.poll(async () => (await world(page)).adoption.some((l) => l.adopter === 'vermilion' && l.maker !== 'vermilion')).toBe(true);

    // Chips take a quarter to be made and shipped: ordered in Q1, they arrive at the end of Q2.
    await endQuarter(page);
    expect(flow(await world(page), 'us', 'cn', 'bought')?.byLab.vermilion).toBe(6000);
    await page.getByRole('button', { name: 'End quarter' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Back to headquarters' }).click();
    await s.screenshot(`${size}-20-world-quarter-moving`);
    const after = await world(page);
    expect(after.quarter).toBe(2);
    const intoChina = flow(after, 'us', 'cn', 'bought');
    expect(intoChina?.byLab.vermilion).toBe(8000);
    expect(intoChina?.addedByLab.vermilion).toBe(2000);
    // The canvas's label says it in words, for screen readers.
    expect(await page.locator('#game').getAttribute('aria-label')).toContain('chips made in United States (bought)');
    await settled(page);
    await expect.poll(() => canvasCoverage(page)).toBeGreaterThan(0.2);
    await s.screenshot(`${size}-21-world-after-quarter`);
    expect(s.errors).toEqual([]);
  });
});

describe('the world view with animation off', () => {
  it('draws the quarter\'s final state at once, with nothing left moving', async () => {
    const s = await open('?renderer=canvas&seed=still&scenario=china-2025');
    const { page } = s;
    await waitForScene(page, 'Title');
    await page.locator('summary', { hasText: 'Settings' }).click();
    await page.getByLabel('Animation').selectOption('off');
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await buyChips(page, '1000');
    await endQuarter(page);
    await endQuarter(page);
    expect(await page.locator('#game').getAttribute('data-animating')).toBe('0');
    expect(flow(await world(page), 'us', 'cn', 'bought')?.addedByLab.vermilion).toBe(1000);
    await s.screenshot('1280x720-22-world-animation-off');
    expect(s.errors).toEqual([]);
  });
});
