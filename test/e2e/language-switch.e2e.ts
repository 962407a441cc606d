// Choosing the language on the title screen: the Chinese files are fetched only then (an English player never
// downloads them), every view re-words itself in place without a reload, under the page's CSP, and the choice is
// remembered, written into the address bar and into <html lang>. Offline, the service worker has the files too.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, gameSessions, waitForScene } from './browser';

const open = gameSessions();
const CHINESE_FILE = /zh-CN|zh-cn/;

/** Every address the page asks for, and every CSP violation it reports, from before its first script runs. */
async function watch(page: Page): Promise<{ requests: string[] }> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return { requests };
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
/** Chooses a language as a player does: the switch has the focus (a click or Tab gives it), then the option. */
async function switchTo(page: Page, language: string): Promise<void> {
  const select = page.getByLabel('Language / 语言');
  await select.focus();
  await select.selectOption(language);
}

describe('the language switch', () => {
  it('re-words the page in place: no reload, Chinese fetched only when chosen, remembered, in the address bar and <html lang>', async () => {
    const s = await open('about:blank');
    const { page } = s;
    const { requests } = await watch(page);
    await page.goto(new URL('?renderer=canvas&scenario=china-2025&seed=switch', baseUrl()).href);
    await waitForScene(page, 'Title');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Shakeout');
    expect(requests.filter((r) => CHINESE_FILE.test(r))).toEqual([]);
    // A mark on this page: a reload would lose it.
    await page.evaluate(() => Object.assign(window, { samePage: true }));

    await switchTo(page, 'zh-CN');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Shakeout：大模型洗牌');
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(requests.some((r) => CHINESE_FILE.test(r))).toBe(true);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh-CN');
    expect(new URL(page.url()).searchParams.get('seed')).toBe('switch');
    expect(await page.title()).toBe('Shakeout：大模型洗牌');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('language-switch');
    // The scenario's own text comes from its translation file, the buttons from the catalogue.
    await expect.poll(() => page.locator('.title-main h2').first().textContent()).toBe('DeepSeek 冲击');
    expect(await page.getByRole('button', { name: '新游戏' }).count()).toBe(1);

    // The game that follows is in Chinese too: the top bar, and the world view drawn in it.
    await page.getByRole('button', { name: '新游戏' }).click();
    await page.getByRole('button', { name: '开始第一个季度' }).click();
    await waitForScene(page, 'Headquarters');
    await expect.poll(() => page.locator('.top-bar .date .muted').textContent()).toBe('第1季度，共12季度');
    await s.screenshot('language-switch-hq-zh-CN');

    // Remembered in this browser: a link without ?lang= opens in Chinese.
    await page.goto(new URL('?renderer=canvas', baseUrl()).href);
    await waitForScene(page, 'Title');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // And back to English in place.
    await switchTo(page, 'en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Shakeout');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await violations(page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('opens in English when the Chinese files cannot be fetched, and the switch says so and stays', async () => {
    const s = await open('about:blank');
    const { page } = s;
    await page.route(/\/assets\/.*(zh-CN|zh-cn)/, (route) => route.abort());
    await page.goto(new URL('?renderer=canvas&lang=zh-CN', baseUrl()).href);
    await waitForScene(page, 'Title');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Shakeout');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await switchTo(page, 'zh-CN');
    await expect.poll(() => page.locator('.language-switch [role="status"]').textContent()).toContain('could not be loaded');
    expect(await page.getByLabel('Language / 语言').inputValue()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Shakeout');
    // Only the refused fetches themselves are reported.
    expect(s.errors.filter((e) => !/Failed to (load|fetch)|ERR_FAILED|dynamically imported module/i.test(e))).toEqual([]);
  });

  it('switches to Chinese offline after a first visit in English: the service worker kept the Chinese files', async () => {
    const s = await open(`?renderer=canvas&scenario=china-2025&seed=offline-switch&lang=en`);
    const { page } = s;
    await waitForScene(page, 'Title');
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.context().setOffline(true);
    await page.reload();
    await waitForScene(page, 'Title');
    await switchTo(page, 'zh-CN');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Shakeout：大模型洗牌');
    await expect.poll(() => page.locator('.title-main h2').first().textContent()).toBe('DeepSeek 冲击');
    expect(s.errors).toEqual([]);
  });
});
