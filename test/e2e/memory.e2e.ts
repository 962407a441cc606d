// Whole games played one after another in one page: the memory the page holds levels off, on both renderers.
// (On the Canvas renderer every game used to keep about 13 MB of image data: Phaser's TileSprite left its texture.)
import { describe, expect, it } from 'vitest';
import { memoryOverGames } from '../../src/cli/memory-check';
import { gameSessions, waitForScene } from './browser';

const open = gameSessions();
const GAMES = 6;
// Software WebGL plays a game in about ten seconds on a loaded two-core machine.
const TIMEOUT = 300_000;

describe('memory over many games in one page', () => {
  it.each(['canvas', 'webgl'])('levels off on the %s renderer', async (renderer) => {
    const s = await open(`?renderer=${renderer}&seed=memory`);
    await waitForScene(s.page, 'Title');
    const readings = await memoryOverGames(s.page, GAMES);
    // The first games warm caches (fonts, textures, compiled code); from the second on, a game leaves nothing behind.
    const settled = readings[2]!;
    const last = readings[GAMES]!;
    expect(last.arrayBuffersMb - settled.arrayBuffersMb).toBeLessThan(1);
    expect(last.heapMb - settled.heapMb).toBeLessThan(2);
    expect(s.errors).toEqual([]);
  }, TIMEOUT);
});
