// Previews against what happens: chips bought on the grey market and sold through the Compute tab move cash and chip
// counts as the card said they would, and a training run's model lands inside the capability range it previewed.
import { describe, expect, it } from 'vitest';
import { answer, canvasSignature, card, endQuarter, gameSessions, openTab, startGame, waitForScene } from './browser';

const open = gameSessions();

const SCALE = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 } as const;

/** Dollars from the game's short money format ($490.2M, −$3.4K), and half its last shown digit (how far it may be from the exact figure). */
function dollars(text: string): { value: number; slack: number } {
  const match = /(−|-)?\$([\d.,]+)([KMBT]?)/.exec(text);
  if (!match) throw new Error(`no money in "${text}"`);
  const scale = SCALE[match[3] as keyof typeof SCALE];
  const digits = match[2]!.split('.')[1]?.length ?? 0;
  return { value: (match[1] ? -1 : 1) * Number(match[2]!.replace(/,/g, '')) * scale, slack: (scale * 10 ** -digits) / 2 };
}

const cashShown = async (page: PageLike) => (await page.locator('.top-bar [data-figure="cash"] .value').textContent()) ?? '';
const chipsRun = async (page: PageLike) => Number(/You run ([\d,]+) chips/.exec((await card(page, 'chips').locator('p.muted', { hasText: 'You run' }).textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
type PageLike = Parameters<typeof card>[0];

/** Answers any question an event asks, then ends the quarter. */
async function playQuarter(page: PageLike): Promise<void> {
  await openTab(page, 'News');
  const questions = card(page, 'news').locator('.question');
  while ((await questions.count()) > 0) await questions.first().getByRole('button').last().click();
  await endQuarter(page);
}

describe('previews equal what happens', () => {
  it('buys smuggled chips and sells owned ones through the Compute tab, cash and chips moving as previewed', async () => {
    const s = await open('?renderer=canvas&seed=previews-ui&scenario=china-2025', { width: 1366, height: 768 });
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await openTab(page, 'Compute');
    const chips = card(page, 'chips');
    const runBefore = await chipsRun(page);

    // The grey market: the option says smuggled, the preview states the premium, seizure risk and the cash left.
    const grey = chips.getByLabel('Chip').locator('option', { hasText: 'smuggled' }).first();
    const greyName = ((await grey.textContent()) ?? '').split(' — ')[0]!;
    await chips.getByLabel('Chip').selectOption({ value: (await grey.getAttribute('value'))! });
    await chips.getByLabel('Units').fill('100');
    const preview = (await chips.locator('.preview').textContent()) ?? '';
    expect(preview).toMatch(/Smuggled: you pay a \d+% premium, and each quarter there is a \d+% chance/);
    const cost = /Cost (\S+); cash left (\S+);/.exec(preview)!;
    await s.screenshot('1366x768-previews-grey-market');
    await chips.getByRole('button', { name: 'Buy' }).click();
    await expect.poll(() => answer(page, 'chips').textContent()).toBe(`Bought 100 × ${greyName} for ${cost[1]}.`);
    expect(await cashShown(page)).toBe(cost[2]!.replace(/[.;]$/, ''));
    expect(await chips.locator('p.muted', { hasText: 'You run' }).textContent()).toContain('100 more on order');

    // Chips already owned: the preview says what selling 50 brings; the sale brings that and the fleet shrinks by 50.
    const legal = chips.getByLabel('Chip').locator('option:not([value^="grey:"])');
    let sold = '';
    for (let i = 0; i < (await legal.count()); i += 1) {
      await chips.getByLabel('Chip').selectOption({ value: (await legal.nth(i).getAttribute('value'))! });
      await chips.getByLabel('Units').fill('50');
      const text = (await chips.locator('.preview').textContent()) ?? '';
      const sale = /Selling 50 of those you own would bring (\S+) /.exec(text);
      if (sale) {
        sold = sale[1]!;
        break;
      }
    }
    expect(sold).not.toBe('');
    const cashBefore = await cashShown(page);
    const fleetBefore = await chipsRun(page);
    await chips.getByRole('button', { name: 'Sell' }).click();
    await expect.poll(() => chips.locator('p.message:not(#chips-message)').textContent()).toMatch(new RegExp(`^Sold 50 × .+ for ${sold.replace(/[$.]/g, '\\$&')}\\.$`));
    expect(await chipsRun(page)).toBe(fleetBefore - 50);
    const cashAfter = await cashShown(page);
    const [after, before, proceeds] = [dollars(cashAfter), dollars(cashBefore), dollars(sold)];
    expect(Math.abs(after.value - (before.value + proceeds.value))).toBeLessThanOrEqual(after.slack + before.slack + proceeds.slack);
    await s.screenshot('1366x768-previews-chips-sold');

    // The smuggled chips arrive after their lead time (a quarter after the one they were ordered in) and join the fleet.
    // The bots buy smuggled chips too, so when orders outrun the quarter's supply each buyer gets its share of it.
    await playQuarter(page);
    await openTab(page, 'Compute');
    const onOrder = /([\d,]+) more on order/.exec((await chips.locator('p.muted', { hasText: 'You run' }).textContent()) ?? '');
    const coming = Number(onOrder?.[1]?.replace(/,/g, ''));
    expect(coming).toBeGreaterThan(0);
    expect(coming).toBeLessThanOrEqual(100);
    await playQuarter(page);
    await openTab(page, 'Compute');
    await expect.poll(() => chipsRun(page)).toBe(runBefore - 50 + coming);
    expect(s.errors).toEqual([]);
  });

  it('starts a training run through the UI and its model lands inside the previewed capability range, on time', async () => {
    const s = await open('?renderer=canvas&seed=previews-ui&scenario=china-2025', { width: 1366, height: 768 });
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await openTab(page, 'Models');
    const train = card(page, 'train');
    await train.getByLabel('Model name').fill('Preview Check');
    await train.getByLabel('Total parameters (billions)').fill('150');
    await train.getByLabel('Active parameters (billions)').fill('150');
    await train.getByLabel('Training tokens (trillions)').fill('3');
    const preview = (await train.locator('.preview').textContent()) ?? '';
    const time = /about (\d+) quarters? at your training compute/.exec(preview);
    const range = /Capability at the end: ([\d.]+) to ([\d.]+) by luck/.exec(preview);
    expect(time).not.toBeNull();
    expect(range).not.toBeNull();
    expect(preview).toMatch(/Cost: \d+% of your compute bill of \$[\d.]+[KMB]? a quarter/);
    expect(preview).toMatch(/Risk: \d+% of finished runs underperform .* \d+% fail with no model\./);
    await train.locator('.preview').scrollIntoViewIfNeeded();
    await s.screenshot('1366x768-previews-training');
    await train.getByRole('button', { name: 'Start training' }).click();
    await expect.poll(() => answer(page, 'train').textContent()).toBe('Training of Preview Check has started.');

    const quarters = Number(time![1]);
    for (let q = 0; q < quarters; q += 1) {
      await openTab(page, 'Models');
      expect(await train.locator('.progress').isVisible()).toBe(true);
      await playQuarter(page);
    }
    await openTab(page, 'Models');
    expect(await train.locator('.progress').isVisible()).toBe(false);
    const line = (await card(page, 'models').locator('li', { hasText: 'Preview Check' }).first().textContent()) ?? '';
    const capability = Number(/capability ([\d.]+)/.exec(line)?.[1]);
    // Shown to one decimal on both sides.
    expect(capability).toBeGreaterThanOrEqual(Number(range![1]) - 0.05);
    expect(capability).toBeLessThanOrEqual(Number(range![2]) + 0.05);
    expect(s.errors).toEqual([]);
  });

  it('the debrief chart of twelve labs shows the leaders and yours, and the player picks which labs to show', async () => {
    const s = await open('?renderer=canvas&seed=previews-ui&scenario=china-2025', { width: 1366, height: 768 });
    const { page } = s;
    await startGame(page);
    await waitForScene(page, 'Headquarters');
    await openTab(page, 'News');
    const autopilot = card(page, 'autopilot');
    await autopilot.getByLabel('Strategy').selectOption('frontier');
    await autopilot.getByRole('button', { name: 'Hand over' }).click();
    await autopilot.getByRole('button', { name: 'Play the remaining quarters' }).click();
    await waitForScene(page, 'End');
    const picker = page.getByRole('group', { name: 'Labs on the chart' });
    const boxes = picker.getByRole('checkbox');
    expect(await boxes.count()).toBe(12);
    // Yours is marked and shown, with the top five of the standings.
    const yours = picker.getByRole('checkbox', { name: /\(you\)$/ });
    expect(await yours.isChecked()).toBe(true);
    await expect.poll(() => picker.locator('[aria-live]').textContent()).toBe('6 of 12 labs shown.');
    await picker.scrollIntoViewIfNeeded();
    await s.screenshot('1366x768-previews-debrief-leaders');
    const leaders = await canvasSignature(page);

    await picker.getByRole('button', { name: 'All labs' }).click();
    await expect.poll(() => picker.locator('[aria-live]').textContent()).toBe('12 of 12 labs shown.');
    await expect.poll(() => canvasSignature(page)).not.toBe(leaders);
    await page.getByRole('radio', { name: 'Compute' }).click();
    await s.screenshot('1366x768-previews-debrief-all-compute');
    const all = await canvasSignature(page);

    // Hiding a lab redraws the chart without it.
    await boxes.last().uncheck();
    await expect.poll(() => picker.locator('[aria-live]').textContent()).toBe('11 of 12 labs shown.');
    await expect.poll(() => canvasSignature(page)).not.toBe(all);
    await picker.getByRole('button', { name: 'Leaders and you' }).click();
    await expect.poll(() => picker.locator('[aria-live]').textContent()).toBe('6 of 12 labs shown.');
    expect(s.errors).toEqual([]);
  });
});
