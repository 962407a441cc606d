import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endQuarter, gameSessions, startGame, waitForScene } from './browser';

const open = gameSessions();

describe('scenario files in the browser', () => {
  it('lists the shipped scenarios with length and difficulty', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    const options = s.page.getByRole('radio');
    expect(await options.count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => options.first().textContent()).toContain('8 quarters · introductory');
    expect(s.errors).toEqual([]);
  });

  it('loads a good file from the file picker and plays it', async () => {
    const s = await open('?renderer=canvas&seed=files');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#scenario-file', 'test/fixtures/richer-lantern.json');
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Your file: First steps, richer');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await expect.poll(() => s.page.locator('[data-figure="cash"] .value').textContent()).toBe('$300M');
    expect(s.errors).toEqual([]);
  });

  it('shows every problem of a bad file with its line and column, and the game stays usable', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#scenario-file', 'test/fixtures/bad-scenarios/misspelt-kind.json');
    const alert = s.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The scenario "misspelt-kind.json" could not be loaded');
    await expect.poll(() => alert.textContent()).toContain('line 10, column 24: events[3].conditions[0].kind');
    await expect.poll(() => alert.textContent()).toContain('Did you mean "labCashBelow"?');
    await s.screenshot('1280x720-7-bad-scenario-file');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });

  it('loads a file dropped onto the page', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    const text = readFileSync('test/fixtures/richer-lantern.json', 'utf8');
    const dataTransfer = await s.page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await s.page.dispatchEvent('body', 'dragover', { dataTransfer });
    await s.page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Your file: First steps, richer');
    expect(s.errors).toEqual([]);
  });

  it('refuses a ?scenario= link to another site', async () => {
    const s = await open('?renderer=canvas&scenario=https://example.com/evil.json');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('must point to this same site');
    expect(s.errors).toEqual([]);
  });
});

describe('replaying the simulator in the browser', () => {
  it('?watch=1 with a seed the simulator reports ends on the same world fingerprint', async () => {
    const { loadShippedScenario } = await import('../../src/scenario/shipped');
    const { simulateSeed } = await import('../../src/engine');
    const loaded = loadShippedScenario('tutorial');
    if (!loaded?.ok) throw new Error('tutorial does not load');
    const expected = simulateSeed(loaded.scenario, '42').finalHash;
    const s = await open('?renderer=canvas&scenario=tutorial&seed=42&watch=1');
    await waitForScene(s.page, 'Title');
    await startGame(s.page);
    for (let q = 0; q < loaded.scenario.quarters; q += 1) await endQuarter(s.page);
    await waitForScene(s.page, 'End');
    await expect.poll(() => s.page.locator('.fingerprint').textContent()).toBe(`World seed 42 · fingerprint ${expected}`);
    expect(s.errors).toEqual([]);
  });
});

describe('a scenario by link', () => {
  it('?scenario=examples/china-2025-stricter.json loads the guide\u2019s worked example and plays it', async () => {
    const s = await open('?renderer=canvas&scenario=examples/china-2025-stricter.json');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('The DeepSeek shock, stricter');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await s.page.waitForTimeout(400);
    await s.screenshot('1280x720-8-china-2025-stricter-hq');
    expect(s.errors).toEqual([]);
  });
});

describe('sources', () => {
  it('the title screen shows where every number of the chosen scenario comes from', async () => {
    const s = await open('?renderer=canvas&scenario=china-2025');
    await waitForScene(s.page, 'Title');
    await s.page.getByRole('button', { name: 'Sources of the numbers' }).click();
    const dialog = s.page.getByRole('dialog', { name: /Where the numbers in "The DeepSeek shock" come from/ });
    await expect.poll(() => dialog.textContent()).toContain('Nvidia H20 › peak flops');
    await s.screenshot('1280x720-14-sources');
    // A mouse closes it too: the dialog takes clicks although it sits outside the screen's own panel.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // A closed dialog leaves the page, so redraws of the title screen never pile up hidden copies.
    expect(await s.page.locator('.report-backdrop').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});

describe('settings', () => {
  it('text size and animation are chosen on the title screen and kept after a reload', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.locator('summary', { hasText: 'Settings' }).click();
    await s.page.getByLabel('Text size').selectOption('large');
    await s.page.getByLabel('Animation').selectOption('off');
    expect(await s.page.evaluate(() => document.getElementById('ui')?.style.getPropertyValue('zoom'))).toBe('1.12');
    await s.page.getByLabel('Drawing').selectOption('canvas');
    await expect.poll(() => s.page.getByRole('button', { name: 'Reload now' }).isVisible()).toBe(true);
    await s.screenshot('1280x720-15-settings');
    await s.page.reload();
    await waitForScene(s.page, 'Title');
    expect(await s.page.evaluate(() => document.getElementById('ui')?.style.getPropertyValue('zoom'))).toBe('1.12');
    await s.page.locator('summary', { hasText: 'Settings' }).click();
    expect(await s.page.getByLabel('Animation').inputValue()).toBe('off');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });
});
