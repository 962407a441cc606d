// A class's handed-in files as one table a teacher reads: each file verified with the verifier `npm run verify` uses,
// the strategy its choices resemble, the class's places by score, and every reason to look twice at a file.
import { money, t, type MessageKey } from '../i18n';
import { loadSave, type ShippedScenarios } from '../store/save-file';
import { classSeed, decodeClassCode } from './class-code';
import type { HandedIn } from './handed-in';
import { checkLoadedResult, markCopies, type ResultVerdict, type VerifiedResult } from './result-check';
import { resemblance, type Resemblance } from './resemblance';
import { problemText, verdictText } from './verdict-text';

/** What the teacher expects of every file, when they say (both optional). */
export interface ClassExpectation {
  classCode?: string;
  seed?: string;
}

/** Who handed the file in and for which class, and the game's length when it was a classroom cut, when the file says. */
export interface HandInDetails {
  student?: string;
  classCode?: string;
  /** Quarters of a classroom cut (a game shorter than its scenario); absent for the whole scenario. */
  quarters?: number;
}

export type FlagKind = 'unverified' | 'wrongClass' | 'wrongSeed' | 'otherScenario' | 'custom' | 'copy' | 'autopilot' | 'autopilotForbidden' | 'unfinished';

export interface Flag {
  kind: FlagKind;
  /** The reason, as a sentence the teacher reads. */
  reason: string;
}

/** One file after its replay, before the class is compared. */
export interface CheckedFile extends HandInDetails {
  file: string;
  verdict: ResultVerdict | { ok: false; file: string; unreadable: string };
  resemblance?: Resemblance;
}

export interface ClassEntry extends CheckedFile {
  /** The student's name, or the file's name without .json when the file carries none. */
  name: string;
  /** The verified result, when there is one. */
  result?: VerifiedResult;
  /** The verdict as a sentence (as `npm run verify` prints it). */
  verdictText: string;
  /** Share of the quarters played that a strategy played on autopilot (0 to 1). */
  autopilotShare: number;
  /** Place in the class by score among verified files of the class's game and world (equal scores share a place). */
  place?: number;
  flags: Flag[];
}

/** Class codes are compared as a student might type them: any case, spaces and dashes ignored. */
export const sameCode = (a: string, b: string): boolean => a.replace(/[\s-]/g, '').toUpperCase() === b.replace(/[\s-]/g, '').toUpperCase();

/**
 * The hand-in a result file carries (`handIn: { student, classCode }` and, for a classroom cut, `quarters`), read as
 * text only. Read from any file, verified or not, so a refused file still shows whose it claims to be.
 */
export function handInDetails(text: string): HandInDetails {
  try {
    const raw = JSON.parse(text) as unknown;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const record = raw as Record<string, unknown>;
    const handIn = record['handIn'] !== null && typeof record['handIn'] === 'object' ? record['handIn'] as Record<string, unknown> : {};
    const short = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 80) : undefined);
    const student = short(handIn['student']);
    const classCode = short(handIn['classCode']);
    const quarters = record['quarters'];
    return { ...(student ? { student } : {}), ...(classCode ? { classCode } : {}), ...(typeof quarters === 'number' && Number.isInteger(quarters) ? { quarters } : {}) };
  } catch {
    return {};
  }
}

/** Reads, replays and verifies one handed-in file, and finds which strategy its choices resemble. Never throws. */
export function checkHandedInFile(file: HandedIn, shipped: ShippedScenarios): CheckedFile {
  if (!('text' in file)) return { file: file.name, verdict: { ok: false, file: file.name, unreadable: file.unreadable } };
  const details = handInDetails(file.text);
  const loaded = loadSave(file.text, shipped);
  const verdict = checkLoadedResult(file.name, loaded, shipped);
  if (!verdict.ok || !loaded.ok) return { file: file.name, ...details, verdict };
  try {
    const found = resemblance(loaded.scenario, loaded.save.seed, loaded.save.seats, loaded.save.actionLog, verdict.lab.id, loaded.save.quarters);
    return { file: file.name, ...details, verdict, resemblance: found };
  } catch {
    return { file: file.name, ...details, verdict };
  }
}

/** The class compared: copies named, places by score, and the flags on every file. */
export function classResults(files: readonly CheckedFile[], expected: ClassExpectation = {}): ClassEntry[] {
  // Copies are named within this class only, on fresh verdicts, so the files passed in stay as they were.
  const checked: CheckedFile[] = files.map((f) => ({ ...f, verdict: f.verdict.ok ? { ...f.verdict, copies: [] as string[] } : f.verdict }));
  markCopies(checked.flatMap((f) => (f.verdict.ok ? [f.verdict] : [])));
  // The class's game: the scenario and length most verified files played; only its scores are comparable.
  const gameOf = (f: CheckedFile) => (f.verdict.ok ? `${f.verdict.scenario.hash}/${f.quarters ?? 'whole'}` : '');
  const classGame = commonest(checked.filter((f) => f.verdict.ok).map(gameOf));
  const entries = checked.map((f): ClassEntry => {
    const result = f.verdict.ok ? f.verdict : undefined;
    const played = (f.resemblance?.personQuarters ?? 0) + (f.resemblance?.autopilotQuarters ?? 0);
    const autopilotShare = played === 0 ? 0 : (f.resemblance?.autopilotQuarters ?? 0) / played;
    return {
      ...f,
      name: f.student ?? f.file.replace(/\.json$/i, ''),
      ...(result ? { result } : {}),
      verdictText: 'unreadable' in f.verdict ? t('verify.bad', { reason: f.verdict.unreadable }) : verdictText(f.verdict),
      autopilotShare,
      flags: flagsOf(f, result, autopilotShare, classGame !== undefined && gameOf(f) !== classGame, expected),
    };
  });
  // Only files of the class's game and world are placed: another scenario, length, seed or class is not comparable.
  const apart: FlagKind[] = ['otherScenario', 'wrongSeed', 'wrongClass'];
  const ranked = entries.filter((e) => e.result && gameOf(e) === classGame && !e.flags.some((f) => apart.includes(f.kind))).sort((a, b) => b.result!.score - a.result!.score);
  ranked.forEach((entry, index) => {
    const before = ranked[index - 1];
    entry.place = before && before.result!.score === entry.result!.score ? before.place! : index + 1;
  });
  return entries;
}

function flagsOf(f: CheckedFile, result: VerifiedResult | undefined, autopilotShare: number, otherGame: boolean, expected: ClassExpectation): Flag[] {
  const flag = (kind: FlagKind, key: MessageKey, params: Record<string, string | number> = {}): Flag => ({ kind, reason: t(key, params) });
  const flags: Flag[] = [];
  if (!result) {
    const reason = 'unreadable' in f.verdict ? f.verdict.unreadable : f.verdict.ok ? '' : problemText(f.verdict);
    return [flag('unverified', 'classResults.flag.unverified', { reason })];
  }
  if (expected.classCode) {
    if (!f.classCode) flags.push(flag('wrongClass', 'classResults.flag.noClass', { code: expected.classCode }));
    else if (!sameCode(f.classCode, expected.classCode)) flags.push(flag('wrongClass', 'classResults.flag.wrongClass', { found: f.classCode, code: expected.classCode }));
  }
  // A class code fixes the world: the seed the teacher typed, else the one their code or the file's own code gives.
  const seed = expected.seed ?? seedOfCode(expected.classCode) ?? seedOfCode(f.classCode);
  if (seed !== undefined && result.seed !== seed) flags.push(flag('wrongSeed', 'classResults.flag.wrongSeed', { found: result.seed, seed }));
  if (otherGame) flags.push(flag('otherScenario', 'classResults.flag.otherScenario', { title: result.scenario.title }));
  if (result.scenario.custom) {
    flags.push(result.scenario.posingAsShipped
      ? flag('custom', 'classResults.flag.customAsShipped', { id: result.scenario.id })
      : flag('custom', 'classResults.flag.custom', { title: result.scenario.title }));
  }
  if (result.copies.length > 0) flags.push(flag('copy', 'classResults.flag.copy', { files: result.copies.join(', ') }));
  if (autopilotShare > 0 && f.resemblance) {
    const played = f.resemblance.personQuarters + f.resemblance.autopilotQuarters;
    // The code says whether the class allowed it; a game that refuses it can still be made to take it (by hand).
    const code = f.classCode ? decodeClassCode(f.classCode) : undefined;
    flags.push(code?.ok && !code.setup.autopilot
      ? flag('autopilotForbidden', 'classResults.flag.autopilotForbidden', { quarters: f.resemblance.autopilotQuarters, played, code: code.code })
      : flag('autopilot', 'classResults.flag.autopilot', { quarters: f.resemblance.autopilotQuarters, played, share: Math.round(autopilotShare * 100) }));
  }
  if (!result.finished) flags.push(flag('unfinished', 'classResults.flag.unfinished', { score: money(result.score) }));
  return flags;
}

/** The seed a class code gives every student, when the text is a code this game reads. */
function seedOfCode(code: string | undefined): string | undefined {
  const decoded = code ? decodeClassCode(code) : undefined;
  return decoded?.ok ? classSeed(decoded.setup) : undefined;
}

/** The value most entries share (the first met on a tie): the scenario the class played. */
function commonest(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const v of values) if (best === undefined || counts.get(v)! > counts.get(best)!) best = v;
  return best;
}

/** Share of worlds (scores lowest first) in which the lab ended below `score`; a tie counts half, so the median world gives 50%. */
export function shareBelow(score: number, worlds: readonly number[]): number {
  if (worlds.length === 0) return 0;
  const below = worlds.filter((w) => w < score).length;
  const equal = worlds.filter((w) => w === score).length;
  return (below + equal / 2) / worlds.length;
}

/** The class in the order the leaderboard shows it: placed files by place, then other verified files, then the rest. */
export function leaderboardOrder(entries: readonly ClassEntry[]): ClassEntry[] {
  const group = (e: ClassEntry) => (e.place !== undefined ? 0 : e.result ? 1 : 2);
  return [...entries].sort((a, b) => group(a) - group(b) || (a.place ?? 0) - (b.place ?? 0) || (b.result?.score ?? 0) - (a.result?.score ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
