import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import variant from '@jitl/quickjs-ng-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import * as act from '../../src/engine/actions';
import { loadScenario } from '../../src/scenario/load';

/** Bundles the engine and the entry above into one script that defines a global ShakeoutCheck. */
async function bundleEngine(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    // Libraries read process.env.NODE_ENV; neither QuickJS nor a bare context has process.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      lib: { entry: 'test/cross-engine/play-game.ts', name: 'ShakeoutCheck', formats: ['iife'], fileName: () => 'check.js' },
    },
  });
  const bundles = Array.isArray(output) ? output : [output];
  for (const bundle of bundles) {
    if ('output' in bundle) {
      const chunk = bundle.output.find((o) => o.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('the engine bundle was not built');
}

const loaded = loadScenario(readFileSync('scenarios/tutorial.json', 'utf8'), 'tutorial.json');
if (!loaded.ok) throw new Error('tutorial does not load');
const plan = [
  [act.buyChips('lantern', 'h100', 400), act.research('lantern', 'moe'), act.setSplit('lantern', { training: 50, inference: 40, research: 10 })],
  [act.startRun('lantern', { name: 'Cross', totalParams: 120e9, activeParams: 120e9, tokens: 3e12, open: true })],
  [act.launchProduct('lantern', 'consumer'), act.raiseRound('lantern', 40e6)],
  [act.buildVertical('lantern', 'finance'), act.launchProduct('lantern', 'cloud')],
];

describe('cross-engine determinism', () => {
  it('a full game hashes the same, quarter by quarter, in QuickJS and in Node', async () => {
    const code = await bundleEngine();
    const args = [JSON.stringify(loaded.scenario), 'cross-engine', JSON.stringify(plan)] as const;

    // Node (V8): run the very same bundle in a fresh context, as QuickJS does below.
    const sandbox: Record<string, unknown> = {};
    runInNewContext(`${code}\nglobalThis.ShakeoutCheck = ShakeoutCheck;`, sandbox);
    const inNode = (sandbox['ShakeoutCheck'] as { playGame: (...a: string[]) => string }).playGame(...args);

    const quickjs = await newQuickJSWASMModuleFromVariant(variant);
    const vm = quickjs.newContext();
    try {
      vm.unwrapResult(vm.evalCode(`${code}\nglobalThis.ShakeoutCheck = ShakeoutCheck;`)).dispose();
      const call = `ShakeoutCheck.playGame(${args.map((a) => JSON.stringify(a)).join(', ')})`;
      const handle = vm.unwrapResult(vm.evalCode(call));
      const inQuickJs = vm.getString(handle);
      handle.dispose();
      const hashes = JSON.parse(inQuickJs) as string[];
      expect(hashes).toHaveLength(loaded.scenario.quarters);
      expect(inQuickJs).toBe(inNode);
    } finally {
      vm.dispose();
    }
  }, 120_000);
});
