// How a lab stands on each objective during the game: met, on track or at risk, with the figures that decide it.
import { gameLength } from './create-game';
import { operatingCashFlow, runwayQuarters } from './accounting';
import { objectiveResults, standings } from './results';
import type { LabId, Objective } from './scenario-types';
import type { GameState, Lab } from './state-types';

export type ObjectiveStatus = 'met' | 'onTrack' | 'atRisk' | 'missed' | 'notYet';

/** Why, as a code and the figures the sentence needs (the UI words it). */
export type ObjectiveReason =
  | { code: 'ended' }
  | { code: 'out' }
  | { code: 'noResultsYet' }
  | { code: 'profitable' }
  | { code: 'runway'; runway: number; quartersLeft: number }
  | { code: 'place'; place: number; rank: number; labs: number }
  | { code: 'reached'; capability: number }
  | { code: 'capabilityPace'; gainPerQuarter: number; neededPerQuarter: number; capability: number }
  | { code: 'deadlinePassed' }
  | { code: 'lossPace'; loss: number; changePerQuarter: number; quartersLeft: number }
  | { code: 'estimate'; estimate: number; amount: number };

export interface ObjectiveProgress {
  objective: Objective;
  status: ObjectiveStatus;
  reason: ObjectiveReason;
}

/**
 * Each objective judged now. Objectives checked on the final state (survive, rank, valuation) are met or missed only
 * once the game is over; until then they are on track when today's figures would meet them. Capability and profit
 * are met the moment they are reached; until then the pace needed is set against the pace of the quarters played.
 */
export function objectiveProgress(state: GameState, labId: LabId): ObjectiveProgress[] {
  const lab = state.labs.find((l) => l.id === labId);
  if (!lab) return [];
  const results = objectiveResults(state, labId);
  return results.map(({ objective, met }) => {
    const judged = judge(state, lab, objective, met);
    return { objective, ...judged };
  });
}

type Judgement = Pick<ObjectiveProgress, 'status' | 'reason'>;

function judge(state: GameState, lab: Lab, objective: Objective, met: boolean): Judgement {
  const quartersLeft = Math.max(0, gameLength(state) - state.quarter);
  const reports = state.reports.map((r) => r.labs.find((l) => l.lab === lab.id)).filter((r) => r !== undefined);
  const lastReport = reports.at(-1);
  if (!lab.alive && objective.kind !== 'capability' && objective.kind !== 'profitableBy') return { status: 'missed', reason: { code: 'out' } };
  switch (objective.kind) {
    case 'survive': {
      if (state.over) return { status: met ? 'met' : 'missed', reason: { code: 'ended' } };
      if (!lastReport) return { status: 'notYet', reason: { code: 'noResultsYet' } };
      const runway = runwayQuarters(lab.cash, lastReport);
      if (runway === Infinity) return { status: 'onTrack', reason: { code: 'profitable' } };
      return { status: runway >= quartersLeft ? 'onTrack' : 'atRisk', reason: { code: 'runway', runway, quartersLeft } };
    }
    case 'topInRegion': {
      const ranked = standings(state).filter((row) => row.survived && state.labs.find((l) => l.id === row.lab)?.region === objective.region);
      const place = ranked.findIndex((row) => row.lab === lab.id) + 1;
      const reason: ObjectiveReason = { code: 'place', place, rank: objective.rank, labs: ranked.length };
      if (state.over) return { status: met ? 'met' : 'missed', reason };
      return { status: met ? 'onTrack' : 'atRisk', reason };
    }
    case 'capability': {
      const capability = state.models.reduce((best, m) => (m.lab === lab.id ? Math.max(best, m.capability) : best), 0);
      if (met) return { status: 'met', reason: { code: 'reached', capability } };
      if (state.over || !lab.alive) return { status: 'missed', reason: { code: 'ended' } };
      const first = reports[0];
      if (!first) return { status: 'notYet', reason: { code: 'noResultsYet' } };
      const gainPerQuarter = (capability - Math.min(capability, first.capabilityBefore)) / reports.length;
      const neededPerQuarter = (objective.points - capability) / Math.max(1, quartersLeft);
      return { status: gainPerQuarter >= neededPerQuarter ? 'onTrack' : 'atRisk', reason: { code: 'capabilityPace', gainPerQuarter, neededPerQuarter, capability } };
    }
    case 'profitableBy': {
      if (met) return { status: 'met', reason: { code: 'profitable' } };
      if (state.quarter > objective.quarter || state.over || !lab.alive) return { status: 'missed', reason: { code: 'deadlinePassed' } };
      if (!lastReport) return { status: 'notYet', reason: { code: 'noResultsYet' } };
      const flows = reports.map((r) => operatingCashFlow(r.lineItems));
      const loss = -(flows.at(-1) ?? 0);
      const changePerQuarter = flows.length > 1 ? ((flows.at(-1) ?? 0) - (flows[0] ?? 0)) / (flows.length - 1) : 0;
      // Quarters still to play up to and including the deadline's.
      const left = objective.quarter - state.quarter + 1;
      return { status: changePerQuarter * left > loss ? 'onTrack' : 'atRisk', reason: { code: 'lossPace', loss, changePerQuarter, quartersLeft: left } };
    }
    case 'valuation': {
      const reason: ObjectiveReason = { code: 'estimate', estimate: lab.estimate, amount: objective.amount };
      if (state.over) return { status: met ? 'met' : 'missed', reason };
      return { status: met ? 'onTrack' : 'atRisk', reason };
    }
  }
}
