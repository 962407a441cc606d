// A class's handed-in files as lines a teacher reads: each file checked on its own, so one that cannot be read or
// described never costs the others their verdicts. The game's Check result files and `npm run verify` both use it.
import type { ShippedScenarios } from '../store/save-file';
import { t } from '../i18n';
import { checkResultFiles, type ResultFile } from './result-check';
import { refusalText, verdictText } from './verdict-text';

/** A file as handed in: its text, or why it could not be read (already a sentence). */
export type HandedIn = ResultFile | { name: string; unreadable: string };

export interface VerdictLine {
  file: string;
  ok: boolean;
  /** Verified, but worth a second look: a custom scenario, or the same game as another file handed in. */
  caution: boolean;
  verdict: string;
}

export function checkHandedIn(files: readonly HandedIn[], shipped: ShippedScenarios): VerdictLine[] {
  const readable = files.filter((file): file is ResultFile => 'text' in file);
  const verdicts = checkResultFiles(readable, shipped);
  let next = 0;
  return files.map((file) => {
    if (!('text' in file)) return { file: file.name, ok: false, caution: false, verdict: refusalText(file.unreadable) };
    const verdict = verdicts[next++]!;
    try {
      return { file: file.name, ok: verdict.ok, caution: verdict.ok && (verdict.scenario.custom || verdict.copies.length > 0), verdict: verdictText(verdict) };
    } catch {
      return { file: file.name, ok: false, caution: false, verdict: refusalText(t('verify.notDescribed')) };
    }
  });
}
