import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer, card, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

describe('scenario files in the browser', () => {
  it('lists the shipped scenarios with length and difficulty', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    const options = s.page.getByRole('radio');
    expect(await options.count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => options.first().textContent()).toContain('8 quarters · introductory');
    expect(s.errors).toEqual([]);
  });

  it('loads a good file from the file picker and plays it', async () => {
    const s = await open('?renderer=canvas&seed=files');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#scenario-file', 'test/fixtures/richer-lantern.json');
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Your file: First steps, richer');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await expect.poll(() => s.page.locator('[data-figure="cash"] .value').textContent()).toBe('$300M');
    expect(s.errors).toEqual([]);
  });

  it('shows every problem of a bad file with its line and column, and the game stays usable', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#scenario-file', 'test/fixtures/bad-scenarios/misspelt-kind.json');
    const alert = s.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The scenario "misspelt-kind.json" could not be loaded');
    await expect.poll(() => alert.textContent()).toContain('line 10, column 24: events[3].conditions[0].kind');
    await expect.poll(() => alert.textContent()).toContain('Did you mean "labCashBelow"?');
    await s.screenshot('1280x720-7-bad-scenario-file');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });

  it('loads a file dropped onto the page', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    const text = readFileSync('test/fixtures/richer-lantern.json', 'utf8');
    const dataTransfer = await s.page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await s.page.dispatchEvent('body', 'dragover', { dataTransfer });
    await s.page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Your file: First steps, richer');
    expect(s.errors).toEqual([]);
  });

  it('loads a scenario of two files picked together, and says to pick the sibling when one is picked alone', async () => {
    const s = await open('?renderer=canvas&seed=two');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#scenario-file', 'public/examples/two-files/power-crunch.json');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('"./cheap-power.json" is a file beside this one: pick it together with power-crunch.json');
    expect(await s.page.getByRole('alert').textContent()).not.toContain('There is no scenario');
    await s.page.setInputFiles('#scenario-file', ['public/examples/two-files/cheap-power.json', 'public/examples/two-files/power-crunch.json']);
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Your file: First steps, then a power crunch');
    expect(await s.page.locator('.problems').isHidden()).toBe(true);
    await s.screenshot('1280x720-7b-two-file-scenario');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });

  it('loads a scenario of two files by a same-site link, fetching the file its "extends" names beside it', async () => {
    const s = await open('?renderer=canvas&scenario=examples/two-files/power-crunch.json');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Your file: First steps, then a power crunch');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });

  it('a link to a file the site does not have says it was not found', async () => {
    const s = await open('?renderer=canvas&scenario=examples/nothing-here.json');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('There is no scenario file at "examples/nothing-here.json" on this site: it was not found.');
    expect(s.errors).toEqual([]);
  });

  it('in the Chinese game, says what is wrong with a file in Chinese: its errors, and a good file\'s warnings', async () => {
    const s = await open('?renderer=canvas&lang=zh-CN');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#scenario-file', 'test/fixtures/bad-scenarios/misspelt-kind.json');
    const alert = s.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('剧本“misspelt-kind.json”无法载入');
    await expect.poll(() => alert.textContent()).toContain('第10行第24列：events[3].conditions[0].kind: 未知的 kind "labCashBellow"');
    await expect.poll(() => alert.textContent()).toContain('是不是想写“labCashBelow”？');
    await s.page.setInputFiles('#scenario-file', 'test/fixtures/warning-chip.json');
    const status = s.page.locator('.problems.warnings[role="status"]');
    await expect.poll(() => status.textContent()).toContain('警告：第8行第5列：chips[2]: 没有人能买到、租到或持有 Nvidia B200。');
    await s.screenshot('1280x720-7d-scenario-problems-zh-CN');
    expect(s.errors).toEqual([]);
  });

  it('shows a loaded file\'s warnings as warnings, and keeps the file chosen', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.setInputFiles('#scenario-file', 'test/fixtures/warning-chip.json');
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Your file: First steps, with a chip no one can buy');
    const status = s.page.locator('.problems.warnings[role="status"]');
    await expect.poll(() => status.textContent()).toContain('The scenario "warning-chip.json" is loaded, with 1 warning to look at:');
    await expect.poll(() => status.textContent()).toContain('Warning: line 8, column 5: chips[2]: Nobody can ever buy, rent or own the Nvidia B200.');
    await s.screenshot('1280x720-7c-scenario-warning');
    expect(s.errors).toEqual([]);
  });

  it('the built game serves the scenario schemas beside the shipped scenarios that name them', async () => {
    const s = await open('?renderer=canvas');
    const fetched = await s.page.evaluate(async () => {
      const tutorial = await (await fetch('scenarios/tutorial.json')).json() as { $schema: string };
      const schema = await fetch(new URL(tutorial.$schema, new URL('scenarios/tutorial.json', location.href)));
      const extending = await fetch('scenarios/schema-extends.json');
      return { ref: tutorial.$schema, type: schema.headers.get('content-type'), title: (await schema.json() as { title: string }).title, extending: extending.status };
    });
    expect(fetched).toEqual({ ref: './schema.json', type: expect.stringContaining('json'), title: 'Shakeout scenario', extending: 200 });
    expect(s.errors).toEqual([]);
  });

  it('refuses a ?scenario= link to another site', async () => {
    const s = await open('?renderer=canvas&scenario=https://example.com/evil.json');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('must point to this same site');
    expect(s.errors).toEqual([]);
  });
});

describe('replaying the simulator in the browser', () => {
  it('?watch=1 with a seed the simulator reports ends on the same world fingerprint', async () => {
    const { loadShippedScenario } = await import('../../src/scenario/shipped');
    const { simulateSeed } = await import('../../src/engine');
    const loaded = loadShippedScenario('tutorial');
    if (!loaded?.ok) throw new Error('tutorial does not load');
    const expected = simulateSeed(loaded.scenario, '42').finalHash;
    const s = await open('?renderer=canvas&scenario=tutorial&seed=42&watch=1');
    await waitForScene(s.page, 'Title');
    await startGame(s.page);
    for (let q = 0; q < loaded.scenario.quarters; q += 1) await endQuarter(s.page);
    await waitForScene(s.page, 'End');
    await expect.poll(() => s.page.locator('.fingerprint').textContent()).toBe(`World seed 42 · fingerprint ${expected}`);
    expect(s.errors).toEqual([]);
  });
});

describe('a scenario by link', () => {
  it('?scenario=examples/china-2025-stricter.json loads the guide\u2019s worked example and plays it', async () => {
    const s = await open('?renderer=canvas&scenario=examples/china-2025-stricter.json');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('The DeepSeek shock, stricter');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await s.page.waitForTimeout(400);
    await s.screenshot('1280x720-8-china-2025-stricter-hq');
    expect(s.errors).toEqual([]);
  });

  it('a policy example by link: Lantern on a licensed model sees the royalty it paid Meridian, and why, in its first report', async () => {
    const s = await open('?renderer=canvas&scenario=examples/guide/licensed-model.json');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Lantern on a licence');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await s.page.getByRole('button', { name: 'End quarter' }).click();
    const report = s.page.getByRole('dialog', { name: /Quarter report/ });
    await expect.poll(() => report.textContent()).toContain('Model royalty: Meridian');
    await expect.poll(() => report.textContent()).toMatch(/Serving the licensed Meridian Lite cost a royalty of \$[\d.]+[MB]? \(15% of product revenue\) to Meridian/);
    await s.screenshot('1280x720-8b-licensed-model-report');
    expect(s.errors).toEqual([]);
  });
});

describe('a scenario\'s own market segment', () => {
  it('coding agents by link: the product card prices it, the quarter report and the world view list it', async () => {
    const s = await open('?renderer=canvas&scenario=examples/guide/coding-agents.json');
    await waitForScene(s.page, 'Title');
    await expect.poll(() => s.page.getByRole('radio', { checked: true }).textContent()).toContain('Burn rate, with coding agents');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    await openTab(s.page, 'Business');
    const product = card(s.page, 'product');
    await expect.poll(() => product.getByLabel('Product').locator('option').allTextContents())
      .toEqual(['API ($ per million tokens)', 'Coding agents ($ per million tokens)', 'Consumer app ($ per seat a month)']);
    await product.getByLabel('Product').selectOption('coding-agents');
    await expect.poll(() => product.getByLabel('Price').inputValue()).toBe('6');
    await product.getByLabel('Price').fill('5');
    await expect.poll(() => product.textContent()).toMatch(/At \$5: [\d.]+% of buyers, [\d.]+[KMBT]? tokens sold/);
    await s.screenshot('1280x720-8c-coding-agents-product');
    await product.getByRole('button', { name: 'Set price' }).click();
    await expect.poll(() => answer(s.page, 'product').textContent()).toBe('Price set to $5.');
    await s.page.getByRole('button', { name: 'End quarter' }).click();
    const report = s.page.getByRole('dialog', { name: /Quarter report/ });
    await expect.poll(() => report.textContent()).toMatch(/United States, Coding agents: [\d.]+%/);
    await expect.poll(() => report.textContent()).toContain('Revenue: Coding agents');
    await s.screenshot('1280x720-8d-coding-agents-report');
    await report.getByRole('button', { name: 'Back to headquarters' }).click();
    await expect.poll(() => s.page.locator('#game').getAttribute('aria-label')).toMatch(/United States: \$[\d.]+B spent here last quarter: API \$[\d.]+[MB], Coding agents \$[\d.]+[MB], Consumer app/);
    await s.page.waitForTimeout(1500);
    await s.screenshot('1280x720-8e-coding-agents-world');
    expect(s.errors).toEqual([]);
  });
});

describe('sources', () => {
  it('the title screen shows where every number of the chosen scenario comes from', async () => {
    const s = await open('?renderer=canvas&scenario=china-2025');
    await waitForScene(s.page, 'Title');
    await s.page.getByRole('button', { name: 'Sources of the numbers' }).click();
    const dialog = s.page.getByRole('dialog', { name: /Where the numbers in "The DeepSeek shock" come from/ });
    await expect.poll(() => dialog.textContent()).toContain('Nvidia H20 › peak flops');
    await s.screenshot('1280x720-14-sources');
    // A mouse closes it too: the dialog takes clicks although it sits outside the screen's own panel.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // A closed dialog leaves the page, so redraws of the title screen never pile up hidden copies.
    expect(await s.page.locator('.report-backdrop').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});

describe('settings', () => {
  it('text size and animation are chosen on the title screen and kept after a reload', async () => {
    const s = await open('?renderer=canvas');
    await waitForScene(s.page, 'Title');
    await s.page.locator('summary', { hasText: 'Settings' }).click();
    await s.page.getByLabel('Text size').selectOption('large');
    await s.page.getByLabel('Animation').selectOption('off');
    expect(await s.page.evaluate(() => document.getElementById('ui')?.style.getPropertyValue('zoom'))).toBe('1.12');
    await s.page.getByLabel('Drawing').selectOption('canvas');
    await expect.poll(() => s.page.getByRole('button', { name: 'Reload now' }).isVisible()).toBe(true);
    await s.screenshot('1280x720-15-settings');
    await s.page.reload();
    await waitForScene(s.page, 'Title');
    expect(await s.page.evaluate(() => document.getElementById('ui')?.style.getPropertyValue('zoom'))).toBe('1.12');
    await s.page.locator('summary', { hasText: 'Settings' }).click();
    expect(await s.page.getByLabel('Animation').inputValue()).toBe('off');
    await startGame(s.page);
    await waitForScene(s.page, 'Headquarters');
    expect(s.errors).toEqual([]);
  });
});
