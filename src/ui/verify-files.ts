// Checking the result files a class hands in, in the browser: each is replayed and verified, or refused with the reason.
import { checkHandedIn, type HandedIn, type VerdictLine } from '../classroom/handed-in';
import type { ShippedScenarios } from '../store/save-file';
import { t } from '../i18n';

export async function verifyFiles(files: readonly File[], shipped: ShippedScenarios): Promise<VerdictLine[]> {
  // A file the browser cannot read is refused in its place; every other file still gets its verdict.
  const read = await Promise.all(files.map((file) => file.text().then(
    (text): HandedIn => ({ name: file.name, text }),
    (error: unknown): HandedIn => ({ name: file.name, unreadable: t('verify.unreadable', { detail: String(error) }) }),
  )));
  return checkHandedIn(read, shipped);
}
