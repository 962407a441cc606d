import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { scenarioHash, saveText } from '../../src/store/save-file';
import { forgedFortune, forgedRichChina, forgedRivalMoves, forgedSeats, playedSave } from '../classroom/result-files';
import { shippedScenario } from '../helpers';

const out = mkdtempSync(join(tmpdir(), 'shakeout-sim-'));

beforeAll(async () => {
  // Build the command-line tools exactly as `npm run sim` does.
  await build({ mode: 'cli', logLevel: 'silent' });
}, 120_000);

function run(command: string, args: string[]): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync('node', [`dist/cli/${command}.js`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, out: failed.stdout };
  }
}

function sim(args: string[]): string {
  return execFileSync('node', ['dist/cli/sim.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('npm run sim', () => {
  it('gives identical runs whatever the number of workers, and writes JSON and CSV', () => {
    sim(['tutorial', '--seeds', '24', '--workers', '1', '--json', join(out, 'one.json')]);
    sim(['tutorial', '--seeds', '24', '--workers', '3', '--json', join(out, 'three.json'), '--csv', join(out, 'three.csv')]);
    const one = JSON.parse(readFileSync(join(out, 'one.json'), 'utf8'));
    const three = JSON.parse(readFileSync(join(out, 'three.json'), 'utf8'));
    expect(three.runs).toEqual(one.runs);
    expect(three.runs).toHaveLength(24);
    expect(Object.keys(three)).toEqual(['scenario', 'scenarioHash', 'engineVersion', 'runs', 'summary']);
    expect(Object.keys(three.runs[0].labs[0]).sort()).toEqual(['capability', 'cash', 'estimate', 'greyPremiumPaid', 'id', 'modelMaker', 'multiple', 'region', 'score', 'strategy', 'survived', 'trainingFlop', 'valuation'].sort());
    const csv = readFileSync(join(out, 'three.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('seed,lab,region,strategy,survived,modelMaker,score,multiple,valuation,estimate,capability,cash');
    expect(csv).toHaveLength(1 + 24 * 2);
  }, 120_000);

  it('puts a lab on another strategy with --seat, and replays one seed with --seed', () => {
    sim(['tutorial', '--seed', '7', '--seat', 'lantern=frontier', '--json', join(out, 'seat.json')]);
    const run = JSON.parse(readFileSync(join(out, 'seat.json'), 'utf8')).runs[0];
    expect(run.seed).toBe('7');
    expect(run.labs.find((l: { id: string }) => l.id === 'lantern').strategy).toBe('frontier');
  }, 60_000);

  it('prints a summary by strategy and region with seeds to replay', () => {
    const text = sim(['tutorial', '--seeds', '6', '--workers', '2']);
    expect(text).toContain('6 games');
    expect(text).toMatch(/frontier\s+6/);
    expect(text).toMatch(/replay: best run seed \d+, worst run seed \d+/);
  }, 60_000);

  it('with --authors, adds the author report from games played on the workers, and --help explains it', () => {
    const text = sim(['public/examples/guide/earlier-choice.json', '--seeds', '4', '--workers', '2', '--authors']);
    expect(text).toContain('Author report over 4 games');
    expect(text).toContain('  cloud-partner: 100% of games, quarter 2 (2..2); hit lantern');
    expect(text).toMatch(/choices taken: decline \d+, accept \d+/);
    expect(text).toMatch(/\n {2}meridian \(frontier\): h100 \d+; rent \$/);
    expect(sim(['--help'])).toContain('--authors   also report');
  }, 60_000);
});

describe('npm run verify', () => {
  it('says verified for an honest save and exactly why not for a tampered or an old engine\'s one, exiting 1', () => {
    const honest = join(out, 'honest.json');
    writeFileSync(honest, saveText(playedSave(shippedScenario('tutorial'), 'fixture', 3)));
    const tampered = join(out, 'tampered.json');
    writeFileSync(tampered, readFileSync(honest, 'utf8').replace('"endQuarter"', '"endQuarter","x":1'));
    const good = run('verify', [honest]);
    expect(good.status).toBe(0);
    expect(good.out).toMatch(/honest\.json: verified — First steps \(scenario hash [0-9a-f]{10}\), seed fixture/);
    // The committed fixture was written by engine 0.4.0: it still opens to play on, but this engine cannot verify it.
    const old = 'test/fixtures/saves/format-1.json';
    const bad = run('verify', [honest, tampered, old, join(out, 'missing.json'), 'scenarios']);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('tampered.json: not verified — It has been changed since it was saved');
    expect(bad.out).toContain('format-1.json: not verified — It was saved by engine version 0.4.0');
    expect(bad.out).toContain('missing.json: not verified — There is no such file.');
    expect(bad.out).toContain('scenarios: not verified — It is a folder, not a file.');
  });

  it('shows a forged china-2025 with 100 times the cash as a custom scenario, and flags two files of one game as copies', () => {
    const china = shippedScenario('china-2025');
    const honestText = saveText(playedSave(china, 'cli', 2));
    writeFileSync(join(out, 'ana.json'), honestText);
    writeFileSync(join(out, 'bo.json'), honestText);
    writeFileSync(join(out, 'forged.json'), forgedRichChina(china, 'cli', 2));
    const result = run('verify', ['ana.json', 'bo.json', 'forged.json'].map((name) => join(out, name)));
    expect(result.status).toBe(0);
    const [ana, bo, forged] = result.out.trim().split('\n');
    expect(ana).toContain(`ana.json: verified — ${china.title} (scenario hash ${scenarioHash(china).slice(0, 10)}), seed cli,`);
    expect(ana).toContain(`bo.json: a copy.`);
    expect(bo).toContain(`ana.json: a copy.`);
    expect(forged).toContain(`forged.json: verified — custom scenario "${china.title}", not the shipped china-2025`);
  }, 60_000);
});

describe('npm run verify on forged results that replay cleanly', () => {
  it('refuses idle rivals, rivals played by people, moves on a rival\'s lab and a fortune of 1e300, each with its reason', () => {
    const china = shippedScenario('china-2025');
    const rival = china.labs.find((lab) => lab.id !== china.playerLab)!;
    const forged = {
      'idle.json': forgedSeats(china, 'cli', 1, { kind: 'bot', strategy: 'idle' }),
      'people.json': forgedSeats(china, 'cli', 1, { kind: 'human' }),
      'puppet.json': forgedRivalMoves(china, 'cli', 1),
      'fortune.json': forgedFortune(china, 'cli'),
    };
    for (const [name, text] of Object.entries(forged)) writeFileSync(join(out, name), text);
    const result = run('verify', Object.keys(forged).map((name) => join(out, name)));
    expect(result.status).toBe(1);
    const [idle, people, puppet, fortune] = result.out.trim().split('\n');
    expect(idle).toContain(`idle.json: not verified — The labs are not seated as the scenario seats them: ${rival.id} is played by the idle strategy, where the scenario has the ${rival.strategy} strategy.`);
    expect(people).toContain(`people.json: not verified — The labs are not seated as the scenario seats them: ${rival.id} is played by a person`);
    expect(puppet).toMatch(/puppet\.json: not verified — Its move \d+ is one the game refuses: [a-z0-9-]+ is played by its strategy from the start; only a person's lab takes orders/);
    expect(fortune).toMatch(/fortune\.json: not verified — The scenario it carries is not a valid scenario \(labs\[\d+\]\.cash: This must be at most 10000000000000\.\)\./);
  }, 60_000);
});

describe('npm run scenario', () => {
  it('check prints each problem as file:line:column and exits 1 on an error, 0 when clean', () => {
    const bad = run('scenario', ['check', 'test/fixtures/bad-scenarios/unknown-region.json']);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('test/fixtures/bad-scenarios/unknown-region.json:4:24: labs[0].region error: There is no region "uss". Did you mean "us"?');
    const good = run('scenario', ['check', 'scenarios/tutorial.json', 'public/examples/china-2025-stricter.json']);
    expect(good.status).toBe(0);
    expect(good.out).toContain('scenarios/tutorial.json: 0 error(s), 0 warning(s) — ready to play');
  });

  it('check --lang zh-CN words each problem in Chinese, at the same place and in the same line format', () => {
    const bad = run('scenario', ['check', '--lang', 'zh-CN', 'test/fixtures/bad-scenarios/unknown-region.json']);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('test/fixtures/bad-scenarios/unknown-region.json:4:24: labs[0].region error: 没有地区“uss”。是不是想写“us”？');
  });

  it('sources lists every bare figure with its line and counts them per file; a shipped scenario has none', () => {
    const listed = run('scenario', ['sources', 'test/fixtures/golden-scenario.json', 'scenarios/china-2025.json']);
    expect(listed.status).toBe(0);
    expect(listed.out).toContain('test/fixtures/golden-scenario.json:276:7: labs[0].researchers = 30 has no source note.');
    expect(listed.out).toContain('test/fixtures/golden-scenario.json: 71 number(s) without a source note');
    expect(listed.out).toContain('scenarios/china-2025.json: 0 number(s) without a source note');
  });

  it('says a folder is a folder, and a missing file is missing, without a stack trace', () => {
    writeFileSync(join(out, 'extends-folder.json'), JSON.stringify({ extends: './folder.json' }));
    mkdirSync(join(out, 'folder.json'), { recursive: true });
    const result = run('scenario', ['check', 'scenarios', join(out, 'nowhere.json'), join(out, 'extends-folder.json')]);
    expect(result.status).toBe(1);
    expect(result.out).toContain('scenarios: error: It is a folder, not a file.');
    expect(result.out).toContain('nowhere.json: error: There is no such file.');
    expect(result.out).toMatch(/extends-folder\.json:1:2: error: "\.\/folder\.json" names the file .*folder\.json: It is a folder, not a file\./);
    expect(result.out).not.toMatch(/EISDIR|\n\s+at /);
  });

  it('runs without building again when nothing it is built from changed', () => {
    const launch = () => execFileSync('node', ['src/cli/launch.mjs', 'scenario', 'check', 'scenarios/tutorial.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(launch()).toContain('ready to play');
    const built = statSync('dist/cli/scenario.js').mtimeMs;
    expect(launch()).toContain('scenarios/tutorial.json: 0 error(s), 0 warning(s) — ready to play');
    expect(statSync('dist/cli/scenario.js').mtimeMs).toBe(built);
  }, 120_000);

  it('check --watch checks again each time the file is saved, until stopped', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'shakeout-watch-'));
    const file = join(folder, 'mine.json');
    writeFileSync(file, readFileSync('test/fixtures/richer-lantern.json', 'utf8'));
    const child = spawn('node', ['dist/cli/scenario.js', 'check', '--watch', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => output, { timeout: 30_000 }).toContain('mine.json: 0 error(s), 0 warning(s) — ready to play');
      writeFileSync(file, '{ "extends": "tutorial", "id": "mine", "quarters": 0 }');
      await expect.poll(() => output, { timeout: 30_000 }).toContain('quarters error: This must be at least 1.');
      writeFileSync(file, readFileSync('test/fixtures/richer-lantern.json', 'utf8'));
      await expect.poll(() => output.split('quarters error').at(-1), { timeout: 30_000 }).toContain('ready to play');
    } finally {
      child.kill();
    }
  }, 120_000);
});
