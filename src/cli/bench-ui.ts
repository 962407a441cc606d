// The browser half of npm run bench: the headquarters scene's frame rate with the Canvas renderer, and how long
// the quarter report takes to appear after End quarter is clicked, how long Many worlds takes for 200 games, and the
// memory a page holds over ten whole games on each renderer. Rewrites its tables in test/bench/results.md.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { writeResults } from './bench-file';
import { memoryOverGames, type MemoryReading } from './memory-check';
import { firstLoadSplit } from './first-load';
import { idleCoreShare, LONG_TASKS, longestTask, mainThreadCpu, median, playerAction, titleInteractive } from './bench-page';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`No chromium at ${CHROMIUM}: skipping the browser benchmark.`);
    return;
  }
  const server = await preview({ logLevel: 'silent', preview: { host: '127.0.0.1', port: 4190, strictPort: false } });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';
  const profile = mkdtempSync(join(tmpdir(), 'shakeout-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 720 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(LONG_TASKS);
    // Title interactive: from navigation to the title scene drawn with New game on it, five loads of the page.
    const titles = [];
    for (let i = 0; i < 5; i += 1) titles.push(await titleInteractive(page, `${url}?renderer=canvas&seed=bench`));
    await page.goto(`${url}?renderer=canvas&seed=bench&scenario=china-2025`);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Start the first quarter' }).click();
    await page.waitForFunction(() => document.body.dataset['scene'] === 'Headquarters');
    await page.waitForTimeout(1000);
    // Frames drawn in three seconds of the headquarters scene, 12 labs on screen.
    const fps = await page.evaluate(() => new Promise<number>((resolve) => {
      let frames = 0;
      const start = performance.now();
      const tick = () => {
        frames += 1;
        if (performance.now() - start < 3000) requestAnimationFrame(tick);
        else resolve((frames * 1000) / (performance.now() - start));
      };
      requestAnimationFrame(tick);
    }));
    // The headquarters screen left alone for five seconds: the share of a core the page's main thread used.
    const idle = await idleCoreShare(page, 5000);
    // A player's move (a new API price) with the autosave and the redraw it causes, seven times.
    const actions: number[] = [];
    for (let i = 0; i < 7; i += 1) actions.push(await playerAction(page, i));
    // Click End quarter and time until the report dialog is on screen, seven quarters, with the longest task of each.
    const latencies: number[] = [];
    const quarterTasks: number[] = [];
    // The main thread's CPU time from the click to the report's frame and then the world view's redraw (100 ms on).
    const quarterCpu: number[] = [];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    for (let q = 0; q < 7; q += 1) {
      const cpuBefore = await mainThreadCpu(cdp);
      await page.evaluate(() => {
        (window as unknown as { longTasks: number[] }).longTasks.length = 0;
      });
      latencies.push(await page.evaluate(() => new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'End quarter') as HTMLButtonElement;
        const start = performance.now();
        button.click();
        // Until the first frame that draws the report: the click's task and whatever else runs before that paint.
        const check = () => {
          const dialog = document.querySelector('.report-backdrop:not([hidden])');
          if (dialog) resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      })));
      quarterTasks.push(await longestTask(page));
      quarterCpu.push((await mainThreadCpu(cdp)) - cpuBefore);
      await page.getByRole('button', { name: 'Back to headquarters' }).click();
    }
    await cdp.detach();
    latencies.sort((a, b) => a - b);
    const load = await firstLoadSplit();
    // Many worlds from the title screen: 200 china-2025 games on the page's worker threads.
    await page.goto(`${url}?renderer=canvas&scenario=china-2025`);
    await page.getByRole('button', { name: 'Many worlds' }).click();
    const worlds = page.getByRole('dialog');
    await worlds.getByLabel('Worlds to play').fill('200');
    const worldsStart = Date.now();
    await worlds.getByRole('button', { name: 'Play them' }).click();
    await worlds.getByText('All 200 worlds played.').waitFor({ timeout: 300_000 });
    const worldsSeconds = (Date.now() - worldsStart) / 1000;
    const threads = await page.evaluate(() => Math.min(4, navigator.hardwareConcurrency || 2));
    // Ten tutorial games in one page, each played out by a strategy, on each renderer.
    const memory: [string, MemoryReading[]][] = [];
    for (const renderer of ['canvas', 'webgl']) {
      await page.goto(`${url}?renderer=${renderer}&seed=bench-memory`);
      await page.waitForFunction(() => document.body.dataset['scene'] === 'Title');
      memory.push([renderer, await memoryOverGames(page, MEMORY_GAMES)]);
    }
    const lines = [
      '',
      '## Browser (headless Chromium, Canvas renderer, 1280×720, china-2025: 12 labs)',
      '',
      '| measure | value |',
      '|---|---|',
      `| frames the browser offered the headquarters page (requestAnimationFrame) | ${fps.toFixed(0)} fps |`,
      `| the idle headquarters screen: share of a core the page's main thread used over 5 s (CDP TaskDuration) | ${(100 * idle).toFixed(1)} % |`,
      `| a player's move (set the API price) with its autosave and redraw, median of 7 (slowest) | ${median(actions).toFixed(1)} ms (${Math.max(...actions).toFixed(1)} ms) |`,
      `| End quarter click to the first frame that draws the report, median of 7 | ${median(latencies).toFixed(0)} ms |`,
      `| the same, slowest of 7 | ${latencies.at(-1)!.toFixed(0)} ms |`,
      `| longest task from End quarter until 100 ms after the report (the world view's redraw included), median of 7 (slowest) | ${median(quarterTasks).toFixed(0)} ms (${Math.max(...quarterTasks).toFixed(0)} ms) |`,
      `| the main thread's CPU time over the same span (CDP ThreadTime: the quarter, the report, the world view's redraw and its animation's first frames), median of 7 (most) | ${median(quarterCpu).toFixed(0)} ms (${Math.max(...quarterCpu).toFixed(0)} ms) |`,
      `| title interactive (navigation to the title with New game), median of 5 (slowest) | ${median(titles.map((t) => t.ms)).toFixed(0)} ms (${Math.max(...titles.map((t) => t.ms)).toFixed(0)} ms) |`,
      `| longest task while the title loads, median of 5 | ${median(titles.map((t) => t.longestTask)).toFixed(0)} ms |`,
      `| first load, gzip: the page's scripts and styles, each library in a chunk of its own (of which Phaser) | ${kb(load.total)} KB (${kb(load.phaser)} KB) |`,
      `| the same against bare Phaser 4 (${kb(load.barePhaser)} KB) plus the game's own code (${kb(load.own)} KB); other libraries: ${load.libraries.map(([name, bytes]) => `${name} ${kb(bytes)} KB`).join(', ')} | ${load.ratio.toFixed(2)}× |`,
      `| Many worlds: 200 china-2025 games on ${threads} worker threads | ${worldsSeconds.toFixed(1)} s |`,
      '',
      `## Memory over ${MEMORY_GAMES} games in one page (tutorial, each game played out on autopilot; after garbage collection)`,
      '',
      '| renderer | held | title screen | after game 1 | after game ' + MEMORY_GAMES + ` | growth per game, games 2–${MEMORY_GAMES} |`,
      '|---|---|---|---|---|---|',
      ...memory.flatMap(([renderer, readings]) => memoryRows(renderer, readings)),
      '',
    ];
    writeResults('browser', lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

const MEMORY_GAMES = 10;

const kb = (bytes: number) => (bytes / 1000).toFixed(0);

function memoryRows(renderer: string, readings: readonly MemoryReading[]): string[] {
  const row = (held: string, of: (r: MemoryReading) => number) => {
    const [start, first, last] = [readings[0]!, readings[1]!, readings.at(-1)!].map(of) as [number, number, number];
    const perGame = (last - first) / (readings.length - 2);
    const growth = Math.abs(perGame) < 0.005 ? '0.00' : `${perGame > 0 ? '+' : '−'}${Math.abs(perGame).toFixed(2)}`;
    return `| ${renderer} | ${held} | ${start.toFixed(1)} MB | ${first.toFixed(1)} MB | ${last.toFixed(1)} MB | ${growth} MB |`;
  };
  return [row('JavaScript heap', (r) => r.heapMb), row('ArrayBuffers (image data)', (r) => r.arrayBuffersMb)];
}

void main();
