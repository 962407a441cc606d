// Valuations quarter by quarter, as investors' estimate (what the score uses): the largest move no round or event explains, the highest, the largest rounds.
import { type GameState, type LabId, type RegionId } from '../../engine';
import type { Watcher } from './play';

/** A valuation move between two quarter ends: `factor` >= 1 either way (3 = tripled or fell to a third). */
export interface ValuationMove {
  lab: LabId;
  quarter: number;
  factor: number;
}

/** Why a lab's valuation may jump in a quarter: a round priced (a funding line item) or an event fired at it or the world. */
export function explained(state: GameState, lab: LabId, quarter: number): boolean {
  const row = state.reports.find((r) => r.quarter === quarter)?.labs.find((r) => r.lab === lab);
  if (row && row.lineItems.some((i) => i.kind === 'funding')) return true;
  return state.firedEvents.some((e) => e.quarter === quarter && (e.lab === undefined || e.lab === lab));
}

export interface ValuationLog extends Watcher {
  /** The largest move in the game that no round or event explains (factor 1 when none). */
  largestUnexplained(): ValuationMove;
  /** Moves over `limit` no round or event explains. */
  unexplainedOver(limit: number): number;
  /** The highest valuation any lab reached at a quarter end. */
  peak(): { lab: LabId; quarter: number; valuation: number };
  /** A lab's valuation at the start of the game. */
  atStart(lab: LabId): number;
}

export function valuationLog(): ValuationLog {
  let last = new Map<LabId, number>();
  let first = new Map<LabId, number>();
  const moves: ValuationMove[] = [];
  let peak = { lab: '', quarter: -1, valuation: 0 };
  return {
    start(state) {
      last = new Map(state.labs.map((lab) => [lab.id, lab.estimate]));
      first = new Map(last);
    },
    quarter(state) {
      const quarter = state.quarter - 1;
      for (const lab of state.labs) {
        const before = last.get(lab.id) ?? 0;
        if (lab.alive && lab.estimate > peak.valuation) peak = { lab: lab.id, quarter, valuation: lab.estimate };
        if (lab.alive && before > 0 && lab.estimate > 0 && !explained(state, lab.id, quarter)) {
          moves.push({ lab: lab.id, quarter, factor: Math.max(lab.estimate / before, before / lab.estimate) });
        }
        last.set(lab.id, lab.alive ? lab.estimate : 0);
      }
    },
    largestUnexplained: () => moves.reduce((best, m) => (m.factor > best.factor ? m : best), { lab: '', quarter: -1, factor: 1 }),
    unexplainedOver: (limit) => moves.filter((m) => m.factor > limit).length,
    peak: () => peak,
    atStart: (lab) => first.get(lab) ?? 0,
  };
}

/** The largest single funding line item (a round, an emergency round or an event's investment) by the labs of each region, and who raised it. */
export function largestRounds(state: GameState): Record<RegionId, { lab: LabId; amount: number }> {
  const largest: Record<RegionId, { lab: LabId; amount: number }> = {};
  for (const lab of state.labs) largest[lab.region] ??= { lab: '', amount: 0 };
  const regionOf = new Map(state.labs.map((lab) => [lab.id, lab.region]));
  for (const report of state.reports) {
    for (const row of report.labs) {
      const entry = largest[regionOf.get(row.lab) ?? '']!;
      for (const item of row.lineItems) if (item.kind === 'funding' && item.amount > entry.amount) Object.assign(entry, { lab: row.lab, amount: item.amount });
    }
  }
  return largest;
}
