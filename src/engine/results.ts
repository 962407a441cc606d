// The end of the game: standings and the player's result.
import { idRecord } from './id-record';
import { operatingCashFlow } from './accounting';
import type { LabId, Objective } from './scenario-types';
import { firstTokenSegment } from './segments';
import type { GameState } from './state-types';

export interface Standing {
  lab: LabId;
  name: string;
  survived: boolean;
  /** The last round's post-money (or the starting value). */
  valuation: number;
  /** Investors' estimate at the end: what the stake is scored on. */
  estimate: number;
  equity: number;
  /**
   * Final equity x investors' estimate. Not the last round: a lab that never raises (the self-funded DeepSeek path)
   * would stay at its starting value however it grew, and one that raised at a peak would keep a price since lost.
   */
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
    estimate: lab.estimate,
    equity: lab.equity,
    score: lab.alive ? lab.equity * lab.estimate : 0,
    rank: 0,
  }));
  rows.sort((a, b) => Number(b.survived) - Number(a.survived) || b.score - a.score || (a.lab < b.lab ? -1 : 1));
  rows.forEach((row, i) => {
    row.rank = i + 1;
  });
  return rows;
}

export interface ObjectiveResult {
  objective: Objective;
  met: boolean;
}

/** Whether a lab met each of the scenario's objectives, judged on the state at the end (or now). */
export function objectiveResults(state: GameState, labId: LabId): ObjectiveResult[] {
  const lab = state.labs.find((l) => l.id === labId);
  if (!lab) return [];
  return state.scenario.objectives.map((objective) => ({ objective, met: meets(state, lab, objective) }));
}

function meets(state: GameState, lab: GameState['labs'][number], objective: Objective): boolean {
  switch (objective.kind) {
    case 'survive':
      return lab.alive;
    case 'topInRegion': {
      const ranked = standings(state).filter((row) => row.survived && state.labs.find((l) => l.id === row.lab)?.region === objective.region);
      const place = ranked.findIndex((row) => row.lab === lab.id);
      return place >= 0 && place < objective.rank;
    }
    case 'capability':
      return state.models.some((m) => m.lab === lab.id && m.capability >= objective.points);
    case 'profitableBy':
      return state.reports.some((r) => r.quarter <= objective.quarter && operatingCashFlow(r.labs.find((l) => l.lab === lab.id)?.lineItems ?? []) > 0);
    case 'valuation':
      return lab.alive && lab.estimate >= objective.amount;
  }
}

export type HistoryMetric = 'cash' | 'revenue' | 'capability' | 'share' | 'compute';
export const HISTORY_METRICS: readonly HistoryMetric[] = ['cash', 'revenue', 'capability', 'share', 'compute'];

/**
 * Each lab's figure at the end of every quarter played (null once it has left): cash, revenue, the capability of the
 * model it serves, its share of API spending in its home region, and the FLOP its fleet delivered.
 */
export function labHistory(state: GameState, metric: HistoryMetric): Record<LabId, (number | null)[]> {
  const history = idRecord<(number | null)[]>();
  for (const lab of state.labs) {
    history[lab.id] = state.reports.map((report) => {
      const row = report.labs.find((r) => r.lab === lab.id);
      if (!row) return null;
      switch (metric) {
        case 'cash':
          return row.cashEnd;
        case 'revenue':
          return row.lineItems.reduce((sum, item) => (item.kind === 'revenue' ? sum + item.amount : sum), 0);
        case 'capability':
          return row.capabilityAfter;
        case 'share':
          return report.markets.find((m) => m.region === lab.region && m.segment === firstTokenSegment(state.scenario))?.shares[lab.id] ?? 0;
        case 'compute':
          return row.trainingFlop + row.inferenceFlop;
      }
    });
  }
  return history;
}
