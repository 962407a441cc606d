// A class in the browser: a teacher makes a class code; two students, each in a browser of their own, join (one by
// typing the code, one by the link), play the classroom cut to its end (one on autopilot) and hand in their files.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { checkResultFile, type VerifiedResult } from '../../src/classroom/result-check';
import { decodeClassCode } from '../../src/classroom/class-code';
import { loadShippedScenario } from '../../src/scenario/shipped';
import { scenarioHash } from '../../src/store/save-file';
import { baseUrl, card, endQuarter, openGame, openTab, waitForScene, type Session } from './browser';
import { handIn, makeClass } from './class-steps';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};
const china = shipped('china-2025')!;

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
const open = async (query: string) => {
  const s = await openGame(baseUrl(), query);
  sessions.push(s);
  return s;
};

const search = (page: Page) => new URL(page.url()).searchParams;

describe('a class', () => {
  it('gets the same classroom-cut world to every student, by code and by link, and takes in their verified hand-ins', async () => {
    // The teacher picks the DeepSeek shock and makes a six-quarter class with the autopilot allowed.
    const teacher = await open('?renderer=canvas');
    await teacher.page.getByRole('radio', { name: /The DeepSeek shock/ }).click();
    const { code, link } = await makeClass(teacher, { seed: '4242', length: '6', autopilot: true }, () => teacher.screenshot('1280x720-60-start-a-class'));
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(decodeClassCode(code)).toMatchObject({ ok: true, setup: { scenario: { shipped: 'china-2025' }, seed: 4242, quarters: 6, autopilot: true } });
    expect(new URL(link).searchParams.get('class')).toBe(code);
    // A class whose code forbids the autopilot, for the last check.
    const strict = await makeClass(teacher, { seed: '4242', length: '6', autopilot: false });
    expect(teacher.errors).toEqual([]);

    // Ada types the code, first with a typo, then as read out (small letters, spaces).
    const ada = await open('?renderer=canvas');
    await ada.page.getByText('Join a class').click();
    const typo = `${code.slice(0, 3)}${code[3] === 'Z' ? 'Y' : 'Z'}${code.slice(4)}`;
    await ada.page.getByLabel('Class code').fill(typo);
    await ada.page.getByLabel('Your name').fill('Ada Lovelace');
    await ada.page.getByRole('button', { name: 'Join and play' }).click();
    await expect.poll(() => ada.page.locator('#join-message').textContent()).toMatch(/typing mistake/);
    await ada.page.getByLabel('Class code').fill(`0${code.slice(1)}`);
    await ada.page.getByRole('button', { name: 'Join and play' }).click();
    await expect.poll(() => ada.page.locator('#join-message').textContent()).toBe('Class codes never use 0, O, 1, I or L, but character 1 is "0". Check that character against the code you were given.');
    await ada.screenshot('1280x720-61-join-a-class-typo');
    await ada.page.getByLabel('Class code').fill(code.toLowerCase().replace('-', ' '));
    await ada.page.getByRole('button', { name: 'Join and play' }).click();
    await ada.page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(ada.page, 'Headquarters');
    await expect.poll(() => ada.page.locator('.top-bar .date .muted').textContent()).toBe('Quarter 1 of 6');
    // The address bar names the world: a reload comes back to it, with the game to continue.
    expect(Object.fromEntries(search(ada.page))).toMatchObject({ class: code, scenario: 'china-2025', seed: '4242', length: '6' });
    await endQuarter(ada.page);
    await ada.page.reload();
    await waitForScene(ada.page, 'Title');
    await expect.poll(() => ada.page.locator('#world-line').textContent()).toMatch(/^Classroom length: 6 quarters · .* · World seed: 4242$/);
    expect(await ada.page.getByLabel('Class code').inputValue()).toBe(code);
    await ada.page.getByRole('button', { name: /^Continue/ }).first().click();
    await expect.poll(() => ada.page.locator('.top-bar .date .muted').textContent()).toBe('Quarter 2 of 6');
    for (let quarter = 2; quarter <= 6; quarter += 1) await endQuarter(ada.page);
    await waitForScene(ada.page, 'End');
    await expect.poll(() => ada.page.locator('.class-line').textContent()).toBe(`Class ${code} · Ada Lovelace`);
    await ada.screenshot('1280x720-62-hand-in');
    const adas = await handIn(ada.page);
    expect(adas.name).toBe(`shakeout-${code.toLowerCase()}-ada-lovelace.json`);
    expect(adas.file).toMatchObject({ handIn: { student: 'Ada Lovelace', classCode: code }, seed: '4242', quarters: 6, scenario: { id: 'china-2025', hash: scenarioHash(china) } });
    expect(adas.file.actionLog.filter((e) => e.kind === 'endQuarter')).toHaveLength(6);
    expect(checkResultFile({ name: adas.name, text: adas.text }, shipped)).toMatchObject({ ok: true, finished: true, quarters: 6, cut: true, autopilot: [], handIn: { student: 'Ada Lovelace', classCode: code } });
    expect(ada.errors).toEqual([]);

    // Grace opens the link, types only her name, and hands her lab to the autopilot after one quarter.
    const grace = await open(`${new URL(link).search}&renderer=canvas`);
    await expect.poll(() => grace.page.getByLabel('Class code').inputValue()).toBe(code);
    await grace.page.getByLabel('Your name').fill('Grace Hopper');
    await grace.screenshot('1280x720-63-join-by-link');
    await grace.page.getByRole('button', { name: 'Join and play' }).click();
    await grace.page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(grace.page, 'Headquarters');
    await endQuarter(grace.page);
    await openTab(grace.page, 'News');
    await card(grace.page, 'autopilot').getByLabel('Strategy').selectOption('vertical-apps');
    await card(grace.page, 'autopilot').getByRole('button', { name: 'Hand over' }).click();
    await card(grace.page, 'autopilot').getByRole('button', { name: 'Play the remaining quarters' }).click();
    await waitForScene(grace.page, 'End');
    const graces = await handIn(grace.page);
    expect(graces.name).toBe(`shakeout-${code.toLowerCase()}-grace-hopper.json`);
    const verdict = checkResultFile({ name: graces.name, text: graces.text }, shipped) as VerifiedResult;
    expect(verdict).toMatchObject({ ok: true, finished: true, quarters: 6, seed: '4242', handIn: { student: 'Grace Hopper', classCode: code } });
    expect(verdict.autopilot).toEqual([{ strategy: 'vertical-apps', from: { year: 2025, quarter: 2 } }]);
    // Same world, different games.
    expect(verdict.fingerprint).not.toBe((checkResultFile({ name: adas.name, text: adas.text }, shipped) as VerifiedResult).fingerprint);
    expect(grace.errors).toEqual([]);

    // In a class that forbids it, the autopilot is not offered.
    await grace.page.getByRole('button', { name: 'Play again' }).click();
    // Back at the title, Join a class is open with her class and name.
    expect(await grace.page.getByLabel('Class code').inputValue()).toBe(code);
    expect(await grace.page.getByLabel('Your name').inputValue()).toBe('Grace Hopper');
    await grace.page.getByLabel('Class code').fill(strict.code);
    await grace.page.getByRole('button', { name: 'Join and play' }).click();
    await grace.page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(grace.page, 'Headquarters');
    await openTab(grace.page, 'News');
    await expect.poll(() => card(grace.page, 'save').locator('.class-line').textContent()).toBe(`Class ${strict.code} · Grace Hopper`);
    await grace.screenshot('1280x720-65-class-without-autopilot');
    expect(await card(grace.page, 'autopilot').count()).toBe(0);
    expect(search(grace.page).get('class')).toBe(strict.code);
    expect(grace.errors).toEqual([]);
  }, 600_000);

  it('carries a teacher\'s own scenario by its hash: a student joins once the file beside the code is loaded', async () => {
    const own = JSON.parse(readFileSync('scenarios/tutorial.json', 'utf8')) as Record<string, unknown>;
    const file = { name: 'our-world.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...own, id: 'our-world', title: 'Our own world' })) };
    const teacher = await open('?renderer=canvas');
    await teacher.page.locator('#scenario-file').setInputFiles(file);
    await expect.poll(() => teacher.page.getByRole('radio', { name: /Our own world/ }).getAttribute('aria-checked')).toBe('true');
    const { code } = await makeClass(teacher, { seed: '77', length: '6', autopilot: false }, () => teacher.screenshot('1280x720-64-start-a-class-own-scenario'));
    expect(code).toMatch(/^([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}$/);

    const student = await open(`?class=${code}&renderer=canvas`);
    await student.page.getByLabel('Your name').fill('Ada');
    await student.page.getByRole('button', { name: 'Join and play' }).click();
    await expect.poll(() => student.page.locator('#join-message').textContent()).toMatch(/scenario file your teacher made/);
    await student.page.locator('#scenario-file').setInputFiles(file);
    await student.page.getByRole('button', { name: 'Join and play' }).click();
    await student.page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(student.page, 'Headquarters');
    await expect.poll(() => student.page.locator('.top-bar .date .muted').textContent()).toBe('Quarter 1 of 6');
    expect(Object.fromEntries(search(student.page))).toMatchObject({ class: code, seed: '77', length: '6' });
    expect(student.errors).toEqual([]);
  }, 300_000);
});
