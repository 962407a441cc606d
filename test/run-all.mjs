// `npm test`: type check, lint, unit and browser tests, then one plain "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const results = join('test-results');
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const outcome = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return outcome.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
}

function vitest(project) {
  const report = join(results, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const ok = run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed += 1;
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A suite that fails to load has no failed tests but is still a failure.
  if (!ok && summary.numFailedTests === 0) failed += 1;
}

check('type check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
vitest('unit');
vitest('e2e');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
