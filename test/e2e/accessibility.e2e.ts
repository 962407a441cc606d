// What a screen reader and a keyboard get, read from Chromium's accessibility tree: every control named, nothing
// focusable that cannot be seen, one live region that announces the quarter, focus on each new screen's heading.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { endQuarter, gameSessions, openTab, waitForScene } from './browser';

const open = gameSessions();

/** Roles a person operates: each needs a name. */
const CONTROLS = new Set(['button', 'link', 'textbox', 'spinbutton', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'slider', 'searchbox', 'tab', 'menuitem']);

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  description?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
  backendDOMNodeId?: number;
}

async function axTree(cdp: CDPSession): Promise<AxNode[]> {
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes as AxNode[];
}

/** Runs `fn` on the DOM element behind an accessibility node. */
async function onElement<T>(cdp: CDPSession, node: AxNode, fn: string): Promise<T> {
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId! });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
  return result.value as T;
}

/** Whether an element can be seen; an option of a closed drop-down is seen when its drop-down is. */
const SEEN = `function () {
  const box = this.tagName === 'OPTION' ? (this.closest('select') || this) : this;
  const r = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  let faded = false;
  for (let e = box; e; e = e.parentElement) if (getComputedStyle(e).opacity === '0') faded = true;
  const clipped = style.clip !== 'auto' || (style.clipPath !== '' && style.clipPath !== 'none');
  return { seen: r.width >= 4 && r.height >= 4 && style.visibility === 'visible' && !clipped && !faded,
    what: this.tagName.toLowerCase() + (this.id ? '#' + this.id : '') + ' "' + (this.textContent || '').trim().slice(0, 40) + '"' };
}`;

const property = (node: AxNode, name: string) => node.properties?.find((p) => p.name === name)?.value.value;

/** Controls without a name, and focusable elements nobody can see. */
async function axProblems(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const problems: string[] = [];
  for (const node of await axTree(cdp)) {
    if (node.ignored) continue;
    const role = String(node.role?.value ?? '');
    const name = String(node.name?.value ?? '').trim();
    if (CONTROLS.has(role) && name === '') {
      const { what } = await onElement<{ what: string }>(cdp, node, SEEN);
      problems.push(`unnamed ${role}: ${what}`);
    }
    if (property(node, 'focusable') === true && role !== 'RootWebArea' && node.backendDOMNodeId !== undefined) {
      const { seen, what } = await onElement<{ seen: boolean; what: string }>(cdp, node, SEEN);
      if (!seen) problems.push(`focusable but invisible ${role}: ${what}`);
    }
  }
  await cdp.detach();
  return problems;
}

/** The live regions in the tree (outermost only) that hold text now, with their politeness and text. */
async function speakingRegions(page: Page): Promise<{ live: string; text: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const regions: { live: string; text: string }[] = [];
  for (const node of await axTree(cdp)) {
    const live = property(node, 'live');
    if (node.ignored || live === undefined || live === 'off' || node.backendDOMNodeId === undefined) continue;
    const found = await onElement<{ outermost: boolean; text: string } | null>(cdp, node, `function () {
      if (this.nodeType !== 1) return null;
      const parent = this.parentElement && this.parentElement.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
      return { outermost: !parent, text: (this.textContent || '').trim() };
    }`);
    if (found?.outermost && found.text !== '') regions.push({ live: String(live), text: found.text });
  }
  await cdp.detach();
  return regions;
}

const focusedHeading = (page: Page) => page.evaluate(() => {
  const active = document.activeElement;
  return active && /^H[1-6]$/.test(active.tagName) ? `${active.tagName} ${(active.textContent ?? '').trim()}` : `not a heading: ${active?.tagName}`;
});

describe('keyboard and screen readers', () => {
  it('names every control, hides nothing focusable, focuses each screen\'s heading and announces each quarter once', async () => {
    const s = await open('?scenario=tutorial&seed=access&renderer=canvas');
    const { page } = s;
    await waitForScene(page, 'Title');
    await expect.poll(() => focusedHeading(page)).toBe('H1 Shakeout');
    // The hidden file pickers are out of the tab order and the tree; the buttons that open them stay.
    await page.getByText('Open, replay or check a saved game').click();
    expect(await page.locator('input[type="file"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).tabIndex))).toEqual([-1, -1, -1, -1]);
    await expect.poll(() => page.getByRole('button', { name: 'Load a scenario file…' }).isVisible()).toBe(true);
    expect(await axProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'New game' }).click();
    await expect.poll(() => focusedHeading(page)).toBe('H1 Briefing: First steps');
    expect(await page.locator('.briefing-screen').evaluate((e) => e.scrollTop)).toBe(0);
    expect(await axProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start the first quarter' }).click();
    await waitForScene(page, 'Headquarters');
    await expect.poll(() => focusedHeading(page)).toMatch(/^H1 Headquarters of .+: Q1 2025Quarter 1 of 8$/);
    // The tutorial guides a first-time player one control at a time; this test visits them all.
    const everything = page.getByRole('button', { name: 'Show everything' });
    if (await everything.isVisible()) await everything.click();
    for (const tab of ['News', 'Compute', 'Models', 'Business', 'People']) {
      await openTab(page, tab);
      expect(await axProblems(page), tab).toEqual([]);
    }
    // Nothing speaks before a quarter has ended, though every panel has drawn.
    expect(await speakingRegions(page)).toEqual([]);
    // The E shortcut is in End quarter's description and in the glossary's Keyboard section.
    const cdp = await page.context().newCDPSession(page);
    const endButton = (await axTree(cdp)).find((n) => n.role?.value === 'button' && n.name?.value === 'End quarter');
    await cdp.detach();
    expect(String(endButton?.description?.value)).toContain('press E');
    await page.getByRole('button', { name: 'Glossary' }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await expect.poll(() => glossary.getByRole('heading', { name: 'Keyboard' }).isVisible()).toBe(true);
    expect(await glossary.textContent()).toContain('E ends the quarter');
    await page.keyboard.press('Escape');

    await page.keyboard.press('e');
    const report = page.getByRole('dialog', { name: 'Quarter report: Q1 2025' });
    await expect.poll(() => report.isVisible()).toBe(true);
    expect(await axProblems(page)).toEqual([]);
    // Exactly one region speaks, politely, with the quarter's cash and revenue.
    const spoken = await speakingRegions(page);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.live).toBe('polite');
    expect(spoken[0]!.text).toMatch(/^Q1 2025 ended\. Cash \$[\d.]+[KMB]? \((up|down) .+\)\. Revenue \$[\d.]+[KMB]? \(your first quarter\)\./);
    await report.getByRole('button', { name: 'Back to headquarters' }).click();
    // The tracker is in view with every objective's standing.
    await expect.poll(() => page.locator('[data-card="objectives"] li').count()).toBe(3);
    expect(await page.locator('[data-card="objectives"] .tracker-status').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(Met|On track|At risk|Missed)$/)]));

    // A move within the quarter redraws every panel, and the announcement does not change.
    const announced = spoken[0]!.text;
    await openTab(page, 'People');
    await page.locator('[data-card="people"]').getByRole('button', { name: 'Hire' }).click();
    expect(await page.locator('#quarter-result').textContent()).toBe(announced);

    // The last quarter's report comes before the debrief, which opens at its top with its heading focused.
    for (let quarter = 2; quarter < 8; quarter += 1) await endQuarter(page);
    await page.getByRole('button', { name: 'End quarter' }).click();
    const last = page.getByRole('dialog', { name: 'Quarter report: Q4 2026' });
    await expect.poll(() => last.isVisible()).toBe(true);
    await expect.poll(() => page.locator('#quarter-result').textContent()).toMatch(/^Q4 2026 ended\. .*That was the last quarter/);
    await last.getByRole('button', { name: 'See how the game ended' }).click();
    await waitForScene(page, 'End');
    await expect.poll(() => focusedHeading(page)).toBe('H1 The game is over');
    expect(await page.locator('.end-card').evaluate((e) => e.scrollTop)).toBe(0);
    expect(await axProblems(page)).toEqual([]);

    // Back at the title, the finished game offers its debrief, not Continue.
    await page.getByRole('button', { name: 'Play again' }).click();
    await expect.poll(() => focusedHeading(page)).toBe('H1 Shakeout');
    await expect.poll(() => page.getByRole('button', { name: /^See the debrief/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    await page.getByRole('button', { name: /^See the debrief/ }).click();
    await waitForScene(page, 'End');
    expect(s.errors).toEqual([]);
  }, 180_000);
});
