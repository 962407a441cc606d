import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const url = process.argv[2];
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/prof-'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage'], viewport: { width: +(process.argv[3]||1280), height: +(process.argv[4]||720) } });
const page = ctx.pages()[0];
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/s-title.png' });
await page.getByRole('button', { name: 'New game' }).click();
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/s-hq.png' });
await page.fill('#buy-units', '99999');
await page.getByRole('button', { name: 'Buy' }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/s-reject.png' });
await page.fill('#buy-units', '1000');
await page.getByRole('button', { name: 'Buy' }).click();
for (let i = 0; i < 3; i++) { await page.getByRole('button', { name: 'End quarter' }).click(); await page.waitForTimeout(300); }
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/s-hq3.png' });
for (let i = 0; i < 5; i++) { await page.getByRole('button', { name: 'End quarter' }).click(); await page.waitForTimeout(200); }
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/s-end.png' });
console.log('scene', await page.evaluate(() => document.body.dataset.scene));
await ctx.close();
