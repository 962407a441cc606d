// The single-file build (`vite build --mode single`): one HTML file that opens from file:// (a USB stick), with the
// page's CSP still strict (the inlined script and style allowed by their hashes only), and plays a quarter.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { endQuarter, gameSessions, startGame, waitForScene } from './browser';

const open = gameSessions();
const page = join(process.cwd(), 'dist', 'single', 'index.html');

describe('the single-file build', () => {
  beforeAll(async () => {
    await build({ mode: 'single', logLevel: 'error' });
    expect(existsSync(page)).toBe(true);
  });

  it('opens from file:// under its strict CSP and plays a quarter, with the guide and many worlds inside the file', async () => {
    const s = await open(`${pathToFileURL(page).href}?renderer=canvas&scenario=china-2025&seed=usb`);
    const violations: string[] = [];
    // A CSP refusal, or a file Phaser could not load (it warns), on this page.
    s.page.on('console', (m) => { if (/Content Security Policy|Refused to|Failed to (process|load)/.test(m.text())) violations.push(m.text()); });
    await waitForScene(s.page, 'Title');
    const policy = await s.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'; style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).not.toContain('unsafe');
    await s.page.getByRole('button', { name: 'Teacher guide' }).click();
    await expect.poll(() => s.page.getByRole('dialog', { name: 'Teacher guide' }).getByRole('heading', { name: 'A 45-minute lesson' }).count()).toBe(1);
    await s.page.getByRole('dialog', { name: 'Teacher guide' }).getByRole('button', { name: 'Back to the title screen' }).click();
    // Many worlds: a file:// page may start no worker, so the worlds play on the page's own thread.
    await s.page.getByRole('button', { name: 'Many worlds' }).click();
    const worlds = s.page.getByRole('dialog', { name: /^Many worlds: / });
    await worlds.getByLabel('Worlds to play').fill('10');
    await worlds.getByRole('button', { name: 'Play them' }).click();
    await expect.poll(() => worlds.locator('[aria-live]').textContent(), { timeout: 90_000 }).toBe('All 10 worlds played.');
    await worlds.getByRole('button', { name: 'Close' }).click();
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await endQuarter(s.page);
    await expect.poll(() => s.page.locator('.top-bar .date .muted').textContent()).toBe('Quarter 2 of 12');
    await s.screenshot('1280x720-single-file-quarter-2');
    expect(violations).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('switches to Chinese from file:// too: the Chinese text the web build fetches on demand is inside the file', async () => {
    const s = await open(`${pathToFileURL(page).href}?renderer=canvas&scenario=china-2025&seed=usb`);
    await waitForScene(s.page, 'Title');
    const select = s.page.getByLabel('Language / 语言');
    await select.focus();
    await select.selectOption('zh-CN');
    await expect.poll(() => s.page.getByRole('heading', { level: 1 }).textContent()).toBe('Shakeout：大模型洗牌');
    await expect.poll(() => s.page.locator('.title-main h2').first().textContent()).toBe('DeepSeek 冲击');
    expect(s.errors).toEqual([]);
  });
});
