import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/prof-'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking'], viewport: { width: 1280, height: 720 } });
const page = ctx.pages()[0];
await page.goto(process.argv[2]);
await page.getByRole('button', { name: 'New game' }).click();
await page.waitForTimeout(500);
console.log(await page.evaluate(() => [...document.querySelectorAll('form > *, .side-scroll > *')].map(e => `${e.tagName}.${e.className} ${e.getBoundingClientRect().height.toFixed(0)}`).join('\n')));
await ctx.close();
