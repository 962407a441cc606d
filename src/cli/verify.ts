// npm run verify -- <result file>...: replays each saved game and says verified, or exactly why not.
import { readFileSync } from 'node:fs';
import { checkResultFiles, type ResultFile } from '../classroom/result-check';
import { refusalText, verdictLine, verdictText } from '../classroom/verdict-text';
import { t } from '../i18n';
import { loadShippedScenario } from '../scenario/shipped';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

function read(path: string): ResultFile | string {
  try {
    return { name: path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? t('verify.noFile') : code === 'EISDIR' ? t('verify.folder') : t('verify.unreadable', { detail: code ?? String(error) });
    return verdictLine(path, refusalText(reason));
  }
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.log(t('verify.usage'));
  process.exitCode = 2;
} else {
  const files = paths.map(read);
  const verdicts = checkResultFiles(files.filter((r): r is ResultFile => typeof r !== 'string'), shipped);
  let next = 0;
  // In the order given: a file that could not be read is refused where it stands.
  for (const entry of files) console.log(typeof entry === 'string' ? entry : verdictLine(entry.name, verdictText(verdicts[next++]!)));
  const refused = files.filter((r) => typeof r === 'string').length + verdicts.filter((v) => !v.ok).length;
  // exitCode, not process.exit: a piped stdout is written out before Node ends.
  process.exitCode = refused > 0 ? 1 : 0;
}
