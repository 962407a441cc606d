// The teacher guide's class in Simplified Chinese (?lang=zh-CN): a teacher makes a class code, a student joins by
// typing it, plays the six-quarter cut and hands in, and the teacher reads the class results with a copy, a file from
// another world and a forgery among them. Every step's screen is checked for English left in the UI.
// With SHAKEOUT_GUIDE_SHOTS=1 it writes the Chinese guide's screenshots (src/classroom/guide-shots/zh-CN/), as
// class-lesson.e2e.ts writes the English guide's.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-cn';
import type { SaveFile } from '../../src/store/save-file';
import { playedCutSave, reseal } from '../classroom/result-files';
import { shippedScenario } from '../helpers';
import { SCREENSHOT_DIR, baseUrl, openGame, waitForScene, type Session } from './browser';
import { englishLeft, scenarioWords } from './chinese-text';

const GUIDE_SHOTS = process.env.SHAKEOUT_GUIDE_SHOTS === '1'
  ? join(process.cwd(), 'src', 'classroom', 'guide-shots', 'zh-CN')
  : join(SCREENSHOT_DIR, 'guide-shots', 'zh-CN');
const SEED = '4242';
const NAMES = scenarioWords('tutorial', 'china-2025', 'us-2025', 'pivot', 'china-2025-open');

async function guideShot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(GUIDE_SHOTS, { recursive: true });
  await target.screenshot({ path: join(GUIDE_SHOTS, `${name}.png`), scale: 'css', animations: 'disabled' });
}

/**
 * English the catalogue should have put in Chinese, on the screen as it stands. `codes` (the class's code and link, file
 * names) are codes, not words: their words and the letters the code is spelled out in are left out.
 */
function english(page: Page, codes: string[] = []): Promise<string[]> {
  return englishLeft(page, NAMES, SEED, new Set(codes.flatMap((c) => [...(c.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []), ...c.replace(/[^A-Za-z]/g, '').split('')])));
}

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
// The title screen shows a world seed; the class's own, so that it is not taken for a word.
const open = async (viewport?: { width: number; height: number }) => {
  const s = await openGame(baseUrl(), `?renderer=canvas&lang=zh-CN&seed=${SEED}`, viewport);
  sessions.push(s);
  await waitForScene(s.page, 'Title');
  return s;
};

describe('the teacher guide\'s class in Simplified Chinese', () => {
  it('makes a class, joins it, hands in and reads the class results, every screen in Chinese', async () => {
    // The teacher: the DeepSeek shock, a six-quarter cut, autopilot allowed.
    const teacher = await open();
    await teacher.page.getByRole('radio', { name: /DeepSeek 冲击/ }).click();
    await teacher.page.getByRole('button', { name: zhCN['class.start'] }).click();
    const dialog = teacher.page.getByRole('dialog', { name: zhCN['class.startHeading'] });
    await dialog.getByLabel(zhCN['class.seed']).fill(SEED);
    await dialog.getByLabel(zhCN['class.length']).selectOption('6');
    await dialog.getByLabel(zhCN['class.autopilot']).setChecked(true);
    await dialog.getByRole('button', { name: zhCN['class.make'] }).click();
    const code = (await dialog.locator('#class-code-shown').textContent())!;
    expect(code).toMatch(/^[A-Z0-9-]{6,}$/);
    const link = await dialog.getByLabel(zhCN['class.link']).inputValue();
    expect(await english(teacher.page, [code, link])).toEqual([]);
    await guideShot(dialog, '1-start-a-class');
    expect(teacher.errors).toEqual([]);

    // A student types the code and a name, plays the six quarters and hands in.
    const student = await open();
    const { page } = student;
    await page.getByText(zhCN['class.join']).click();
    await page.getByLabel(zhCN['class.codeLabel']).fill(code.toLowerCase());
    await page.getByLabel(zhCN['class.nameLabel']).fill('李雷');
    await guideShot(page.locator('.class-card'), '2-join-a-class');
    await page.getByRole('button', { name: zhCN['class.joinButton'] }).click();
    await page.getByRole('button', { name: zhCN['briefing.begin'] }).click();
    await waitForScene(page, 'Headquarters');
    for (let quarter = 1; quarter <= 6; quarter += 1) {
      await page.getByRole('button', { name: zhCN['hq.endQuarter'] }).click();
      const report = page.getByRole('dialog');
      await expect.poll(() => report.isVisible()).toBe(true);
      await report.getByRole('button', { name: new RegExp(`^(${zhCN['report.close']}|${zhCN['report.closeFinal']})`) }).click();
    }
    await waitForScene(page, 'End');
    await expect.poll(() => page.getByRole('button', { name: zhCN['class.handIn'] }).count()).toBe(1);
    // The file the end screen names keeps the student's name, as every hand-in of a Chinese class would otherwise be student.json.
    const fileName = `shakeout-${code.toLowerCase()}-李雷.json`;
    expect(await english(page, [code, fileName])).toEqual([]);
    await guideShot(page, '3-hand-in');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: zhCN['class.handIn'] }).click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const handedIn = (await download.path())!;
    const file = JSON.parse(readFileSync(handedIn, 'utf8')) as SaveFile;
    expect(file).toMatchObject({ handIn: { student: '李雷', classCode: code }, seed: SEED, quarters: 6 });
    expect(student.errors).toEqual([]);

    // The teacher's folder: the hand-in, a copy of it, a game of another world under the class's code, and a file
    // whose moves were edited and sealed again.
    const dir = mkdtempSync(join(tmpdir(), 'class-guide-zh-'));
    const text = JSON.stringify(file);
    const { checksum: _checksum, ...otherWorld } = playedCutSave(shippedScenario('china-2025'), '99', 6);
    // 韩梅梅's file: 李雷's game with 500 engineers hired in the first quarter written into its moves.
    const { checksum: _fileChecksum, ...edited } = {
      ...file,
      handIn: { student: '韩梅梅', classCode: code },
      actionLog: [{ kind: 'action' as const, action: { type: 'hire' as const, lab: 'vermilion', role: 'engineers' as const, count: 500 } }, ...file.actionLog],
    };
    const files: Record<string, string> = {
      [download.suggestedFilename()]: text,
      'shakeout-copy.json': text,
      'shakeout-other-world.json': reseal({ ...otherWorld, handIn: { student: '王芳', classCode: code } } as Omit<SaveFile, 'checksum'>),
      'shakeout-edited.json': reseal(edited as Omit<SaveFile, 'checksum'>),
    };
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);

    const desk = await open({ width: 1366, height: 768 });
    await desk.page.getByRole('button', { name: zhCN['classResults.open'] }).click();
    const sheet = desk.page.getByRole('dialog', { name: zhCN['classResults.heading'] });
    await sheet.getByLabel(zhCN['classResults.expectCode']).fill(code);
    await desk.page.setInputFiles('#class-files', Object.keys(files).map((name) => join(dir, name)));
    await expect.poll(() => sheet.locator('table.leaderboard tbody tr').count(), { timeout: 90_000 }).toBe(4);
    await sheet.locator('.class-charts svg').first().waitFor();
    // The flags are in Chinese too: the copy names the file it copies, the other world its seed.
    const flags = await sheet.locator('table.leaderboard td.flags li').allTextContents();
    expect(flags.length).toBeGreaterThanOrEqual(4);
    expect(flags.join(' ')).toMatch(/\p{Script=Han}/u);
    expect(flags.join(' ')).toContain('99');
    expect(await english(desk.page, [code, ...Object.keys(files)])).toEqual([]);
    await guideShot(desk.page, '4-class-results');

    // The Chinese teacher guide shows these screenshots: each image of its class section loads.
    await sheet.getByRole('button', { name: zhCN['classResults.close'] }).click();
    await desk.page.getByRole('button', { name: zhCN['guide.teacher'] }).click();
    const guide = desk.page.getByRole('dialog', { name: zhCN['guide.teacher'] });
    const images = guide.locator('article img');
    await expect.poll(() => images.count()).toBe(4);
    await images.last().scrollIntoViewIfNeeded();
    await expect.poll(() => images.evaluateAll((all) => all.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0))).toEqual([true, true, true, true]);
    expect(await images.first().getAttribute('alt')).toMatch(/^开设班级/);
    await images.first().scrollIntoViewIfNeeded();
    await desk.screenshot('1366x768-zh-CN-guide-shots');
    expect(desk.errors).toEqual([]);
  }, 600_000);
});
