// Saves: the log is the game. A save records the scenario, seed, seats and every accepted action and quarter
// end, with the state fingerprint after each quarter; loading replays the log and checks every fingerprint.
import {
  applyAction,
  canonicalJson,
  createGame,
  endQuarter,
  ENGINE_VERSION,
  hashString,
  isCut,
  stateHash,
  STRATEGY_IDS,
  type GameState,
  type LabId,
  type LogEntry,
  type RejectionParams,
  type RejectionReason,
  type Scenario,
  type Seat,
} from '../engine';
import { hasFixedSegments, withSegmentsAsData } from '../scenario/legacy-segments';
import { loadScenario } from '../scenario/load';
import { FORMAT_VERSION } from '../scenario/schema';

export const SAVE_FORMAT = 1;
/** Largest save read, in characters: a scenario file's limit (1M) and a long game's moves, with room to spare. */
export const MAX_SAVE_CHARS = 4_000_000;
/** Most entries in a save's log: forty quarters of hundreds of moves each; more would only make replay hang. */
export const MAX_LOG_ENTRIES = 20_000;

/** Who handed a game in, to which class (classroom/hand-in-file.ts builds hand-ins and names their files). */
export interface HandIn {
  /** The name the student typed, trimmed (1 to MAX_HANDIN_TEXT characters). */
  student: string;
  /** The class code the game was started from, as the game writes it (groups of four joined by '-'). */
  classCode: string;
}

/** Longest student name or class code a hand-in may carry. */
export const MAX_HANDIN_TEXT = 80;

export interface SaveFile {
  formatVersion: number;
  engineVersion: string;
  /** The scenario by id and fingerprint; its data too when it is not a shipped one. */
  scenario: { id: string; source: string; hash: string; data?: Scenario };
  seed: string;
  /** A classroom cut: the game lasts this many quarters, fewer than the scenario's. Absent for the whole scenario (and in every older save). */
  quarters?: number;
  seats: Record<LabId, Seat>;
  actionLog: LogEntry[];
  /** State fingerprint after each quarter ended, in order. */
  checkpointHashes: string[];
  /** When it was written (for the list of saves; not part of the game). */
  savedAt: string;
  /** A result file handed in to a class: who and for which class (see classroom/hand-in-file.ts). Absent in a plain save. */
  handIn?: HandIn;
  /** Fingerprint of everything above: a save edited by hand or cut short fails it. */
  checksum: string;
}

export function scenarioHash(scenario: Scenario): string {
  // Every autosave writes it: a frozen scenario (every one the store holds) cannot change, so its hash is kept.
  const known = FROZEN_SCENARIO_HASHES.get(scenario);
  if (known !== undefined) return known;
  const hash = hashString(canonicalJson(scenario));
  if (Object.isFrozen(scenario)) FROZEN_SCENARIO_HASHES.set(scenario, hash);
  return hash;
}

const FROZEN_SCENARIO_HASHES = new WeakMap<Scenario, string>();

export interface SaveInput {
  scenario: Scenario;
  /** A shipped scenario id, or the name of the file it came from. */
  source: string;
  shipped: boolean;
  game: GameState;
  /** Who played each lab when the game began; the log holds every later change (autopilot). */
  seatsAtStart: Record<LabId, Seat>;
  log: readonly LogEntry[];
  checkpoints: readonly string[];
  savedAt: string;
  /** Who hands the game in, to which class: makes the save a hand-in. */
  handIn?: HandIn;
}

export function createSave(input: SaveInput): SaveFile {
  const body = {
    formatVersion: SAVE_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: input.shipped
      ? { id: input.scenario.id, source: input.source, hash: scenarioHash(input.scenario) }
      : { id: input.scenario.id, source: input.source, hash: scenarioHash(input.scenario), data: input.scenario },
    seed: input.game.seed,
    // Written only for a cut and a hand-in: every other save keeps its old shape, byte for byte.
    ...(input.game.quarters !== undefined ? { quarters: input.game.quarters } : {}),
    seats: input.seatsAtStart,
    actionLog: [...input.log],
    checkpointHashes: [...input.checkpoints],
    savedAt: input.savedAt,
    ...(input.handIn ? { handIn: { student: input.handIn.student, classCode: input.handIn.classCode } } : {}),
  };
  return { ...body, checksum: hashString(canonicalJson(body)) };
}

/** The text of a save: canonical JSON, so save -> load -> save gives the same bytes. */
export function saveText(save: SaveFile): string {
  return canonicalJson(save);
}

export type LoadedSave =
  | {
    ok: true; save: SaveFile; scenario: Scenario; state: GameState;
    /** The fingerprints this engine reached after each quarter (a save from an older engine had others). */
    checkpoints: string[];
    /** The engine version that wrote the save, when it is not this one: the game plays on but is not verified. */
    olderEngine?: string;
  }
  | SaveRefusal;

export interface SaveRefusal {
  ok: false;
  reason: SaveProblem;
  detail?: string | number;
  /** For badLog: the move the engine refused (1-based, counting every entry of the log) and why. */
  refused?: { move: number; reason: RejectionReason; params: RejectionParams };
}

export type SaveProblem = 'notJson' | 'notASave' | 'tooLarge' | 'tooManyMoves' | 'newerFormat' | 'checksum' | 'unknownScenario' | 'badScenario' | 'scenarioChanged' | 'badLog' | 'hashMismatch' | 'engineChanged';

/** Finds a shipped scenario by id (the game passes its shipped list; tests pass their own). */
export type ShippedScenarios = (id: string) => Scenario | undefined;

const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Format 1 is the first; a future format 2 adds `1: (old) => ({ ...old, formatVersion: 2, ... })` here.
};

/** Reads a save, rebuilds its game by replay and checks every fingerprint. Never throws: anything unforeseen is a refusal. */
export function loadSave(text: string, shipped: ShippedScenarios): LoadedSave {
  try {
    return readSave(text, shipped);
  } catch {
    return { ok: false, reason: 'notASave' };
  }
}

function readSave(text: string, shipped: ShippedScenarios): LoadedSave {
  if (text.length > MAX_SAVE_CHARS) return { ok: false, reason: 'tooLarge', detail: MAX_SAVE_CHARS.toLocaleString('en-US') };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (raw === null || typeof raw !== 'object' || typeof (raw as Record<string, unknown>)['formatVersion'] !== 'number') return { ok: false, reason: 'notASave' };
  let record = raw as Record<string, unknown>;
  const version = record['formatVersion'] as number;
  if (version > SAVE_FORMAT) return { ok: false, reason: 'newerFormat', detail: version };
  const { checksum, ...body } = record;
  if (typeof checksum !== 'string' || hashString(canonicalJson(body)) !== checksum) return { ok: false, reason: 'checksum' };
  for (let v = version; v < SAVE_FORMAT; v += 1) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, reason: 'notASave' };
    record = migrate(record);
  }
  const save = record as unknown as SaveFile;
  if (!save.scenario || !Array.isArray(save.actionLog) || !Array.isArray(save.checkpointHashes) || typeof save.seed !== 'string' || !wellFormedSeats(save.seats)) {
    return { ok: false, reason: 'notASave' };
  }
  if (save.actionLog.length > MAX_LOG_ENTRIES) return { ok: false, reason: 'tooManyMoves', detail: MAX_LOG_ENTRIES.toLocaleString('en-US') };
  const embedded = save.scenario.data === undefined ? undefined : checkEmbedded(save.scenario.data);
  if (embedded && !embedded.ok) return { ok: false, reason: 'badScenario', detail: embedded.problem };
  const scenario = embedded ? embedded.scenario : shipped(save.scenario.id);
  if (!scenario) return { ok: false, reason: 'unknownScenario', detail: save.scenario.id };
  if ((embedded?.writtenHash ?? scenarioHash(scenario)) !== save.scenario.hash) return { ok: false, reason: 'scenarioChanged', detail: save.scenario.id };
  // A cut is shorter than the scenario, in whole quarters; a hand-in names a student and a class in short text.
  if (save.quarters !== undefined && !isCut(scenario, save.quarters)) return { ok: false, reason: 'notASave' };
  if (save.handIn !== undefined && !wellFormedHandIn(save.handIn)) return { ok: false, reason: 'notASave' };

  // A save from another engine version is replayed without its fingerprints (the new engine plays the same moves
  // to other numbers): it still opens to play on, with `olderEngine` set, but it can no longer be verified.
  const olderEngine = save.engineVersion !== ENGINE_VERSION ? String(save.engineVersion) : undefined;
  try {
    let state = createGame(scenario, { seed: save.seed, seats: save.seats, quarters: save.quarters });
    const checkpoints: string[] = [];
    for (const [index, entry] of save.actionLog.entries()) {
      if (entry.kind === 'endQuarter') {
        state = endQuarter(state);
        const hash = stateHash(state);
        if (!olderEngine && hash !== save.checkpointHashes[checkpoints.length]) return { ok: false, reason: 'hashMismatch', detail: checkpoints.length + 1 };
        checkpoints.push(hash);
      } else {
        const result = applyAction(state, entry.action);
        if (!result.ok) {
          return olderEngine
            ? { ok: false, reason: 'engineChanged', detail: olderEngine }
            : { ok: false, reason: 'badLog', detail: result.reason, refused: { move: index + 1, reason: result.reason, params: result.params } };
        }
        state = result.state;
      }
    }
    if (checkpoints.length !== save.checkpointHashes.length) return { ok: false, reason: 'hashMismatch', detail: checkpoints.length };
    return { ok: true, save, scenario, state, checkpoints, ...(olderEngine ? { olderEngine } : {}) };
  } catch {
    return { ok: false, reason: 'badLog' };
  }
}

/** Seats are a record of lab id to a person or a known strategy; anything else is not a save this game wrote. */
function wellFormedSeats(seats: unknown): boolean {
  if (seats === null || typeof seats !== 'object' || Array.isArray(seats)) return false;
  return Object.values(seats).every((seat: unknown) => {
    if (seat === null || typeof seat !== 'object') return false;
    const { kind, strategy, autopilot } = seat as Record<string, unknown>;
    if (kind === 'human') return Object.keys(seat).length === 1;
    return kind === 'bot' && (STRATEGY_IDS as readonly unknown[]).includes(strategy) && (autopilot === undefined || autopilot === true);
  });
}

/** A hand-in holds exactly a student's name and a class code, each short non-empty text. */
function wellFormedHandIn(handIn: unknown): boolean {
  if (handIn === null || typeof handIn !== 'object' || Array.isArray(handIn)) return false;
  const { student, classCode } = handIn as Record<string, unknown>;
  const short = (text: unknown) => typeof text === 'string' && text.trim().length > 0 && text.length <= MAX_HANDIN_TEXT;
  return Object.keys(handIn).length === 2 && short(student) && short(classCode);
}

/** A scenario carried inside a save goes through the same checker as a scenario file, so a malformed one is refused, not played. */
function checkEmbedded(data: unknown): { ok: true; scenario: Scenario; writtenHash?: string } | { ok: false; problem: string } {
  // Written before segments were data: played in today's format, and fingerprinted as it was written.
  const old = hasFixedSegments(data);
  const current = old ? withSegmentsAsData(data as Record<string, unknown>) : data;
  // A loaded scenario no longer carries the file's formatVersion; the checker wants it back.
  const file = current !== null && typeof current === 'object' && !Array.isArray(current) ? { ...current, formatVersion: FORMAT_VERSION } : current;
  const checked = loadScenario(canonicalJson(file), 'scenario.data');
  if (checked.ok) return { ok: true, scenario: checked.scenario, ...(old ? { writtenHash: hashString(canonicalJson(data)) } : {}) };
  const first = checked.problems.find((p) => p.severity === 'error') ?? checked.problems[0];
  return { ok: false, problem: first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : '' };
}
