// The whole lesson in browsers, as issue 16's "Done means" asks: a teacher makes a class code; three students, each in
// a browser profile of their own, join by typing it, play the classroom cut (one on autopilot) and hand in; the teacher
// loads their files with a copy, a file from another world and a forgery, and exports the class as CSV.
// With SHAKEOUT_GUIDE_SHOTS=1 it also writes the teacher guide's screenshots (src/classroom/guide-shots/).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { SaveFile } from '../../src/store/save-file';
import { playedCutSave, reseal } from '../classroom/result-files';
import { shippedScenario } from '../helpers';
import { SCREENSHOT_DIR, baseUrl, card, endQuarter, openGame, openTab, waitForScene, type Session } from './browser';
import { handIn, joinByCode, makeClass } from './class-steps';

const GUIDE_SHOTS = process.env.SHAKEOUT_GUIDE_SHOTS === '1' ? join(process.cwd(), 'src', 'classroom', 'guide-shots') : join(SCREENSHOT_DIR, 'guide-shots');

/** One of the teacher guide's screenshots: a part of the page, at the page's own scale, as a small PNG. */
async function guideShot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(GUIDE_SHOTS, { recursive: true });
  await target.screenshot({ path: join(GUIDE_SHOTS, `${name}.png`), scale: 'css', animations: 'disabled' });
}

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
/** A browser of its own (a fresh profile folder) for each person in the class. */
const open = async (query: string, viewport?: { width: number; height: number }) => {
  const s = await openGame(baseUrl(), query, viewport);
  sessions.push(s);
  return s;
};

/** Reads CSV as a spreadsheet would: quoted fields, doubled quotes, CRLF rows. */
const parseCsv = (text: string): string[][] => text.trim().split('\r\n').map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));

describe('a lesson from class code to class results', () => {
  it('takes three students from the code to verified hand-ins, and flags the copy, the other world and the forgery with their reasons', async () => {
    // The teacher: the DeepSeek shock, a six-quarter classroom cut, autopilot allowed.
    const teacher = await open('?renderer=canvas');
    await waitForScene(teacher.page, 'Title');
    await teacher.page.getByRole('radio', { name: /The DeepSeek shock/ }).click();
    const { code } = await makeClass(teacher, { seed: '4242', length: '6', autopilot: true },
      () => guideShot(teacher.page.getByRole('dialog', { name: 'Start a class' }), '1-start-a-class'));
    expect(teacher.errors).toEqual([]);
    await teacher.close();
    sessions.splice(sessions.indexOf(teacher), 1);

    // Three students, one browser profile each, type the code and their names.
    const handedIn: { name: string; text: string; file: SaveFile }[] = [];
    for (const student of ['Ada Lovelace', 'Bo Chen', 'Cy Young']) {
      const s = await open('?renderer=canvas');
      const { page } = s;
      await waitForScene(page, 'Title');
      await joinByCode(page, code.toLowerCase(), student, student === 'Ada Lovelace' ? () => guideShot(page.locator('.class-card'), '2-join-a-class') : undefined);
      await expect.poll(() => page.locator('.top-bar .date .muted').textContent()).toBe('Quarter 1 of 6');
      if (student === 'Bo Chen') {
        // Bo hires engineers in the first quarter; Ada only ends quarters.
        await openTab(page, 'People');
        await card(page, 'people').getByLabel('Role').selectOption('engineers');
        await card(page, 'people').getByRole('button', { name: 'Hire' }).click();
        await expect.poll(() => page.locator('#people-message').textContent()).toBe('Hired 5.');
      }
      if (student === 'Cy Young') {
        // Cy plays the first quarter, then hands the lab to the autopilot for the rest.
        await endQuarter(page);
        await openTab(page, 'News');
        await card(page, 'autopilot').getByLabel('Strategy').selectOption('consumer-apps');
        await card(page, 'autopilot').getByRole('button', { name: 'Hand over' }).click();
        await card(page, 'autopilot').getByRole('button', { name: 'Play the remaining quarters' }).click();
      } else {
        for (let quarter = 1; quarter <= 6; quarter += 1) await endQuarter(page);
      }
      await waitForScene(page, 'End');
      if (student === 'Ada Lovelace') await guideShot(page, '3-hand-in');
      const file = await handIn(page);
      expect(file.name).toBe(`shakeout-${code.toLowerCase()}-${student.toLowerCase().replace(' ', '-')}.json`);
      expect(file.file).toMatchObject({ handIn: { student, classCode: code }, seed: '4242', quarters: 6 });
      handedIn.push(file);
      expect(s.errors).toEqual([]);
      await s.close();
      sessions.splice(sessions.indexOf(s), 1);
    }
    const [ada, bo, cy] = handedIn;

    // What else lands in the teacher's folder: Ada's file handed in again by Dan; a game of the same scenario and length
    // in another world under the class's code; and Bo's file with its hiring edited to 500 engineers, sealed again.
    const dir = mkdtempSync(join(tmpdir(), 'class-lesson-'));
    const { checksum: _checksum, ...otherWorld } = playedCutSave(shippedScenario('china-2025'), '99', 6);
    const boFile = JSON.parse(bo!.text) as SaveFile;
    const { checksum: _boChecksum, ...forged } = {
      ...boFile,
      actionLog: boFile.actionLog.map((e) => (e.kind === 'action' && e.action.type === 'hire' ? { ...e, action: { ...e.action, count: 500 } } : e)),
    };
    expect(JSON.stringify(forged.actionLog)).toContain('"count":500');
    const files: Record<string, string> = {
      [ada!.name]: ada!.text,
      [bo!.name]: bo!.text,
      [cy!.name]: cy!.text,
      'shakeout-dan-copy.json': ada!.text,
      'shakeout-eve-else.json': reseal({ ...otherWorld, handIn: { student: 'Eve Else', classCode: code } } as Omit<SaveFile, 'checksum'>),
      'shakeout-bo-chen-edited.json': reseal(forged as Omit<SaveFile, 'checksum'>),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

    // The teacher, in a browser of their own, loads the whole folder's files at once.
    const desk = await open('?renderer=canvas', { width: 1366, height: 768 });
    const { page } = desk;
    await waitForScene(page, 'Title');
    await page.getByRole('button', { name: 'Class results…' }).click();
    const sheet = page.getByRole('dialog', { name: 'Class results' });
    await sheet.getByLabel('Class code (optional)').fill(code);
    await page.setInputFiles('#class-files', Object.keys(files).map((name) => join(dir, name)));
    await expect.poll(() => sheet.getByRole('status').textContent(), { timeout: 90_000 }).toBe('6 files checked: 5 verified, 5 flagged.');
    // Each row names its file on hover (a copy carries the name of the student it was copied from).
    const rowOf = (file: string) => sheet.locator('table.leaderboard tbody tr', { has: page.locator(`th[title="${file}"]`) });
    const flags = (file: string) => rowOf(file).locator('td.flags li').allTextContents();
    expect(await rowOf(bo!.name).locator('td.flags').textContent()).toBe('none');
    expect(await flags(ada!.name)).toEqual(['Same seed, scenario and every move as shakeout-dan-copy.json: a copy.']);
    expect(await flags('shakeout-dan-copy.json')).toEqual([`Same seed, scenario and every move as ${ada!.name}: a copy.`]);
    expect(await flags(cy!.name)).toEqual(['On autopilot 5 of 6 quarters (83%).']);
    expect(await flags('shakeout-eve-else.json')).toEqual(['Played seed 99, not 4242: another world.']);
    expect((await flags('shakeout-bo-chen-edited.json'))[0]).toMatch(/^Not verified: Its move 1 is one the game refuses: You can hire only \d+ more people this quarter/);
    await sheet.locator('.class-charts svg').first().waitFor();
    await guideShot(page, '4-class-results');

    const [download] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Export CSV' }).click()]);
    const [header, ...rows] = parseCsv(readFileSync((await download.path())!, 'utf8').slice(1));
    const column = (name: string) => header!.indexOf(name);
    const csv = Object.fromEntries(rows.map((r) => [r[column('File')]!, r]));
    expect(Object.keys(csv).sort()).toEqual(Object.keys(files).sort());
    const cell = (file: string, name: string) => csv[file]![column(name)];
    for (const file of [ada!.name, bo!.name, cy!.name, 'shakeout-dan-copy.json']) {
      expect(cell(file, 'Verified')).toBe('yes');
      expect(Number(cell(file, 'Place'))).toBeGreaterThanOrEqual(1);
      expect(cell(file, 'Class code')).toBe(code);
    }
    expect(cell(bo!.name, 'Student')).toBe('Bo Chen');
    expect(cell(bo!.name, 'Flags')).toBe('');
    expect(cell('shakeout-dan-copy.json', 'Flags')).toBe(`Same seed, scenario and every move as ${ada!.name}: a copy.`);
    expect(cell(cy!.name, 'Flags')).toBe('On autopilot 5 of 6 quarters (83%).');
    expect(cell('shakeout-eve-else.json', 'Place')).toBe('');
    expect(cell('shakeout-eve-else.json', 'Flags')).toBe('Played seed 99, not 4242: another world.');
    expect(cell('shakeout-bo-chen-edited.json', 'Verified')).toBe('no');
    expect(cell('shakeout-bo-chen-edited.json', 'Place')).toBe('');
    expect(cell('shakeout-bo-chen-edited.json', 'Flags')).toMatch(/^Not verified: /);
    expect(desk.errors).toEqual([]);
  }, 600_000);
});
