// Memory held by the page across whole games played one after another: the browser test that keeps the game from
// leaking and the memory table of npm run bench both play and measure with this.
import type { Page } from 'playwright-core';

export interface MemoryReading {
  /** Games played so far in the page (0 = the title screen before the first). */
  games: number;
  /** JavaScript objects the page holds after garbage collection, MB. */
  heapMb: number;
  /** Bytes behind ArrayBuffers (image data, typed arrays) after garbage collection, MB: where canvas textures live. */
  arrayBuffersMb: number;
}

const MB = 1e6;

/** What the page holds once everything it could free is freed. */
export async function measureMemory(page: Page): Promise<Omit<MemoryReading, 'games'>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 4; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return { heapMb: usage.usedSize / MB, arrayBuffersMb: (usage.backingStorageSize ?? 0) / MB };
  } finally {
    await cdp.detach();
  }
}

/** One whole game from the title screen: New game, the lab handed to a strategy for every quarter, then Play again. */
export async function playOneGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Start the first quarter' }).click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'Headquarters');
  // The tutorial's guide keeps the autopilot closed until the player asks to see everything.
  const skip = page.locator('[data-guide="side"]').getByRole('button', { name: 'Show everything' });
  if (await skip.isVisible()) await skip.click();
  await page.getByRole('tab', { name: 'News' }).click();
  const autopilot = page.locator('[data-card="autopilot"]');
  await autopilot.getByLabel('Strategy').selectOption('frontier');
  await autopilot.getByRole('button', { name: 'Hand over' }).click();
  await autopilot.getByRole('button', { name: 'Play the remaining quarters' }).click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'End', undefined, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Play again' }).click();
  await page.waitForFunction(() => document.body.dataset['scene'] === 'Title');
}

/** Plays `games` games in the page (at its title screen), measuring before the first and after each. */
export async function memoryOverGames(page: Page, games: number): Promise<MemoryReading[]> {
  const readings: MemoryReading[] = [{ games: 0, ...(await measureMemory(page)) }];
  for (let game = 1; game <= games; game += 1) {
    await playOneGame(page);
    readings.push({ games: game, ...(await measureMemory(page)) });
  }
  return readings;
}
