// npm run verify -- <result file>...: replays each saved game and says verified, or exactly why not.
import { readFileSync } from 'node:fs';
import { checkHandedIn, type HandedIn } from '../classroom/handed-in';
import { verdictLine } from '../classroom/verdict-text';
import { t } from '../i18n';
import { loadShippedScenario } from '../scenario/shipped';

const shipped = (id: string) => {
  const result = loadShippedScenario(id);
  return result?.ok ? result.scenario : undefined;
};

function read(path: string): HandedIn {
  try {
    return { name: path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? t('verify.noFile') : code === 'EISDIR' ? t('verify.folder') : t('verify.unreadable', { detail: code ?? String(error) });
    return { name: path, unreadable: reason };
  }
}

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.log(t('verify.usage'));
  process.exitCode = 2;
} else {
  // In the order given: a file that could not be read is refused where it stands.
  const lines = checkHandedIn(paths.map(read), shipped);
  for (const line of lines) console.log(verdictLine(line.file, line.verdict));
  // exitCode, not process.exit: a piped stdout is written out before Node ends.
  process.exitCode = lines.some((line) => !line.ok) ? 1 : 0;
}
