// The class's results as CSV a spreadsheet opens as is: a header row, every field quoted, CRLF line ends, and a UTF-8
// byte-order mark so Excel reads names in any script correctly.
import { t, type MessageKey } from '../i18n';
import { shareBelow, type ClassEntry } from './class-results';

const BOM = '\uFEFF';

/** One field, quoted; a leading = + - @ is defused so a spreadsheet shows it as text rather than running it as a formula. */
export function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const COLUMNS = ['place', 'student', 'file', 'classCode', 'scenario', 'seed', 'lab', 'score', 'rank', 'labs', 'survived', 'finished', 'resembles', 'resemblesShare', 'autopilot', 'quarters', 'verified', 'flags'] as const;

/** The columns of one student's row, in the order of the header. Scores are whole dollars, so a spreadsheet can sort them. */
function row(entry: ClassEntry): (string | number)[] {
  const r = entry.result;
  const yesNo = (value: boolean) => t(value ? 'classResults.yes' : 'classResults.no');
  const closest = entry.resemblance?.closest;
  const share = closest ? entry.resemblance!.shares.find((s) => s.strategy === closest)!.share : undefined;
  const quarters = entry.resemblance ? entry.resemblance.personQuarters + entry.resemblance.autopilotQuarters : '';
  return [
    entry.place ?? '',
    entry.name,
    entry.file,
    entry.classCode ?? '',
    r ? r.scenario.title : '',
    r ? r.seed : '',
    r ? r.lab.name : '',
    r ? Math.round(r.score) : '',
    r ? r.rank : '',
    r ? r.labCount : '',
    r ? yesNo(r.standing) : '',
    r ? yesNo(r.finished) : '',
    closest ?? '',
    share === undefined ? '' : Math.round(share * 100),
    entry.resemblance ? entry.resemblance.autopilotQuarters : '',
    quarters,
    yesNo(r !== undefined),
    entry.flags.map((f) => f.reason).join(' '),
  ];
}

/**
 * The whole class as the text of a .csv file, in the order the entries are given; with `worlds` (the player's lab's
 * scores in many worlds, lowest first), a last column says what share of those worlds each student beat.
 */
export function classCsv(entries: readonly ClassEntry[], worlds?: readonly number[]): string {
  const columns = worlds ? [...COLUMNS, 'worldsPercentile' as const] : COLUMNS;
  const header = columns.map((c) => t(`classResults.col.${c}` as MessageKey));
  const rows = entries.map((entry) => {
    const fields = row(entry);
    if (!worlds) return fields;
    return [...fields, entry.result && entry.place !== undefined ? Math.round(shareBelow(entry.result.score, worlds) * 100) : ''];
  });
  return BOM + [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
