// What a finished game says about compute: each lab's training compute, its grey-market spending, and what the
// largest training run of each calendar year cost at the world's cheapest rental price (Epoch's cloud-cost basis).
import { idRecord } from './id-record';
import { calendarOf } from './calendar';
import { cheapestTrainingFlopPrice } from './compute';
import type { LabId } from './scenario-types';
import type { GameState } from './state-types';

export interface LabComputeMeasures {
  /** Training FLOP the lab's fleet delivered over the game. */
  trainingFlop: number;
  /** Premium paid over list on grey-market chips over the game, dollars. */
  greyPremiumPaid: number;
}

export interface ComputeMeasures {
  labs: Record<LabId, LabComputeMeasures>;
  /** By calendar year: the cost of the largest run that ended that year (finished or failed), dollars. */
  largestRunCost: Record<string, number>;
}

const RUN_ENDS = new Set(['runFinished', 'runUnderperformed', 'runFailed']);

/** A run's cost is the training FLOP the lab delivered since its previous run ended, each quarter at that quarter's price. */
export function computeMeasures(state: GameState): ComputeMeasures {
  const labs = idRecord<LabComputeMeasures>();
  const running = idRecord<number>();
  const largestRunCost = idRecord<number>();
  for (const report of state.reports) {
    const price = cheapestTrainingFlopPrice({ scenario: state.scenario, rules: state.rules, quarter: report.quarter });
    const year = String(calendarOf(state.scenario.start, report.quarter).year);
    for (const lab of report.labs) {
      const measures = (labs[lab.lab] ??= { trainingFlop: 0, greyPremiumPaid: 0 });
      measures.trainingFlop += lab.trainingFlop;
      for (const item of lab.lineItems) if (item.kind === 'greyPremium') measures.greyPremiumPaid -= item.amount;
      running[lab.lab] = (running[lab.lab] ?? 0) + lab.trainingFlop * price;
      if (lab.notes.some((n) => RUN_ENDS.has(n.code))) {
        largestRunCost[year] = Math.max(largestRunCost[year] ?? 0, running[lab.lab]!);
        running[lab.lab] = 0;
      }
    }
  }
  return { labs, largestRunCost };
}
