import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// `vite build --mode cli` builds the Node command-line tools in src/cli into dist/cli; `--mode single` the game as one
// HTML file for file:// (dist/single/index.html); every other mode is the game for a web host, with its service worker.
export default defineConfig(({ mode }) => (mode === 'cli' ? cli : mode === 'single' ? single : game));

const cli: ViteUserConfig = {
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { bench: 'src/cli/bench.ts', 'bench-ui': 'src/cli/bench-ui.ts', scenario: 'src/cli/scenario.ts', sim: 'src/cli/sim.ts', 'sim-worker': 'src/cli/sim-worker.ts', balance: 'src/cli/balance.ts', 'balance-worker': 'src/cli/balance/worker.ts', lessons: 'src/cli/lessons.ts', 'lessons-worker': 'src/cli/lessons-worker.ts', verify: 'src/cli/verify.ts' },
      output: { entryFileNames: '[name].js' },
    },
  },
};

/**
 * The built page's Content-Security-Policy: scripts, styles and workers only from the game's own files, images also
 * from data: and blob: (Phaser's built-in textures and the canvas), requests only to the same site, no plugins, no
 * forms. Nothing the game needs is inline or evaluated (zod runs jitless). A meta tag, so any static host serves it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'",
].join('; ');

/** Puts the policy first in the built page's head. Not in `vite` dev, whose hot reload injects styles and scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'shakeout-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Serves the scenario schemas and the shipped scenarios at scenarios/<name>.json beside the game, as in a checkout, so
 * a file's "$schema": "./schema.json" works in both, and editors can fetch the schema from the game's site. (`vite`
 * in development serves the checkout's own scenarios/ folder at the same address.)
 */
function scenarioFiles(): Plugin {
  return {
    name: 'shakeout-scenario-files',
    apply: 'build',
    generateBundle() {
      for (const name of readdirSync('scenarios').filter((f) => f.endsWith('.json') || f === 'README.md')) {
        this.emitFile({ type: 'asset', fileName: `scenarios/${name}`, source: readFileSync(`scenarios/${name}`, 'utf8') });
      }
    },
  };
}

/**
 * Keeps the game working offline after the first visit (workbox, through vite-plugin-pwa): a service worker precaches
 * every file of the build, relative to wherever the game is served, and answers page loads with index.html. It is
 * registered from a file of its own (registerSW.js), so the page's CSP needs no inline script.
 */
const offline = () => VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script',
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json,md}'],
    globIgnores: ['cli/**', 'single/**'],
    // Phaser's chunk is about 1.4 MB; the default limit (2 MiB) leaves little room.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // A class link carries ?class=…, a test link ?renderer=…: every page load is the game.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first visit's page is served by the worker as soon as it is ready, so it already works offline.
    clientsClaim: true,
    skipWaiting: true,
  },
});

const game: ViteUserConfig = {
  base: './',
  plugins: [contentSecurityPolicy(), scenarioFiles(), offline()],
  build: {
    target: 'es2022',
    // Phaser's SVG loader cannot read Vite's URL-encoded data: URLs, so SVGs stay files.
    assetsInlineLimit: (file: string) => (file.endsWith('.svg') ? false : undefined),
    // Phaser is one ~1.4 MB chunk and barely tree-shakes (STACK_NOTES.md).
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        // A language's catalogue, glossary and scenario translations come in one file, fetched when it is chosen.
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : /[/\\](zh-cn|glossary-zh-cn)\.ts$|\.zh-CN\.json/.test(id) ? 'lang-zh-CN' : undefined),
      },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        // Generous: the shared 2-core machines run property tests several times slower under load.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/serve-build.ts'],
          testTimeout: 120_000,
          // A page under load may take seconds to show what a poll waits for (the default is one second).
          expect: { poll: { timeout: 20_000 } },
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
};

/**
 * The art as base64 data: URLs, which Phaser decodes itself (it cannot load files from file://, and reads no
 * URL-encoded data: URL, which is how Vite inlines an SVG).
 */
function base64Art(): Plugin {
  return {
    name: 'shakeout-base64-art',
    enforce: 'pre',
    // The page's icon too (public/ is not copied beside a single file).
    transformIndexHtml: (html) => html.replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}"`),
    load(id) {
      const [file, query] = id.split('?');
      if (!file?.endsWith('.svg') || query !== 'url') return null;
      return `export default ${JSON.stringify(`data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`)};`;
    },
  };
}

/**
 * The single file's CSP: the same policy, with the inlined script and style allowed by their hashes (a page opened
 * from file:// has no 'self' to load them from), so nothing else inline can run.
 */
function inlineHashes(): Plugin {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return {
    name: 'shakeout-inline-hashes',
    apply: 'build',
    enforce: 'post',
    // After vite-plugin-singlefile has inlined them.
    generateBundle: { order: 'post', handler(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset' || typeof page.source !== 'string') throw new Error('The single-file build has no index.html.');
      const html = page.source;
      const bodies = (tag: string) => [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!).filter((b) => b.trim() !== '');
      const policy = CONTENT_SECURITY_POLICY
        .replace("script-src 'self'", `script-src 'self' ${bodies('script').map(sha).join(' ')}`)
        .replace("style-src 'self'", `style-src 'self' ${bodies('style').map(sha).join(' ')}`);
      const meta = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;
      if (!meta.test(html)) throw new Error('The single-file build has no CSP to add the hashes to.');
      page.source = html.replace(meta, `$1${policy}$2`);
    } },
  };
}

/** The game as one HTML file (scripts, styles, art, scenarios and guides inside) that opens from file://, e.g. a USB stick. */
const single: ViteUserConfig = {
  base: './',
  plugins: [contentSecurityPolicy(), base64Art(), viteSingleFile({ removeViteModuleLoader: true }), inlineHashes()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/single',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
};
