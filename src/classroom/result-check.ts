// Checking a result file a student hands in: replay it, then say what game it is and how it went. Pure: the game's
// Check result files and `npm run verify` both call it, with their own way of reading files and finding shipped scenarios.
import { calendarOf, canonicalJson, gameLength, hashString, standings, type GameState, type LabId, type LogEntry, type Scenario, type Seat, type StrategyId } from '../engine';
import { loadSave, scenarioHash, type HandIn, type LoadedSave, type SaveProblem, type SaveRefusal, type ShippedScenarios } from '../store/save-file';

/** Larger than every company on Earth together: a figure beyond it did not come from an honest game. */
export const PLAUSIBLE_DOLLARS = 1e15;

export type QuarterDate = ReturnType<typeof calendarOf>;

/** A stretch of quarters in which a strategy decided for the person's lab. */
export interface AutopilotSpell {
  strategy: StrategyId;
  /** The first quarter the strategy played. */
  from: QuarterDate;
  /** The last quarter it played; absent when it still had the lab when the file was saved. */
  until?: QuarterDate;
}

export interface VerifiedResult {
  ok: true;
  file: string;
  scenario: {
    id: string;
    title: string;
    hash: string;
    /** Not byte for byte a shipped scenario: written by someone, or a shipped one changed (even if it kept the id). */
    custom: boolean;
    /** The id names a shipped scenario, but the file carries another one under it. */
    posingAsShipped: boolean;
  };
  seed: string;
  /** Quarters the game lasts: the scenario's, or fewer in a classroom cut. */
  quarters: number;
  /** A classroom cut: the game is shorter than its scenario. */
  cut: boolean;
  /** The student's name and class code of a hand-in; absent for a plain save. */
  handIn?: HandIn;
  /** The lab a person began with. */
  lab: { id: LabId; name: string };
  autopilot: AutopilotSpell[];
  finished: boolean;
  /** The last quarter played; absent before the first one ends. */
  lastPlayed?: QuarterDate;
  standing: boolean;
  score: number;
  rank: number;
  labCount: number;
  /** Hash of the seed, the scenario's hash and every move: the same game gives the same fingerprint. */
  fingerprint: string;
  /** Other files in the same batch with the same fingerprint. */
  copies: string[];
}

/** Why a file that replays is still not a result: labs seated other than the scenario seats them, or figures no game reaches. */
export type ResultProblem = SaveProblem | 'seats' | 'implausible';

export interface RefusedResult extends Omit<SaveRefusal, 'ok' | 'reason'> {
  ok: false;
  file: string;
  reason: ResultProblem;
  /** For seats: the first lab seated otherwise, who played it and who the scenario seats there. */
  seat?: { lab: LabId; found: Seat; expected: Seat };
  /** For implausible: the first figure out of bounds. */
  figure?: { lab: LabId; name: string; value: number };
}

export type ResultVerdict = VerifiedResult | RefusedResult;

export interface ResultFile {
  name: string;
  text: string;
}

/** Replays one result file and gives its verdict. Never throws. */
export function checkResultFile(file: ResultFile, shipped: ShippedScenarios): ResultVerdict {
  return checkLoadedResult(file.name, loadSave(file.text, shipped), shipped);
}

/** The verdict on a save already read and replayed by loadSave (the class results page keeps the replayed game). Never throws. */
export function checkLoadedResult(file: string, loaded: LoadedSave, shipped: ShippedScenarios): ResultVerdict {
  if (!loaded.ok) return { ...loaded, file };
  // Another engine's fingerprints cannot be checked by this one: the game plays on, but the result is not verified.
  if (loaded.olderEngine !== undefined) return { ok: false, file, reason: 'engineChanged', detail: loaded.olderEngine };
  try {
    return verdictOf(file, loaded, shipped);
  } catch {
    // A game that replayed but cannot be described is refused, so the other files of a batch still get their verdicts.
    return { ok: false, file, reason: 'badLog' };
  }
}

function verdictOf(file: string, { save, scenario, state }: Extract<LoadedSave, { ok: true }>, shipped: ShippedScenarios): ResultVerdict {
  const hash = scenarioHash(scenario);
  // A shipped id means the shipped file byte for byte; under either id the file names, anything else is custom.
  const custom = ![save.scenario.id, scenario.id].some((id) => {
    const original = shipped(id);
    return original !== undefined && scenarioHash(original) === hash;
  });
  // Only the scenario's seating is a result: rivals on their own strategies, a person at the player's lab.
  const seat = unseated(scenario, save.seats);
  if (seat) return { ok: false, file, reason: 'seats', seat };
  const figure = implausibleFigure(state);
  if (figure) return { ok: false, file, reason: 'implausible', figure };
  const lab = state.labs.find((l) => l.id === scenario.playerLab);
  if (!lab) return { ok: false, file, reason: 'badScenario' };
  const row = standings(state).find((r) => r.lab === lab.id);
  return {
    ok: true,
    file,
    scenario: { id: scenario.id, title: scenario.title, hash, custom, posingAsShipped: custom && shipped(scenario.id) !== undefined },
    seed: save.seed,
    quarters: gameLength(state),
    cut: state.quarters !== undefined,
    ...(save.handIn ? { handIn: { student: save.handIn.student, classCode: save.handIn.classCode } } : {}),
    lab: { id: lab.id, name: lab.name },
    autopilot: autopilotSpells(state, lab.id, save.actionLog),
    finished: state.over,
    lastPlayed: state.quarter > 0 ? calendarOf(scenario.start, state.quarter - 1) : undefined,
    standing: lab.alive,
    score: row?.score ?? 0,
    rank: row?.rank ?? state.labs.length,
    labCount: state.labs.length,
    fingerprint: hashString(canonicalJson({ seed: save.seed, scenarioHash: hash, actionLog: save.actionLog })),
    copies: [],
  };
}

/** Checks many files at once; files with the same game (seed, scenario and every move) name each other as copies. */
export function checkResultFiles(files: readonly ResultFile[], shipped: ShippedScenarios): ResultVerdict[] {
  const found = new Map<string, ReturnType<ShippedScenarios>>();
  // Each shipped scenario is read and checked once for the whole batch.
  const remembered: ShippedScenarios = (id) => {
    if (!found.has(id)) found.set(id, shipped(id));
    return found.get(id);
  };
  return markCopies(files.map((file) => checkResultFile(file, remembered)));
}

/** Files with the same game (seed, scenario and every move) name each other as copies. */
export function markCopies<T extends ResultVerdict>(verdicts: T[]): T[] {
  const byFingerprint = new Map<string, VerifiedResult[]>();
  for (const verdict of verdicts) {
    if (!verdict.ok) continue;
    byFingerprint.set(verdict.fingerprint, [...(byFingerprint.get(verdict.fingerprint) ?? []), verdict]);
  }
  for (const same of byFingerprint.values()) {
    for (const verdict of same) verdict.copies = same.filter((other) => other !== verdict).map((other) => other.file);
  }
  return verdicts;
}

/** Who the scenario seats at a lab: a person at the player's lab, every other lab on its own strategy. */
export function scenarioSeat(scenario: Scenario, lab: LabId): Seat {
  const setup = scenario.labs.find((l) => l.id === lab);
  return lab === scenario.playerLab || !setup ? { kind: 'human' } : { kind: 'bot', strategy: setup.strategy };
}

/** The first lab a save seats otherwise than its scenario does (a rival left idle or played by a person, the player's lab handed to a strategy from the start). */
export function unseated(scenario: Scenario, seats: Readonly<Record<LabId, Seat>>): RefusedResult['seat'] {
  for (const { id } of scenario.labs) {
    const expected = scenarioSeat(scenario, id);
    // A lab the save leaves out is seated as the scenario seats it (createGame does the same).
    const found = Object.hasOwn(seats, id) ? seats[id]! : expected;
    if (canonicalJson(found) !== canonicalJson(expected)) return { lab: id, found, expected };
  }
  return undefined;
}

/** The first of a lab's figures that is not a finite number within what any economy holds (NaN, Infinity, 1e300 dollars). */
export function implausibleFigure(state: GameState): RefusedResult['figure'] {
  const score = new Map(standings(state).map((row) => [row.lab, row.score]));
  for (const lab of state.labs) {
    const figures: [string, number, number][] = [
      ['cash', lab.cash, PLAUSIBLE_DOLLARS],
      ['valuation', lab.valuation, PLAUSIBLE_DOLLARS],
      ['estimate', lab.estimate, PLAUSIBLE_DOLLARS],
      ['score', score.get(lab.id) ?? 0, PLAUSIBLE_DOLLARS],
      ['equity', lab.equity, 1],
    ];
    for (const [name, value, bound] of figures) {
      if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > bound) return { lab: lab.id, name, value };
    }
  }
  return undefined;
}

/** The quarters a strategy played for the lab: the quarter it was handed over in (it decides at End quarter) up to the one before it was taken back. */
function autopilotSpells(state: GameState, lab: LabId, log: readonly LogEntry[]): AutopilotSpell[] {
  const date = (quarter: number) => calendarOf(state.scenario.start, quarter);
  const spells: AutopilotSpell[] = [];
  // A verified game starts with a person at the lab (unseated() refuses any other start), so a spell opens only by a hand-over.
  let open: { strategy: StrategyId; from: number } | undefined;
  let quarter = 0;
  for (const entry of log) {
    if (entry.kind === 'endQuarter') {
      quarter += 1;
    } else if (entry.action.type === 'setAutopilot' && entry.action.lab === lab) {
      // Handed over and taken back before the quarter ended: the strategy never played.
      if (open && quarter > open.from) spells.push({ strategy: open.strategy, from: date(open.from), until: date(quarter - 1) });
      open = entry.action.strategy === null ? undefined : { strategy: entry.action.strategy, from: quarter };
    }
  }
  if (open) spells.push({ strategy: open.strategy, from: date(open.from) });
  return spells;
}
