// Checking the result files a class hands in, in the browser: each is replayed and verified, or refused with the reason.
import { standings, type Scenario } from '../engine';
import { money, t, type MessageKey } from '../i18n';
import { loadSave } from '../store/save-file';

export async function verifyFiles(files: readonly File[], shipped: (id: string) => Scenario | undefined): Promise<{ ok: boolean; text: string }[]> {
  const lines: { ok: boolean; text: string }[] = [];
  for (const file of files) {
    const loaded = loadSave(await file.text(), shipped);
    if (!loaded.ok) {
      lines.push({ ok: false, text: t('verify.bad', { file: file.name, reason: t(`save.problem.${loaded.reason}` as MessageKey, { detail: loaded.detail ?? '' }) }) });
      continue;
    }
    const { state, save } = loaded;
    // The lab a person began with (it may have ended on autopilot), else the scenario's player lab.
    const player = state.labs.find((l) => save.seats[l.id]?.kind === 'human') ?? state.labs.find((l) => l.id === state.scenario.playerLab) ?? state.labs[0]!;
    const score = standings(state).find((row) => row.lab === player.id)?.score ?? 0;
    lines.push({ ok: true, text: t('verify.ok', {
      file: file.name,
      title: state.scenario.title,
      seed: save.seed,
      status: state.over ? t('verify.finished') : t('verify.inProgress'),
      lab: player.name,
      standing: player.alive ? t('verify.standing') : t('verify.out'),
      score: money(score),
    }) });
  }
  return lines;
}
