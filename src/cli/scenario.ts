// npm run scenario -- check <file>...   print every problem as file:line:column path severity: sentence
// npm run scenario -- check --watch <file>...   the same, again each time a scenario file in their folders changes
// npm run scenario -- check --lang zh-CN <file>...   the sentences in Simplified Chinese
// npm run scenario -- sources <file>... list every number written without a source note where one may go
// npm run scenario -- schema            regenerate scenarios/schema.json, schema-extends.json, schema-translation.json and the README's field reference
// A translation file (name.zh-CN.json) is checked against the scenario beside it; checking a scenario checks its translations too.
import { existsSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadCatalogue, setLanguage, supportedLanguage } from '../i18n';
import { bareFigures } from '../scenario/bare-figures';
import { extendingJsonSchema, scenarioJsonSchema } from '../scenario/json-schema';
import { loadScenario } from '../scenario/load';
import { withReference } from '../scenario/reference';
import { formatProblem, type Problem } from '../scenario/problems';
import { TRANSLATION_FILE, translationJsonSchema, translationProblems } from '../scenario/translation';
import { nodeLoadOptions, readScenarioText } from './scenario-files';

/** Prints a file's problems and its count line; gives its number of errors. */
function report(file: string, problems: readonly Problem[], ready: string): number {
  for (const problem of problems) console.log(formatProblem(problem));
  const count = problems.filter((p) => p.severity === 'error').length;
  console.log(`${file}: ${count} error(s), ${problems.length - count} warning(s)${count === 0 ? ready : ''}`);
  return count;
}

/** A translation file (china-2025.zh-CN.json) checked against the scenario beside it (china-2025.json). */
function checkTranslationFile(file: string): number {
  const base = join(dirname(file), `${TRANSLATION_FILE.exec(basename(file))![1]}.json`);
  const read = readScenarioText(file);
  const scenario = readScenarioText(base);
  if ('problem' in read) return report(file, [{ file, path: '', severity: 'error', message: read.problem }], '');
  if ('problem' in scenario) return report(file, [{ file, path: '', severity: 'error', message: `The scenario it translates, ${base}: ${scenario.problem}` }], '');
  return report(file, translationProblems(read.text, file, scenario.text, base, nodeLoadOptions.lookup), ' — ready to show');
}

/** Translation files beside a scenario file that the command line did not name itself. */
function translationsBeside(file: string, named: readonly string[]): string[] {
  const folder = dirname(file);
  const stem = basename(file).replace(/\.json$/, '');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => TRANSLATION_FILE.exec(name)?.[1] === stem).map((name) => join(folder, name))
    .filter((path) => !named.some((n) => join(n) === path)).sort();
}

function check(files: string[]): number {
  let errors = 0;
  for (const file of files) {
    if (TRANSLATION_FILE.test(basename(file))) {
      errors += checkTranslationFile(file);
      continue;
    }
    const read = readScenarioText(file);
    if ('problem' in read) {
      console.log(`${file}: error: ${read.problem}`);
      errors += 1;
      continue;
    }
    const result = loadScenario(read.text, file, nodeLoadOptions);
    const problems = result.ok ? result.warnings : result.problems;
    for (const problem of problems) console.log(formatProblem(problem));
    const count = problems.filter((p) => p.severity === 'error').length;
    errors += count;
    console.log(`${file}: ${count} error(s), ${problems.length - count} warning(s)${result.ok ? ' — ready to play' : ''}`);
    for (const translation of translationsBeside(file, files)) errors += checkTranslationFile(translation);
  }
  return errors > 0 ? 1 : 0;
}

/** Checks now, then again whenever a .json file changes in the folder of any file named (where siblings it extends live). */
function watchAndCheck(files: string[]): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const again = () => {
    console.log(`\n— ${new Date().toLocaleTimeString('en-GB')} —`);
    check(files);
    console.log('Watching for changes (Ctrl+C to stop).');
  };
  for (const folder of new Set(files.map((file) => dirname(file)))) {
    if (!existsSync(folder)) continue;
    watch(folder, (_event, name) => {
      if (name && !String(name).endsWith('.json')) return;
      // Editors save in several steps: check once they are done.
      clearTimeout(timer);
      timer = setTimeout(again, 150);
    });
  }
  again();
}

function sources(files: string[]): number {
  let missing = 0;
  for (const file of files) {
    if (!existsSync(file)) {
      console.log(`${file}: error: There is no such file.`);
      missing += 1;
      continue;
    }
    const bare = bareFigures(readFileSync(file, 'utf8'), file);
    for (const figure of bare) {
      const where = figure.at ? `${file}:${figure.at.line}:${figure.at.column}` : file;
      console.log(`${where}: ${figure.path} = ${figure.value} has no source note.`);
    }
    console.log(`${file}: ${bare.length} number(s) without a source note`);
  }
  return missing > 0 ? 1 : 0;
}

function schema(): number {
  writeFileSync('scenarios/schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  writeFileSync('scenarios/schema-extends.json', `${JSON.stringify(extendingJsonSchema(), null, 2)}\n`);
  writeFileSync('scenarios/schema-translation.json', `${JSON.stringify(translationJsonSchema(), null, 2)}\n`);
  const guide = existsSync('scenarios/README.md') ? readFileSync('scenarios/README.md', 'utf8') : '# Writing scenarios\n';
  writeFileSync('scenarios/README.md', withReference(guide));
  console.log('Wrote scenarios/schema.json, schema-extends.json, schema-translation.json and the field reference in scenarios/README.md');
  return 0;
}

// --lang zh-CN anywhere: the problems' sentences in that language (the line format and counts stay as they are).
const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const language = langAt >= 0 ? supportedLanguage(args[langAt + 1]) : 'en';
if (langAt >= 0) args.splice(langAt, 2);
if (language) {
  await loadCatalogue(language);
  setLanguage(language);
}
// exitCode, not process.exit: output piped to another program is written out in full before Node ends.
const [command, ...rest] = language ? args : [];
if (command === 'check' && rest[0] === '--watch' && rest.length > 1) watchAndCheck(rest.slice(1));
else if (command === 'check' && rest.length > 0) process.exitCode = check(rest);
else if (command === 'sources' && rest.length > 0) process.exitCode = sources(rest);
else if (command === 'schema') process.exitCode = schema();
else {
  console.log('Usage: npm run scenario -- check [--watch] [--lang zh-CN] <file>...   |   npm run scenario -- sources <file>...   |   npm run scenario -- schema');
  process.exitCode = 2;
}
