// `npm run scenario -- …` (and sim, balance, lessons, verify): runs dist/cli/<tool>.js, building the command-line
// tools first only when something they are built from (src/, the shipped scenarios, the build setup) is newer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'scenarios', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The newest modification time among `path` and everything under it (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const [tool, ...args] = process.argv.slice(2);
if (!tool) {
  console.error('Usage: node src/cli/launch.mjs <tool> [arguments…]');
  process.exit(2);
}
const built = join('dist', 'cli', `${tool}.js`);
const stale = !existsSync(built) || INPUTS.some((input) => newest(input) > statSync(built).mtimeMs);
if (stale) {
  const vite = join('node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'cli', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, [built, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
