// The title screen's other pages and a game's last screens in Simplified Chinese (?lang=zh-CN), beside
// play-china-zh.e2e.ts's game: Many worlds, the sources of the numbers, the save tools, the autopilot, the debrief's
// five-strategy comparison and the replay. Each is checked for English left in the UI, names and codes aside.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN as z } from '../../src/i18n/zh-cn';
import { SCREENSHOT_DIR, gameSessions, waitForScene, type Session } from './browser';
import { englishLeft, scenarioWords } from './chinese-text';
import { shippedScenario } from '../helpers';

const open = gameSessions();
const SEED = '4242';
const DIR = join(SCREENSHOT_DIR, 'zh-CN');
// Names stay in Latin letters: the scenarios' labs, models and chips, and the open models its events release.
const NAMES = scenarioWords('tutorial', 'china-2025', 'us-2025', 'pivot', 'china-2025-open');
for (const event of shippedScenario('china-2025').events) {
  for (const effect of event.effects) if ('name' in effect && typeof effect.name === 'string') for (const w of effect.name.match(/[A-Za-z]+/g) ?? []) NAMES.add(w);
}
// The simulator's command, quoted as a command, and the scenario's id in it.
const CODES = new Set(['npm', 'run', 'sim', 'seeds', 'N', 'china-']);

async function look(s: Session, screen: string, found: string[]): Promise<void> {
  await s.page.waitForTimeout(200);
  await s.page.screenshot({ path: join(DIR, `1280x720-${screen}.png`) });
  found.push(...(await englishLeft(s.page, NAMES, SEED, CODES)).map((f) => `${screen}: ${f}`));
}

describe('the title\'s other pages and a game\'s last screens in Simplified Chinese', () => {
  it('shows Many worlds, the sources, the save tools, the autopilot, the strategy comparison and the replay in Chinese', async () => {
    mkdirSync(DIR, { recursive: true });
    const s = await open(`?renderer=canvas&seed=${SEED}&scenario=china-2025&lang=zh-CN`);
    const { page } = s;
    const found: string[] = [];
    await waitForScene(page, 'Title');

    await page.getByRole('button', { name: z['worlds.open'] }).click();
    const worlds = page.getByRole('dialog');
    await worlds.getByRole('spinbutton').fill('20');
    await worlds.getByRole('button', { name: z['worlds.run'] }).click();
    await expect.poll(() => worlds.locator('table').count(), { timeout: 60_000 }).toBe(2);
    // The regions by their Chinese names.
    expect(await worlds.locator('table').last().locator('tbody th').allTextContents()).toEqual(['中国', '美国']);
    await look(s, 'title-worlds', found);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: z['sources.open'] }).click();
    await look(s, 'title-sources', found);
    await page.keyboard.press('Escape');
    await page.getByText(z['save.tools']).click();
    await look(s, 'title-save-tools', found);

    // A whole game on autopilot, then the debrief's comparison and the replay.
    await page.getByRole('button', { name: '新游戏' }).click();
    await page.getByRole('button', { name: z['briefing.begin'] }).click();
    await waitForScene(page, 'Headquarters');
    await page.getByRole('tab', { name: '新闻' }).click();
    await page.locator('#autopilot-strategy').selectOption('efficient-open');
    await page.getByRole('button', { name: z['autopilot.hand'] }).click();
    await look(s, 'hq-autopilot', found);
    await page.getByRole('button', { name: z['autopilot.playToEnd'] }).click();
    await waitForScene(page, 'End');
    await page.getByRole('button', { name: z['trials.run'] }).click();
    await expect.poll(() => page.locator('.trials-table tbody tr').count(), { timeout: 60_000 }).toBe(6);
    await look(s, 'end-trials', found);
    await page.getByRole('button', { name: z['replay.open'] }).click();
    await expect.poll(() => page.locator('.replay-screen').count()).toBe(1);
    await look(s, 'end-replay', found);
    expect(found).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 300_000);
});
