import { describe, expect, it } from 'vitest';
import { baseUrl, endQuarter, gameSessions, startGame, waitForScene, type Session } from './browser';

const open = gameSessions();

const figure = (s: Session, name: string) => s.page.locator(`[data-figure="${name}"] .value`).textContent();

describe('saves in the browser', () => {
  it('a reloaded page continues the same game: same quarter, same cash', async () => {
    const s = await open('?renderer=canvas&seed=reload');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await s.page.getByRole('tab', { name: 'Compute' }).click();
    await s.page.locator('[data-card="chips"]').getByLabel('Units').fill('300');
    await s.page.locator('[data-card="chips"]').getByRole('button', { name: 'Buy' }).click();
    await endQuarter(s.page);
    await endQuarter(s.page);
    await expect.poll(() => s.page.locator('.top-bar .date strong').textContent()).toBe('Q3 2025');
    const cash = await figure(s, 'cash');

    await s.page.reload();
    await waitForScene(s.page, 'Title');
    await s.screenshot('1280x720-9-title-with-saves');
    await s.page.getByRole('button', { name: /^Continue/ }).first().click();
    await waitForScene(s.page, 'Headquarters');
    await expect.poll(() => s.page.locator('.top-bar .date strong').textContent()).toBe('Q3 2025');
    expect(await figure(s, 'cash')).toBe(cash);
    expect(s.errors).toEqual([]);
  });

  it('when storage is full the game warns once, keeps going, and offers the save as a file that opens again', async () => {
    const s = await open('about:blank');
    await s.page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await s.page.goto(new URL('?renderer=canvas&seed=full', baseUrl()).href);
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    const warning = s.page.locator('.storage-warning');
    await expect.poll(() => warning.textContent()).toContain('out of space for saves');
    await s.screenshot('1280x720-10-storage-full');
    await endQuarter(s.page);
    await expect.poll(() => s.page.locator('.top-bar .date strong').textContent()).toBe('Q2 2025');
    const [download] = await Promise.all([s.page.waitForEvent('download'), warning.getByRole('button', { name: 'Save to a file' }).click()]);
    const file = await download.path();
    // A save written in Chromium verifies in Node.
    const { loadSave } = await import('../../src/store/save-file');
    const { loadShippedScenario } = await import('../../src/scenario/shipped');
    const { readFileSync } = await import('node:fs');
    const verified = loadSave(readFileSync(file, 'utf8'), (id) => {
      const r = loadShippedScenario(id);
      return r?.ok ? r.scenario : undefined;
    });
    expect(verified.ok).toBe(true);
    if (verified.ok) expect(verified.state.quarter).toBe(1);
    await warning.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => warning.isVisible()).toBe(false);

    await s.page.reload();
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#save-file', file);
    await waitForScene(s.page, 'Headquarters');
    await expect.poll(() => s.page.locator('.top-bar .date strong').textContent()).toBe('Q2 2025');
    expect(s.errors).toEqual([]);
  });

  it('an edited save is refused with its reason and the title screen stays usable', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.locator('summary', { hasText: 'Open, replay or check a saved game' }).click();
    await s.page.locator('#save-paste').fill('{"formatVersion":1,"checksum":"0"}');
    await s.page.getByRole('button', { name: 'Open pasted game' }).click();
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('has been changed since it was saved');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });
});

describe('the replay viewer', () => {
  it('steps through a save written in Node, quarter by quarter, with the moves made', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#replay-file', 'test/fixtures/saves/format-1.json');
    await waitForScene(s.page, 'Headquarters');
    const panel = s.page.locator('.replay-screen aside');
    await expect.poll(() => panel.locator('.replay-position').textContent()).toBe('Quarter 1 of 3: Q1 2025, as it began');
    await expect.poll(() => panel.textContent()).toContain('Lantern Labs bought 200 × Nvidia H100.');
    // One main heading on the screen, focused: the replay's own (the top bar's date is plain text here).
    expect(await s.page.locator('h1').allTextContents()).toEqual(['Replay']);
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('replay-heading');
    await s.page.waitForTimeout(300);
    await s.screenshot('1280x720-11-replay');
    await panel.getByRole('button', { name: 'Next quarter' }).click();
    await expect.poll(() => panel.locator('.replay-position').textContent()).toBe('Quarter 2 of 3: Q2 2025, as it began');
    await expect.poll(() => panel.textContent()).toContain('No moves: the quarter was simply ended.');
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(() => panel.locator('.replay-position').textContent()).toBe('Quarter 3 of 3: Q3 2025, as it began');
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => panel.locator('.replay-position').textContent()).toBe('Quarter 2 of 3: Q2 2025, as it began');
    await panel.getByRole('button', { name: 'Close replay' }).click();
    await waitForScene(s.page, 'Title');
    expect(s.errors).toEqual([]);
  });

  it('a corrupted saved game in the browser is refused and stays as it was (never overwritten)', async () => {
    const s = await open('?renderer=canvas&seed=corrupt');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await endQuarter(s.page);
    await s.page.reload();
    await waitForScene(s.page, 'Title');
    // Cut the stored game short, as a crash in the middle of writing would.
    const key = await s.page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('shakeout.save.')) ?? '');
    const broken = await s.page.evaluate((k) => {
      const text = localStorage.getItem(k) ?? '';
      const cut = text.slice(0, text.length - 40);
      localStorage.setItem(k, cut);
      return cut;
    }, key);
    await s.page.getByRole('button', { name: /^Continue/ }).first().click();
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('could not be loaded');
    expect(await s.page.evaluate((k) => localStorage.getItem(k), key)).toBe(broken);
    expect(s.errors).toEqual([]);
  });
});

describe('checking result files in the browser', () => {
  it('verifies an honest file, shows a forged one as a custom scenario, flags copies, and refuses a tampered one with the reason', async () => {
    const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { saveText } = await import('../../src/store/save-file');
    const { forgedRichChina, playedSave } = await import('../classroom/result-files');
    const { shippedScenario } = await import('../helpers');
    const china = shippedScenario('china-2025');
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const honest = saveText(playedSave(china, 'class', 2, { 1: 'frontier' }));
    const files = [
      'test/fixtures/saves/format-1.json',
      file('tampered.json', readFileSync('test/fixtures/saves/format-1.json', 'utf8').replace('"units":200', '"units":900')),
      file('ana.json', honest),
      file('forged.json', forgedRichChina(china, 'class', 2)),
      file('not-a-save.json', '{"name": "not a save"'),
      file('bo.json', honest),
    ];
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#verify-files', files);
    const panel = s.page.locator('.verified');
    await expect.poll(() => panel.locator('li').count()).toBe(files.length);
    // Each file's name heads its verdict.
    expect(await panel.locator('li .verdict-file').allTextContents()).toEqual(files.map((f) => f.slice(f.lastIndexOf('/') + 1)));
    const lines = await panel.locator('li span').allTextContents();
    // The committed fixture was written by engine 0.4.0: this engine cannot check its fingerprints.
    expect(lines[0]).toMatch(/^not verified — It was saved by engine version 0\.4\.0/);
    expect(lines[1]).toMatch(/^not verified — It has been changed since it was saved/);
    expect(lines[2]).toContain(`verified — ${china.title} (scenario hash `);
    expect(lines[2]).toContain('on autopilot (frontier) from Q2 2025. Same seed, scenario and moves as bo.json: a copy.');
    expect(lines[3]).toMatch(new RegExp(`^verified — custom scenario "${china.title}", not the shipped china-2025`));
    expect(lines[4]).toMatch(/^not verified — The file is not a save/);
    expect(lines[5]).toContain('Same seed, scenario and moves as ana.json: a copy.');
    expect(await panel.locator('li.caution').count()).toBe(3);
    await s.screenshot('1280x720-12-verified-files');
    expect(s.errors).toEqual([]);
  });
});
