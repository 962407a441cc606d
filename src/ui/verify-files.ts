// Checking the result files a class hands in, in the browser: each is replayed and verified, or refused with the reason.
import { checkResultFiles, type ResultFile } from '../classroom/result-check';
import { refusalText, verdictText } from '../classroom/verdict-text';
import type { ShippedScenarios } from '../store/save-file';
import { t } from '../i18n';

export interface VerdictLine {
  file: string;
  ok: boolean;
  /** Verified, but worth a second look: a custom scenario, or the same game as another file handed in. */
  caution: boolean;
  verdict: string;
}

export async function verifyFiles(files: readonly File[], shipped: ShippedScenarios): Promise<VerdictLine[]> {
  // A file the browser cannot read is refused in its place; every other file still gets its verdict.
  const read = await Promise.all(files.map((file) => file.text().then(
    (text): ResultFile => ({ name: file.name, text }),
    (error: unknown) => String(error),
  )));
  const verdicts = checkResultFiles(read.filter((r): r is ResultFile => typeof r !== 'string'), shipped);
  let next = 0;
  return read.map((entry, i) => {
    const file = files[i]!.name;
    if (typeof entry === 'string') return { file, ok: false, caution: false, verdict: refusalText(t('verify.unreadable', { detail: entry })) };
    const verdict = verdicts[next++]!;
    return { file, ok: verdict.ok, caution: verdict.ok && (verdict.scenario.custom || verdict.copies.length > 0), verdict: verdictText(verdict) };
  });
}
