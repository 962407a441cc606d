// Result files made in the test, never committed: their hashes belong to the engine that wrote them.
import { applyAction, canonicalJson, createGame, endQuarter, hashString, setAutopilot, stateHash, type LogEntry, type Scenario, type StrategyId } from '../../src/engine';
import { STRATEGIES } from '../../src/engine/bots/strategies';
import { createSave, saveText, type SaveFile } from '../../src/store/save-file';

/** The player's lab handed to a strategy (or taken back with null) at the start of the given quarters (0-based). */
export type Handovers = Record<number, StrategyId | null>;

/** A game of `quarters` quarters in which the player's moves come from the efficient-open strategy, as a save. */
export function playedSave(scenario: Scenario, seed: string, quarters: number, handovers: Handovers = {}, shipped = true): SaveFile {
  let state = createGame(scenario, { seed });
  const seatsAtStart = state.seats;
  const log: LogEntry[] = [];
  const checkpoints: string[] = [];
  const play = (action: Parameters<typeof applyAction>[1]) => {
    const result = applyAction(state, action);
    if (!result.ok) return;
    state = result.state;
    log.push({ kind: 'action', action });
  };
  for (let quarter = 0; quarter < quarters && !state.over; quarter += 1) {
    const handover = handovers[quarter];
    if (handover !== undefined) play(setAutopilot(scenario.playerLab, handover));
    const lab = state.labs.find((l) => l.id === scenario.playerLab)!;
    if (state.seats[lab.id]?.kind === 'human') for (const action of STRATEGIES['efficient-open'](state, lab)) play(action);
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
