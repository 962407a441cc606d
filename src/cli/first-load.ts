// Issue 19's first-load target: the page's first load at most 1.15× bare Phaser 4 plus the game's own code, with
// nothing bundled that the first screen does not use. Two extra builds measure it: the game with every package in a
// chunk of its own (so the game's own code and each library can be weighed apart), and a page that only starts
// Phaser (bare Phaser, tree-shaken as far as it goes).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

export interface FirstLoadSplit {
  /** gzip bytes of every script and style the page loads before it runs. */
  total: number;
  /** gzip bytes of the game's own code (src, its scenarios and catalogue, its styles) in that load. */
  own: number;
  /** gzip bytes of each library other than Phaser in that load, largest first. */
  libraries: [name: string, bytes: number][];
  /** gzip bytes of Phaser's chunk in that load. */
  phaser: number;
  /** gzip bytes of a page that only starts a Phaser 4 game. */
  barePhaser: number;
  /** total / (barePhaser + own): the target is at most 1.15. */
  ratio: number;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** The package a bundled module comes from ('' for the game's own files). */
function packageOf(id: string): string {
  const at = id.lastIndexOf('node_modules/');
  if (at < 0) return '';
  const [scope, name] = id.slice(at + 'node_modules/'.length).split('/');
  return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
}

/** The scripts and styles index.html loads (lazy chunks and workers left out). */
function pageFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
}

/** Builds the game (vite.config.ts) with each package in a chunk of its own and weighs the page's first load. */
async function splitBuild(dir: string): Promise<Omit<FirstLoadSplit, 'barePhaser' | 'ratio'>> {
  await build({
    configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, rollupOptions: { output: {
      manualChunks: (id: string) => (/[/\\](zh-cn|glossary-zh-cn)\.ts$|\.zh-CN\.json/.test(id) ? 'lang-zh-CN' : packageOf(id) ? `lib-${packageOf(id).replace(/[@/]/g, '_')}` : undefined),
    } } },
  });
  let total = 0, own = 0, phaser = 0;
  const libraries: [string, number][] = [];
  for (const file of pageFiles(dir)) {
    const bytes = gz(join(dir, file));
    total += bytes;
    const library = /^assets\/lib-(.+)-[\w-]{8}\.js$/.exec(file)?.[1];
    if (library === 'phaser') phaser += bytes;
    else if (library) libraries.push([library, bytes]);
    else own += bytes;
  }
  return { total, own, phaser, libraries: libraries.sort((a, b) => b[1] - a[1]) };
}

/** A page whose only script starts a Phaser 4 game with one empty scene, built with the game's target. */
async function barePhaserBuild(dir: string): Promise<number> {
  const entry = '\0bare-phaser';
  const plugin: Plugin = {
    name: 'bare-phaser',
    resolveId: (id) => (id === 'bare-phaser' ? entry : null),
    load: (id) => (id === entry ? "import Phaser from 'phaser';\nnew Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { create() {} } });\n" : null),
  };
  await build({
    configFile: false, logLevel: 'warn', plugins: [plugin],
    build: { outDir: dir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000, rollupOptions: { input: 'bare-phaser' } },
  });
  const js = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? js(join(folder, e.name)) : e.name.endsWith('.js') ? [join(folder, e.name)] : []));
  return js(dir).reduce((sum, file) => sum + gz(file), 0);
}

/** Both builds in a temporary folder (removed after), from the repository's root. */
export async function firstLoadSplit(): Promise<FirstLoadSplit> {
  const dir = mkdtempSync(join(tmpdir(), 'shakeout-first-load-'));
  try {
    const split = await splitBuild(join(dir, 'game'));
    const barePhaser = await barePhaserBuild(join(dir, 'bare'));
    return { ...split, barePhaser, ratio: split.total / (barePhaser + split.own) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
