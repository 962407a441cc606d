import { afterEach, describe, expect, inject, it } from 'vitest';
import { canvasVariance, openGame, waitForScene, type Session } from './browser';

const baseUrl = inject('baseUrl');
let session: Session | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

async function expectDrawn(s: Session, scene: string, shot: string) {
  await waitForScene(s.page, scene);
  await s.page.waitForTimeout(400);
  expect(await canvasVariance(s.page)).toBeGreaterThan(20);
  await s.screenshot(shot);
}

async function expectInsideViewport(s: Session, selector: string) {
  const box = await s.page.locator(selector).boundingBox();
  const viewport = s.page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('the tutorial at $width x $height', (viewport) => {
  it('plays from the title screen to the end screen through real clicks', async () => {
    const s = (session = await openGame(baseUrl, '?renderer=canvas&seed=e2e-seed', viewport));
    const size = `${viewport.width}x${viewport.height}`;
    const { page } = s;

    await expectDrawn(s, 'Title', `${size}-1-title`);
    await expect.poll(() => page.getByText('World seed: e2e-seed').count()).toBe(1);
    await page.getByRole('button', { name: 'New game' }).click();

    await expectDrawn(s, 'Headquarters', `${size}-2-headquarters`);
    await expectInsideViewport(s, '.end-quarter');
    await expect.poll(() => page.locator('[data-figure="cash"] .value').textContent()).toBe('$80M');

    // A decision the lab cannot afford is refused with its reason in a sentence.
    await page.getByLabel('Units').fill('50000');
    await expect.poll(() => page.locator('.preview').textContent()).toBe('Cost $1.4B; cash left −$1.3B.');
    await page.getByRole('button', { name: 'Buy' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('That costs $1.4B, but the lab has only $80M.');
    await s.screenshot(`${size}-3-rejected`);

    await page.getByLabel('Units').fill('1000');
    await page.getByRole('button', { name: 'Buy' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Bought 1,000 × Nvidia H100 for $27.5M.');
    await expect.poll(() => page.locator('[data-figure="cash"] .value').textContent()).toBe('$52.5M');

    for (let quarter = 1; quarter <= 8; quarter += 1) {
      if (quarter === 4) await expectDrawn(s, 'Headquarters', `${size}-4-headquarters-q4`);
      await page.getByRole('button', { name: 'End quarter' }).click();
    }

    await expectDrawn(s, 'End', `${size}-5-end`);
    await expect.poll(() => page.getByRole('heading', { name: 'The game is over' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Lantern Labs is still standing at the end of Q4 2026.').count()).toBe(1);
    expect(await page.locator('.standings li').count()).toBe(2);

    await page.getByRole('button', { name: 'Play again' }).click();
    await waitForScene(page, 'Title');
    expect(s.errors).toEqual([]);
  });
});

describe('links', () => {
  it('an unknown ?scenario= says so on the title screen and the default scenario still starts', async () => {
    const s = (session = await openGame(baseUrl, '?renderer=canvas&scenario=atlantis'));
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('There is no shipped scenario called "atlantis"');
    await s.screenshot('1280x720-6-unknown-scenario');
    await s.page.getByRole('button', { name: 'New game' }).click();
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });

  it('the same ?seed= gives the same world: the first quarter ends with the same cash', async () => {
    const cashAfterOneQuarter = async () => {
      const s = await openGame(baseUrl, '?renderer=canvas&seed=same-world');
      await s.page.getByRole('button', { name: 'New game' }).click();
      await waitForScene(s.page, 'Headquarters');
      await s.page.getByRole('button', { name: 'End quarter' }).click();
      const text = await s.page.locator('.summary p').first().textContent();
      await s.close();
      return text;
    };
    const first = await cashAfterOneQuarter();
    expect(first).toMatch(/^Revenue \$/);
    expect(await cashAfterOneQuarter()).toBe(first);
  });
});
