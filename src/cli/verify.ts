// npm run verify -- <result file>...: replays each saved game and says verified, or exactly why not.
import { existsSync, readFileSync } from 'node:fs';
import { t, type MessageKey } from '../i18n';
import { loadShippedScenario } from '../scenario/shipped';
import { loadSave } from '../store/save-file';
import { standings, calendarOf } from '../engine';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

let failures = 0;
const files = process.argv.slice(2);
if (files.length === 0) {
  console.log('Usage: npm run verify -- <saved game or result file>...');
  process.exit(2);
}
for (const file of files) {
  if (!existsSync(file)) {
    console.log(`${file}: not verified: there is no such file.`);
    failures += 1;
    continue;
  }
  const loaded = loadSave(readFileSync(file, 'utf8'), shipped);
  if (!loaded.ok) {
    console.log(`${file}: not verified: ${t(`save.problem.${loaded.reason}` as MessageKey, { detail: loaded.detail ?? '' })}`);
    failures += 1;
    continue;
  }
  const { state, save } = loaded;
  // The lab a person began with (it may have ended on autopilot), else the scenario's player lab.
  const player = state.labs.find((l) => save.seats[l.id]?.kind === 'human') ?? state.labs.find((l) => l.id === state.scenario.playerLab);
  const row = standings(state).find((r) => r.lab === player?.id);
  const date = calendarOf(state.scenario.start, Math.max(0, state.quarter - 1));
  console.log(`${file}: verified — ${state.scenario.title}, seed ${save.seed}, ${state.over ? 'finished' : `in progress (last quarter played Q${date.quarter} ${date.year})`}; `
    + `${player?.name ?? '?'}: ${player?.alive ? 'standing' : 'out'}, score $${((row?.score ?? 0) / 1e6).toFixed(1)}M, rank ${row?.rank ?? '?'} of ${state.labs.length}.`);
}
process.exit(failures > 0 ? 1 : 0);
