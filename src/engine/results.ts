// The end of the game: standings and the player's result.
import type { LabId } from './scenario-types';
import type { GameState } from './state-types';

export interface Standing {
  lab: LabId;
  name: string;
  survived: boolean;
  valuation: number;
  equity: number;
  /** Final equity x valuation. */
  score: number;
  rank: number;
}

/** Labs ranked by score (survivors first), ties broken by lab id. */
export function standings(state: GameState): Standing[] {
  const rows = state.labs.map((lab) => ({
    lab: lab.id,
    name: lab.name,
    survived: lab.alive,
    valuation: lab.valuation,
    equity: lab.equity,
    score: lab.alive ? lab.equity * lab.valuation : 0,
    rank: 0,
  }));
  rows.sort((a, b) => Number(b.survived) - Number(a.survived) || b.score - a.score || (a.lab < b.lab ? -1 : 1));
  rows.forEach((row, i) => {
    row.rank = i + 1;
  });
  return rows;
}
