import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

// `vite build --mode cli` builds the Node command-line tools in src/cli into dist/cli; every other mode is the game.
export default defineConfig(({ mode }) => (mode === 'cli' ? cli : game));

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

const game: ViteUserConfig = {
  base: './',
  plugins: [contentSecurityPolicy(), scenarioFiles()],
  build: {
    target: 'es2022',
    // Phaser's SVG loader cannot read Vite's URL-encoded data: URLs, so SVGs stay files.
    assetsInlineLimit: (file: string) => (file.endsWith('.svg') ? false : undefined),
    // Phaser is one ~1.4 MB chunk and barely tree-shakes (STACK_NOTES.md).
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
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
