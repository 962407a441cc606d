// When something fails in the browser: the player is told what, keeps the game, and can save it; nothing goes quiet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShippedScenario } from '../../src/scenario/shipped';
import { loadSave } from '../../src/store/save-file';
import { endQuarter, gameSessions, startGame, waitForScene } from './browser';

const open = gameSessions();
const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

describe('failures in the browser', () => {
  it('an End quarter the engine fails on says so, keeps the game, saves it to a file that opens, and the next try plays', async () => {
    const s = await open('?renderer=canvas&seed=failing');
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await endQuarter(page);
    await expect.poll(() => page.locator('.top-bar .date strong').textContent()).toBe('Q2 2025');
    // The engine's arithmetic fails once, inside the next click on End quarter (as a bug in the engine would).
    await page.evaluate(() => {
      const sqrt = Math.sqrt;
      let armed = false;
      let fired = false;
      document.addEventListener('click', (event) => {
        if ((event.target as HTMLElement).closest('button')?.textContent !== 'End quarter') return;
        armed = true;
        setTimeout(() => { armed = false; });
      }, true);
      Math.sqrt = (x: number) => {
        if (armed && !fired) {
          fired = true;
          throw new Error('the engine broke');
        }
        return sqrt(x);
      };
    });
    await page.getByRole('button', { name: 'End quarter' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Something went wrong' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('The quarter could not be played to its end');
    expect(await dialog.textContent()).toContain('Your game is kept up to your last move that worked.');
    await dialog.getByText('What the error said').click();
    expect(await dialog.locator('.failure-message').textContent()).toBe('Error: the engine broke');
    expect(await page.locator('.top-bar .date strong').textContent()).toBe('Q2 2025');
    await s.screenshot('1280x720-40-failure-end-quarter');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save the game to a file' }).click()]);
    const saved = loadSave(readFileSync((await download.path())!, 'utf8'), shipped);
    expect(saved.ok && saved.state.quarter).toBe(1);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await endQuarter(page);
    await expect.poll(() => page.locator('.top-bar .date strong').textContent()).toBe('Q3 2025');
    expect(s.errors).toEqual([]);
  });

  it('an error nothing caught is shown too, with the error\'s words', async () => {
    const s = await open('?renderer=canvas&seed=uncaught');
    await waitForScene(s.page, 'Title');
    await s.page.evaluate(() => setTimeout(() => { throw new Error('a view broke'); }));
    const dialog = s.page.getByRole('alertdialog', { name: 'Something went wrong' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('The page hit an error it did not expect.');
    expect(await dialog.textContent()).toContain('No game was in play, so nothing is lost.');
    expect(await dialog.locator('.failure-message').textContent()).toBe('Error: a view broke');
    await s.screenshot('1280x720-41-failure-uncaught');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(s.errors).toEqual(['page: a view broke']);
  });

  it('a stored save that no longer opens says so, and can be deleted from the title screen', async () => {
    const s = await open('?renderer=canvas&seed=broken-save');
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await endQuarter(page);
    // The browser's copy of the save is damaged (a crash mid-write, an extension, a hand edit): after the page's own
    // save on leaving, before the game reads it again.
    await page.addInitScript(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('shakeout.save.'));
      if (key) localStorage.setItem(key, localStorage.getItem(key)!.slice(0, 200));
    });
    await page.reload();
    await waitForScene(page, 'Title');
    await page.getByRole('button', { name: /^Continue/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('It cannot be opened, so you can delete it with Delete beside it.');
    await s.screenshot('1280x720-42-broken-save');
    page.once('dialog', (confirm) => void confirm.accept());
    await page.getByRole('button', { name: /^Delete the saved game / }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    await page.reload();
    await waitForScene(page, 'Title');
    expect(await page.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
