// Files and links made to hurt: forged results, redirects to other sites, names made to overflow.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashString, type Scenario } from '../../src/engine';
import { saveText, type SaveFile } from '../../src/store/save-file';
import { forgedFortune, forgedRivalMoves, forgedSeats, playedSave, reseal } from '../classroom/result-files';
import { shippedScenario } from '../helpers';
import { baseUrl, card, gameSessions, openTab, waitForScene } from './browser';

const open = gameSessions();

describe('forged result files in the browser', () => {
  it('refuses each forgery with its reason, and one file that cannot be described costs the others nothing', async () => {
    const china = shippedScenario('china-2025');
    const rival = china.labs.find((lab) => lab.id !== china.playerLab)!;
    const dir = mkdtempSync(join(tmpdir(), 'forged-'));
    const honest = saveText(playedSave(china, 'browser', 1));
    const { checksum: _checksum, ...body } = JSON.parse(honest) as SaveFile;
    const named = { ...china, labs: china.labs.map((lab, i) => (i === 0 ? { ...lab, name: { text: 'an object' } } : lab)) };
    const files: Record<string, string> = {
      'idle.json': forgedSeats(china, 'browser', 1, { kind: 'bot', strategy: 'idle' }),
      'people.json': forgedSeats(china, 'browser', 1, { kind: 'human' }),
      'puppet.json': forgedRivalMoves(china, 'browser', 1),
      'fortune.json': forgedFortune(china, 'browser'),
      'object-name.json': reseal({ ...body, scenario: { id: 'mine', source: 'mine.json', hash: hashString(canonicalJson(named)), data: named as unknown as Scenario } }),
      'honest.json': honest,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#verify-files', Object.keys(files).map((name) => join(dir, name)));
    const panel = s.page.locator('.verified');
    await expect.poll(() => panel.locator('li').count()).toBe(6);
    const lines = await panel.locator('li span').allTextContents();
    expect(lines[0]).toBe(`not verified — The labs are not seated as the scenario seats them: ${rival.id} is played by the idle strategy, where the scenario has the ${rival.strategy} strategy.`);
    expect(lines[1]).toContain(`${rival.id} is played by a person, where the scenario has the ${rival.strategy} strategy.`);
    expect(lines[2]).toMatch(/^not verified — Its move \d+ is one the game refuses: [a-z0-9-]+ is played by its strategy from the start; only a person's lab takes orders/);
    expect(lines[3]).toMatch(/^not verified — The scenario it carries is not a valid scenario \(labs\[\d+\]\.cash: This must be at most 10000000000000\.\)\.$/);
    expect(lines[4]).toMatch(/^not verified — The scenario it carries is not a valid scenario \(labs\[0\]\.name: This should be text in quotes\.\)\.$/);
    expect(lines[5]).toMatch(/^verified — /);
    expect(await panel.locator('li.missed').count()).toBe(5);
    await s.page.locator('.verified').scrollIntoViewIfNeeded();
    await s.screenshot('1280x720-43-forged-results');
    expect(s.errors).toEqual([]);
  });
});

describe('scenario links', () => {
  it('never follow a redirect, so a same-site link cannot lead to another site', async () => {
    const s = await open('about:blank');
    const requested: string[] = [];
    s.page.on('request', (request) => requested.push(request.url()));
    await s.page.route('**/examples/moved.json', (route) => route.fulfill({ status: 302, headers: { location: 'https://example.com/evil.json' } }));
    await s.page.goto(new URL('?renderer=canvas&scenario=examples/moved.json', baseUrl()).href);
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('The scenario at "examples/moved.json" could not be fetched.');
    expect(requested.filter((url) => url.includes('example.com'))).toEqual([]);
    // The fetch refused by the browser is reported on the console; nothing else went wrong.
    expect(s.errors.filter((e) => !/moved\.json|Failed to fetch|net::ERR_FAILED/.test(e))).toEqual([]);
  });
});

describe('names made to overflow', () => {
  it('a 60-character name without a space and an 80-character title stay inside their panels', async () => {
    const s = await open('?renderer=canvas&seed=long-names');
    const { page } = s;
    await waitForScene(page, 'Title');
    await page.setInputFiles('#scenario-file', 'test/fixtures/long-names.json');
    await expect.poll(() => page.getByRole('radio', { checked: true }).textContent()).toContain('Your file: TheLongestTitle');
    // Text for screen readers only sits in a deliberately clipped 1-pixel box: not a layout fault.
    const overflowing = () => page.evaluate(() => [...document.querySelectorAll('#ui *')]
      .filter((element) => element.checkVisibility() && !element.closest('.visually-hidden') && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible')
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`));
    await s.screenshot('1280x720-44-long-names-title');
    expect(await overflowing()).toEqual([]);
    await page.getByRole('button', { name: 'New game' }).click();
    await s.screenshot('1280x720-45-long-names-briefing');
    expect(await overflowing()).toEqual([]);
    await page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(page, 'Headquarters');
    await page.getByRole('button', { name: 'End quarter' }).click();
    const report = page.getByRole('dialog', { name: /^Quarter report/ });
    await expect.poll(() => report.isVisible()).toBe(true);
    expect(await overflowing()).toEqual([]);
    await report.getByRole('button', { name: 'Back to headquarters' }).click();
    await s.screenshot('1280x720-46-long-names-hq');
    expect(await overflowing()).toEqual([]);
    // The world view is drawn on the canvas: its name labels wrap inside their region panel.
    await openTab(page, 'News');
    const autopilot = card(page, 'autopilot');
    await autopilot.getByLabel('Strategy').selectOption('frontier');
    await autopilot.getByRole('button', { name: 'Hand over' }).click();
    await autopilot.getByRole('button', { name: 'Play the remaining quarters' }).click();
    await waitForScene(page, 'End');
    await s.screenshot('1280x720-47-long-names-end');
    expect(await overflowing()).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
