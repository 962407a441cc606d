// The class results page: a teacher loads a class's result files at once, sees the leaderboard and every flag with its
// reason, sets the class against many worlds, exports CSV and prints.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashString, type Scenario } from '../../src/engine';
import type { SaveFile } from '../../src/store/save-file';
import { playedAs, reseal } from '../classroom/result-files';
import { shippedScenario } from '../helpers';
import { SCREENSHOT_DIR, gameSessions, waitForScene } from './browser';

const open = gameSessions();

/** A result file as the end screen's Hand in writes it: the save with the student's name and class code, sealed. */
function handedIn(save: SaveFile, student: string, classCode: string): string {
  const { checksum: _checksum, ...body } = save;
  return reseal({ ...body, handIn: { student, classCode } } as Omit<SaveFile, 'checksum'>);
}

/** A game on a copy of the scenario with a hundred times the cash, passed off under the shipped id with every hash made again. */
function forgedRich(scenario: Scenario, seed: string, student: string, classCode: string): string {
  const richer: Scenario = { ...scenario, labs: scenario.labs.map((lab) => (lab.id === scenario.playerLab ? { ...lab, cash: lab.cash * 100 } : lab)) };
  const { checksum: _checksum, ...body } = playedAs(richer, seed, richer.quarters, 'frontier');
  return reseal({ ...body, handIn: { student, classCode }, scenario: { id: scenario.id, source: scenario.id, hash: hashString(canonicalJson(richer)), data: richer } } as Omit<SaveFile, 'checksum'>);
}

/** Reads CSV as a spreadsheet would: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  return text.trim().split('\r\n').map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
}

describe('the class results page', () => {
  it('verifies a class\'s files, flags the copy, the other world and the forgery with the reason, and exports the rows as CSV', async () => {
    const tutorial = shippedScenario('tutorial');
    const whole = tutorial.quarters;
    const dir = mkdtempSync(join(tmpdir(), 'class-'));
    const ana = handedIn(playedAs(tutorial, 'lesson-1', whole, 'frontier'), 'Ana Lima', 'TQ4-MZ');
    const files: Record<string, string> = {
      'ana-lima.json': ana,
      'bo-chen.json': handedIn(playedAs(tutorial, 'lesson-1', whole, 'efficient-open'), 'Bo Chen', 'TQ4-MZ'),
      'zoë-müller.json': handedIn(playedAs(tutorial, 'lesson-1', whole, 'consumer-apps', { 4: 'consumer-apps' }), 'Zoë Müller', 'TQ4-MZ'),
      'ana-copy.json': handedIn(JSON.parse(ana) as SaveFile, 'Dan Copy', 'TQ4-MZ'),
      'other-seed.json': handedIn(playedAs(tutorial, 'lesson-2', whole, 'frontier'), 'Eve Else', 'TQ4-MZ'),
      'forged.json': forgedRich(tutorial, 'lesson-1', 'Fay Forge', 'TQ4-MZ'),
      'tampered.json': ana.replace('"student":"Ana Lima"', '"student":"Gus Edit"'),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

    const s = await open('?renderer=canvas', { width: 1366, height: 768 });
    const { page } = s;
    await waitForScene(page, 'Title');
    await page.getByRole('button', { name: 'Class results…' }).click();
    const sheet = page.getByRole('dialog', { name: 'Class results' });
    await sheet.getByLabel('Class code (optional)').fill('tq4mz');
    await sheet.getByLabel('Seed (optional)').fill('lesson-1');
    await page.setInputFiles('#class-files', Object.keys(files).map((name) => join(dir, name)));
    await expect.poll(() => sheet.getByRole('status').textContent(), { timeout: 90_000 }).toBe('7 files checked: 6 verified, 6 flagged.');

    const rows = sheet.locator('table.leaderboard tbody tr');
    expect(await rows.count()).toBe(7);
    const row = (student: string) => sheet.locator('table.leaderboard tbody tr', { has: page.getByRole('rowheader', { name: student, exact: true }) });
    const flags = (student: string) => row(student).locator('td.flags li').allTextContents();
    // Honest students: a place, their lab, whose choices they resemble, no flags (but autopilot, said as a share).
    expect(await row('Bo Chen').locator('td').nth(5).textContent()).toMatch(/^efficient-open \(\d+% in common\)$/);
    expect(await row('Ana Lima').locator('td').nth(5).textContent()).toMatch(/^frontier \(\d+% in common\)$/);
    expect(await row('Bo Chen').locator('td.flags').textContent()).toBe('none');
    expect(await flags('Zoë Müller')).toEqual([`On autopilot ${whole - 4} of ${whole} quarters (50%).`]);
    expect(await flags('Ana Lima')).toEqual(['Same seed, scenario and every move as ana-copy.json: a copy.']);
    expect(await flags('Dan Copy')).toEqual(['Same seed, scenario and every move as ana-lima.json: a copy.']);
    expect(await flags('Eve Else')).toEqual(['Played seed lesson-2, not lesson-1: another world.']);
    expect(await flags('Fay Forge')).toEqual([
      'Played "First steps" otherwise than most of the class (another scenario or length); its score is not placed.',
      'Played a changed scenario under the shipped name tutorial.',
    ]);
    expect((await flags('Gus Edit'))[0]).toMatch(/^Not verified: It has been changed since it was saved/);
    // Places: the four who played the class's world, by score (the copy beside its original); the other world, the
    // forgery and the tampered file have none.
    const places = await rows.locator('td:first-child').allTextContents();
    expect(places.slice(0, 4).map(Number).every((p, i, all) => p >= 1 && (i === 0 || p >= all[i - 1]!))).toBe(true);
    expect(places.slice(4)).toEqual(['—', '—', '—']);
    expect(await row('Eve Else').locator('td').first().textContent()).toBe('—');
    await sheet.locator('.class-charts svg').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, '1366x768-class-results.png') });

    // Against many worlds: the tutorial over seeds 1 to 10 with computer strategies in every seat.
    await sheet.getByLabel('Worlds to play').fill('10');
    await sheet.getByRole('button', { name: 'Play many worlds' }).click();
    await expect.poll(() => sheet.locator('.worlds-status').textContent(), { timeout: 120_000 }).toMatch(/^In 10 worlds, .+ ended with a median score of /);
    await expect.poll(() => sheet.getByRole('columnheader', { name: 'Beat this share of many worlds' }).count()).toBe(1);
    await sheet.locator('.class-charts-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, '1366x768-class-charts.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('class-results.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header!.slice(0, 3)).toEqual(['Place', 'Student', 'File']);
    expect(body).toHaveLength(7);
    const column = (name: string) => header!.indexOf(name);
    const csvRow = (student: string) => body.find((r) => r[column('Student')] === student)!;
    expect(csvRow('Zoë Müller')[column('File')]).toBe('zoë-müller.json');
    expect(csvRow('Bo Chen')[column('Verified')]).toBe('yes');
    expect(csvRow('Bo Chen')[column('Choices resemble')]).toBe('efficient-open');
    expect(csvRow('Dan Copy')[column('Flags')]).toBe('Same seed, scenario and every move as ana-lima.json: a copy.');
    expect(csvRow('Gus Edit')[column('Verified')]).toBe('no');
    expect(csvRow('Fay Forge')[column('Place')]).toBe('');
    expect(csvRow('Eve Else')[column('Place')]).toBe('');
    expect(Number(csvRow('Ana Lima')[column('Beat this share of many worlds')])).toBeGreaterThanOrEqual(0);
    // The order is the leaderboard's.
    expect(body.map((r) => r[column('Place')])).toEqual(places.map((p) => (p === '—' ? '' : p)));

    // Printed: white paper, the table and charts, no buttons and no game behind.
    await page.emulateMedia({ media: 'print' });
    expect(await sheet.getByRole('button', { name: 'Export CSV' }).isVisible()).toBe(false);
    expect(await page.locator('#game').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sheet')!).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(SCREENSHOT_DIR, '1366x768-class-results-print.png'), fullPage: true });
    await page.pdf({ path: join(SCREENSHOT_DIR, 'class-results.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });

    // Back to the title screen.
    await sheet.getByRole('button', { name: 'Back to the title screen' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Class results' }).count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('opens the teacher guide and the student handout from the title screen, with the lessons\' figures and links to the scenarios, and prints them', async () => {
    const s = await open('?renderer=canvas', { width: 1366, height: 768 });
    const { page } = s;
    await waitForScene(page, 'Title');
    await page.getByRole('button', { name: 'Teacher guide' }).click();
    const guide = page.getByRole('dialog', { name: 'Teacher guide' });
    await expect.poll(() => guide.getByRole('heading', { name: 'A 45-minute lesson' }).count()).toBe(1);
    expect(await guide.getByRole('link', { name: 'The DeepSeek shock' }).getAttribute('href')).toBe('?scenario=china-2025');
    // The first figure the guide quotes from the lessons report, as the committed guide links it.
    const firstFigure = /\[([^\]]+)\]\(\.\.\/\.\.\/test\/bench\/lessons\.md#/.exec(readFileSync('src/classroom/teacher-guide.md', 'utf8'))?.[1];
    expect(firstFigure).toMatch(/^\d+×$/);
    expect(await guide.locator('.figure').first().textContent()).toBe(firstFigure);
    expect(await guide.locator('table').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '1366x768-teacher-guide.png') });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(SCREENSHOT_DIR, 'teacher-guide.pdf'), format: 'A4' });
    await page.screenshot({ path: join(SCREENSHOT_DIR, '1366x768-teacher-guide-print.png') });
    await page.emulateMedia({ media: 'screen' });
    await guide.getByRole('button', { name: 'Back to the title screen' }).click();

    await page.getByRole('button', { name: 'Student handout' }).click();
    const handout = page.getByRole('dialog', { name: 'Student handout' });
    await expect.poll(() => handout.getByRole('heading', { name: 'Each quarter' }).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(SCREENSHOT_DIR, 'student-handout.pdf'), format: 'A4' });
    await page.screenshot({ path: join(SCREENSHOT_DIR, '1366x768-student-handout-print.png'), fullPage: true });
    expect(s.errors).toEqual([]);
  });
});
