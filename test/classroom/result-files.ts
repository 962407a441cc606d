// Result files made in the test, never committed: their hashes belong to the engine that wrote them.
import { applyAction, canonicalJson, createGame, endQuarter, fire, hashString, setAutopilot, setPrice, stateHash, type Action, type GameState, type LabId, type LogEntry, type Scenario, type Seat, type StrategyId } from '../../src/engine';
import { applyStrategyMove } from '../../src/engine/apply-action';
import { STRATEGIES } from '../../src/engine/bots/strategies';
import { createSave, saveText, type SaveFile } from '../../src/store/save-file';

/** The player's lab handed to a strategy (or taken back with null) at the start of the given quarters (0-based). */
export type Handovers = Record<number, StrategyId | null>;

/** A game of `quarters` quarters in which the player's moves come from the efficient-open strategy, as a save. */
export function playedSave(scenario: Scenario, seed: string, quarters: number, handovers: Handovers = {}, shipped = true): SaveFile {
  return played(scenario, seed, quarters, { handovers, shipped });
}

/** A classroom-cut game of `cut` quarters played to its end, as a save. */
export function playedCutSave(scenario: Scenario, seed: string, cut: number, handovers: Handovers = {}): SaveFile {
  return played(scenario, seed, scenario.quarters, { handovers, cut });
}

interface Forgery {
  /** A classroom cut: the game's length in quarters. */
  cut?: number;
  handovers?: Handovers;
  shipped?: boolean;
  /** Seats from the start other than the scenario's. */
  seats?: Record<LabId, Seat>;
  /** Moves for labs no person plays, logged as if they were the person's, each quarter (as an engine without the seat check took them). */
  rivalMoves?: (state: GameState) => Action[];
  /** The strategy whose moves the person makes (efficient-open unless said). */
  plays?: StrategyId;
}

/** A game of `quarters` quarters in which the person makes the moves `strategy` would make, as a save. */
export function playedAs(scenario: Scenario, seed: string, quarters: number, strategy: StrategyId, handovers: Handovers = {}): SaveFile {
  return played(scenario, seed, quarters, { handovers, plays: strategy });
}

function played(scenario: Scenario, seed: string, quarters: number, forgery: Forgery): SaveFile {
  const { handovers = {}, shipped = true, seats, rivalMoves, cut, plays = 'efficient-open' } = forgery;
  let state = createGame(scenario, { seed, ...(seats ? { seats } : {}), ...(cut !== undefined ? { quarters: cut } : {}) });
  const seatsAtStart = state.seats;
  const log: LogEntry[] = [];
  const checkpoints: string[] = [];
  const play = (action: Action, apply = applyAction) => {
    const result = apply(state, action);
    if (!result.ok) return;
    state = result.state;
    log.push({ kind: 'action', action });
  };
  for (let quarter = 0; quarter < quarters && !state.over; quarter += 1) {
    const handover = handovers[quarter];
    if (handover !== undefined) play(setAutopilot(scenario.playerLab, handover));
    const lab = state.labs.find((l) => l.id === scenario.playerLab)!;
    if (state.seats[lab.id]?.kind === 'human') for (const action of STRATEGIES[plays](state, lab)) play(action);
    for (const action of rivalMoves?.(state) ?? []) play(action, applyStrategyMove);
    state = endQuarter(state);
    log.push({ kind: 'endQuarter' });
    checkpoints.push(stateHash(state));
  }
  return createSave({ scenario, source: shipped ? scenario.id : `${scenario.id}.json`, shipped, game: state, seatsAtStart, log, checkpoints, savedAt: '2026-12-01T10:00:00Z' });
}

/** Writes a save's text with its checksum made again, as someone who edited it by hand and knows the hashing would. */
export function reseal(body: Omit<SaveFile, 'checksum'>): string {
  return saveText({ ...body, checksum: hashString(canonicalJson(body)) } as SaveFile);
}

/**
 * The forgery of issue 12: a game played on china-2025 with 100 times the player's starting cash, carried in the save
 * under the shipped id and title, with the scenario hash and the checksum computed again so that everything replays.
 */
export function forgedRichChina(china: Scenario, seed: string, quarters: number): string {
  const richer: Scenario = { ...china, labs: china.labs.map((lab) => (lab.id === china.playerLab ? { ...lab, cash: lab.cash * 100 } : lab)) };
  const { checksum: _checksum, ...body } = playedSave(richer, seed, quarters, {}, false);
  return reseal({ ...body, scenario: { id: 'china-2025', source: 'china-2025', hash: hashString(canonicalJson(richer)), data: richer } });
}

/** A game in which the rivals were seated as the forger chose (left idle, or played by people who never move). */
export function forgedSeats(scenario: Scenario, seed: string, quarters: number, rivals: Seat): string {
  const seats = Object.fromEntries(scenario.labs.map((lab) => [lab.id, lab.id === scenario.playerLab ? { kind: 'human' as const } : rivals]));
  return saveText(played(scenario, seed, quarters, { seats }));
}

/** A game whose log also moves the rivals: every engineer and researcher fired, and the API priced at $1,000. */
export function forgedRivalMoves(scenario: Scenario, seed: string, quarters: number): string {
  const rivalMoves = (state: GameState): Action[] => state.labs
    .filter((lab) => lab.alive && lab.id !== scenario.playerLab)
    .flatMap((lab) => [
      ...(lab.engineers > 0 ? [fire(lab.id, 'engineers', lab.engineers)] : []),
      ...(lab.researchers > 0 ? [fire(lab.id, 'researchers', lab.researchers)] : []),
      setPrice(lab.id, 'api', 1000),
    ]);
  return saveText(played(scenario, seed, quarters, { rivalMoves }));
}

/** A game carrying the scenario with the player's cash at 1e300, every hash made again so that it would replay. */
export function forgedFortune(scenario: Scenario, seed: string): string {
  const fortune: Scenario = { ...scenario, labs: scenario.labs.map((lab) => (lab.id === scenario.playerLab ? { ...lab, cash: 1e300 } : lab)) };
  const { checksum: _checksum, ...body } = played(fortune, seed, 1, { shipped: false });
  return reseal(body);
}
