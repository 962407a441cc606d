// Steps of a class that several browser tests take: the teacher's Start a class, a student joining, and Hand in.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SaveFile } from '../../src/store/save-file';
import { waitForScene, type Session } from './browser';

/** The teacher's Start a class dialog on the chosen scenario: the code and link it makes (`shoot` runs with the dialog open). */
export async function makeClass(s: Session, options: { seed: string; length: string; autopilot: boolean }, shoot?: () => Promise<void>) {
  const { page } = s;
  await page.getByRole('button', { name: 'Start a class' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a class' });
  await dialog.getByLabel('World seed (0 to 999999)').fill(options.seed);
  await dialog.getByLabel('Length').selectOption(options.length);
  await dialog.getByLabel('Students may use the autopilot').setChecked(options.autopilot);
  await dialog.getByRole('button', { name: 'Make the class code' }).click();
  const code = (await dialog.locator('#class-code-shown').textContent())!;
  const link = await dialog.getByLabel('Link to the class').inputValue();
  // The QR code is drawn as SVG (the page's CSP allows no inline image): one path of dark modules.
  const qr = await dialog.locator('.class-qr svg path').getAttribute('d');
  expect(qr?.match(/M/g)?.length ?? 0).toBeGreaterThan(200);
  if (shoot) await shoot();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { code, link };
}

/** A student types the code and a name in Join a class and goes past the briefing to headquarters. */
export async function joinByCode(page: Page, code: string, student: string, beforeJoining?: () => Promise<void>): Promise<void> {
  await page.getByText('Join a class').click();
  await page.getByLabel('Class code').fill(code);
  await page.getByLabel('Your name').fill(student);
  if (beforeJoining) await beforeJoining();
  await page.getByRole('button', { name: 'Join and play' }).click();
  await page.getByRole('button', { name: 'Start the first quarter' }).click();
  await waitForScene(page, 'Headquarters');
}

/** Hand in from the end screen: the downloaded file's name and contents. */
export async function handIn(page: Page) {
  await expect.poll(() => page.getByRole('button', { name: 'Hand in' }).count()).toBe(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hand in' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  return { name: download.suggestedFilename(), text, file: JSON.parse(text) as SaveFile };
}
